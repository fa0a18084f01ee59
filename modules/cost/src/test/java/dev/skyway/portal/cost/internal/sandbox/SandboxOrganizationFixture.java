package dev.skyway.portal.cost.internal.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The 42 accounts of the accounts module's sandbox organization (its SandboxSeed), as the generator sees them. */
final class SandboxOrganizationFixture {

    private SandboxOrganizationFixture() {
    }

    static List<SandboxAccount> accounts() {
        List<SandboxAccount> accounts = new ArrayList<>();
        add(accounts, "skyway-management", "platform", "CC-1000", "management");
        add(accounts, "log-archive", "security", "CC-1100", "security");
        add(accounts, "security-audit", "security", "CC-1100", "security");
        add(accounts, "security-tooling", "security", "CC-1100", "security");
        add(accounts, "network-hub", "platform", "CC-1000", "shared");
        add(accounts, "shared-services", "platform", "CC-1000", "shared");
        add(accounts, "cicd-tooling", "platform", "CC-1000", "shared");
        add(accounts, "identity-center", "identity", "CC-1200", "shared");
        add(accounts, "backup-vault", "platform", "CC-1000", "shared");
        add(accounts, "workloads-shared-data", "data", "CC-3000", "shared");
        String[][] services = {{"payments", "payments", "CC-2100"}, {"checkout", "checkout", "CC-2200"},
                {"catalog", "catalog", "CC-2300"}, {"search", "search", "CC-2300"},
                {"identity", "identity", "CC-1200"}, {"data-lake", "data", "CC-3000"},
                {"mobile-api", "mobile", "CC-2400"}, {"notifications", "growth", "CC-2500"},
                {"analytics", "data", "CC-3000"}, {"ml-platform", "ml", "CC-3100"}};
        for (String[] s : services) {
            add(accounts, s[0] + "-prod", s[1], s[2], "prod");
        }
        for (int i = 0; i < 6; i++) {
            String[] s = services[i];
            add(accounts, s[0] + "-staging", s[1], s[2], "staging");
            add(accounts, s[0] + "-dev", s[1], s[2], "dev");
        }
        add(accounts, "sandbox-erin", "payments", "CC-2100", "sandbox");
        add(accounts, "sandbox-lee", "checkout", "CC-2200", "sandbox");
        add(accounts, "sandbox-mira", "ml", "CC-3100", "sandbox");
        add(accounts, "sandbox-hackday-2024", null, null, null);
        add(accounts, "sandbox-demo", null, null, null);
        add(accounts, "sandbox-old-poc", null, null, null);
        add(accounts, "legacy-billing", "payments", "CC-2100", "prod");
        add(accounts, "legacy-reports", "data", "CC-3000", "prod");
        add(accounts, "acquired-startup-dev", null, null, null);
        add(accounts, "old-marketing-site", "growth", "CC-2500", "prod");
        return accounts;
    }

    private static void add(List<SandboxAccount> accounts, String name, @Nullable String team,
                            @Nullable String costCenter, @Nullable String environment) {
        int i = accounts.size();
        String id = String.valueOf(100_000_000_000L + (271_828_182_845L + i * 104_729L * 9_973L) % 900_000_000_000L);
        accounts.add(new SandboxAccount(id, name, team, costCenter, environment));
    }
}
