package dev.skyway.portal.accounts.internal.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Member;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Unit;

/**
 * The simulated organization as first seeded: a landing-zone layout (Security, Infrastructure, Workloads with Prod and
 * NonProd, Sandbox, Suspended) with 42 accounts; most carry owner-team, cost-center and environment tags, a few
 * sandbox accounts carry none. Deterministic, so tests can name accounts.
 */
final class SandboxSeed {

    static final String ROOT = "r-sk7y";
    static final String SECURITY = "ou-sk7y-sec10001";
    static final String INFRASTRUCTURE = "ou-sk7y-inf20002";
    static final String WORKLOADS = "ou-sk7y-wrk30003";
    static final String PROD = "ou-sk7y-prd30004";
    static final String NON_PROD = "ou-sk7y-npd30005";
    static final String SANDBOX = "ou-sk7y-sbx40006";
    static final String SUSPENDED = "ou-sk7y-sus50007";

    static final List<Unit> UNITS = List.of(new Unit(ROOT, "Root", null),
            new Unit(SECURITY, "Security", ROOT), new Unit(INFRASTRUCTURE, "Infrastructure", ROOT),
            new Unit(WORKLOADS, "Workloads", ROOT), new Unit(PROD, "Prod", WORKLOADS),
            new Unit(NON_PROD, "NonProd", WORKLOADS), new Unit(SANDBOX, "Sandbox", ROOT),
            new Unit(SUSPENDED, "Suspended", ROOT));

    private static final Instant FIRST_JOINED = Instant.parse("2019-03-04T09:15:00Z");

    private SandboxSeed() {
    }

    static List<Member> accounts() {
        List<Member> accounts = new ArrayList<>();
        Builder b = new Builder(accounts);
        b.add("skyway-management", ROOT, "ACTIVE", "platform", "CC-1000", "management");
        b.add("log-archive", SECURITY, "ACTIVE", "security", "CC-1100", "security");
        b.add("security-audit", SECURITY, "ACTIVE", "security", "CC-1100", "security");
        b.add("security-tooling", SECURITY, "ACTIVE", "security", "CC-1100", "security");
        b.add("network-hub", INFRASTRUCTURE, "ACTIVE", "platform", "CC-1000", "shared");
        b.add("shared-services", INFRASTRUCTURE, "ACTIVE", "platform", "CC-1000", "shared");
        b.add("cicd-tooling", INFRASTRUCTURE, "ACTIVE", "platform", "CC-1000", "shared");
        b.add("identity-center", INFRASTRUCTURE, "ACTIVE", "identity", "CC-1200", "shared");
        b.add("backup-vault", INFRASTRUCTURE, "ACTIVE", "platform", "CC-1000", "shared");
        b.add("workloads-shared-data", WORKLOADS, "ACTIVE", "data", "CC-3000", "shared");
        String[][] services = {{"payments", "payments", "CC-2100"}, {"checkout", "checkout", "CC-2200"},
                {"catalog", "catalog", "CC-2300"}, {"search", "search", "CC-2300"},
                {"identity", "identity", "CC-1200"}, {"data-lake", "data", "CC-3000"},
                {"mobile-api", "mobile", "CC-2400"}, {"notifications", "growth", "CC-2500"},
                {"analytics", "data", "CC-3000"}, {"ml-platform", "ml", "CC-3100"}};
        for (String[] s : services) {
            b.add(s[0] + "-prod", PROD, "ACTIVE", s[1], s[2], "prod");
        }
        for (int i = 0; i < 6; i++) {
            String[] s = services[i];
            b.add(s[0] + "-staging", NON_PROD, "ACTIVE", s[1], s[2], "staging");
            b.add(s[0] + "-dev", NON_PROD, "ACTIVE", s[1], s[2], "dev");
        }
        b.add("sandbox-erin", SANDBOX, "ACTIVE", "payments", "CC-2100", "sandbox");
        b.add("sandbox-lee", SANDBOX, "ACTIVE", "checkout", "CC-2200", "sandbox");
        b.add("sandbox-mira", SANDBOX, "ACTIVE", "ml", "CC-3100", "sandbox");
        b.add("sandbox-hackday-2024", SANDBOX, "ACTIVE", null, null, null);
        b.add("sandbox-demo", SANDBOX, "ACTIVE", null, null, null);
        b.add("sandbox-old-poc", SANDBOX, "ACTIVE", null, null, null);
        b.add("legacy-billing", SUSPENDED, "SUSPENDED", "payments", "CC-2100", "prod");
        b.add("legacy-reports", SUSPENDED, "SUSPENDED", "data", "CC-3000", "prod");
        b.add("acquired-startup-dev", SUSPENDED, "SUSPENDED", null, null, null);
        b.add("old-marketing-site", SUSPENDED, "PENDING_CLOSURE", "growth", "CC-2500", "prod");
        return accounts;
    }

    /** Twelve digits from the position: stable across runs, spread like real account ids. */
    static String accountId(int index) {
        return String.valueOf(100_000_000_000L + (271_828_182_845L + index * 104_729L * 9_973L) % 900_000_000_000L);
    }

    private record Builder(List<Member> accounts) {

        void add(String name, String ou, String status, String team, String costCenter, String environment) {
            int i = accounts.size();
            Map<String, String> tags = new LinkedHashMap<>();
            if (team != null) {
                tags.put("owner-team", team);
                tags.put("cost-center", costCenter);
                tags.put("environment", environment);
            }
            accounts.add(new Member(accountId(i), name, "aws+" + name + "@example.com", status, ou,
                    FIRST_JOINED.plus(Duration.ofDays(59L * i + (i * 7L) % 13)), tags));
        }
    }
}
