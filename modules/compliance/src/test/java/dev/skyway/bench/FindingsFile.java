package dev.skyway.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Prowler CSV (semicolons, Prowler 5's column names) of N findings over a list of accounts, deterministic: every
 * account gets the shipped frameworks' checks in turn on a growing set of resources, so each row is a distinct
 * finding; about a quarter fail, a few are MANUAL, a few muted.
 */
final class FindingsFile {

    static final List<String> COLUMNS = List.of("TIMESTAMP", "ACCOUNT_UID", "FINDING_UID", "CHECK_ID",
            "CHECK_TITLE", "STATUS", "STATUS_EXTENDED", "MUTED", "SEVERITY", "RESOURCE_TYPE", "RESOURCE_UID",
            "REGION", "REMEDIATION_RECOMMENDATION_TEXT", "REMEDIATION_RECOMMENDATION_URL", "COMPLIANCE");
    static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "eu-central-1", "us-west-2");
    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "medium", "low", "low",
            "informational");
    static final String[] FRAMEWORKS = {"compliance/frameworks/aws_foundational_security_best_practices_aws.json",
            "compliance/frameworks/cis_3.0_aws.json"};

    private FindingsFile() {
    }

    /** Every check the shipped frameworks name, sorted. */
    static List<String> checks() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        TreeSet<String> checks = new TreeSet<>();
        for (String resource : FRAMEWORKS) {
            try (InputStream in = FindingsFile.class.getClassLoader().getResourceAsStream(resource)) {
                for (JsonNode requirement : json.readTree(in).get("Requirements")) {
                    requirement.get("Checks").forEach(check -> checks.add(check.asString()));
                }
            }
        }
        return List.copyOf(checks);
    }

    /** @return the file's row count */
    static long write(long rows, List<String> accounts, List<String> checks, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(";", COLUMNS));
            out.write('\n');
            int perRound = accounts.size() * checks.size();
            for (long i = 0; i < rows; i++) {
                String account = accounts.get((int) (i % accounts.size()));
                int checkIndex = (int) ((i / accounts.size()) % checks.size());
                String check = checks.get(checkIndex);
                long resource = i / perRound;
                String region = REGIONS.get((int) (resource % REGIONS.size()));
                long mix = (i * 2_654_435_761L) >>> 7;
                String status = check.contains("maintain_current_contact") || check.contains("_manual")
                        ? "MANUAL" : mix % 100 < 26 ? "FAIL" : "PASS";
                String resourceUid = "arn:aws:" + service(check) + ":" + region + ":" + account + ":resource/"
                        + check.hashCode() % 1000 + "-" + resource;
                List<String> cells = new ArrayList<>(COLUMNS.size());
                cells.add("2026-11-30 06:30:00.000000");
                cells.add(account);
                cells.add("prowler-aws-" + check + "-" + account + "-" + region + "-" + resource);
                cells.add(check);
                cells.add(title(check));
                cells.add(status);
                cells.add(status.equals("FAIL") ? "Resource " + resource + " does not meet " + check + "."
                        : "Resource " + resource + " meets " + check + ".");
                cells.add(mix % 1000 < 5 ? "True" : "False");
                cells.add(SEVERITIES.get(Math.floorMod(check.hashCode(), SEVERITIES.size())));
                cells.add("Aws" + capitalized(service(check)) + "Resource");
                cells.add(resourceUid);
                cells.add(region);
                cells.add("Follow the check's remediation.");
                cells.add("https://docs.aws.amazon.com/securityhub/latest/userguide/" + service(check) + ".html");
                cells.add("");
                out.write(String.join(";", cells));
                out.write('\n');
            }
        }
        return rows;
    }

    private static String service(String check) {
        int underscore = check.indexOf('_');
        return underscore > 0 ? check.substring(0, underscore) : check;
    }

    private static String title(String check) {
        return "Ensure " + check.replace('_', ' ');
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
