package dev.skyway.portal.compliance.internal.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingResource;

/** One spelling for what tools spell differently: account ids, resource ids, tool names. */
public final class Normalize {

    public static final String PROWLER = "PROWLER";
    public static final String SECURITY_HUB = "SECURITY_HUB";

    private static final Pattern ROOT_USER = Pattern.compile("arn:[a-z-]+:iam::(\\d{12}):root");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");

    private Normalize() {
    }

    /**
     * An account id with the leading zeros spreadsheets and Prowler 3's integer column dropped put back
     * ({@code 12345678901} is {@code 012345678901}).
     */
    public static String accountId(String raw) {
        String id = raw.strip();
        return DIGITS.matcher(id).matches() ? "0".repeat(12 - id.length()) + id : id;
    }

    /**
     * A resource id; results about the account itself take Security Hub's form whichever way the tool wrote them
     * (none, the account id, the root user's ARN), so equivalent results from two tools meet.
     */
    public static String resourceId(String accountId, @Nullable String raw) {
        String id = Values.blankToNull(raw);
        if (id == null || id.equals(accountId) || id.equalsIgnoreCase("unknown")) {
            return FindingResource.accountResource(accountId);
        }
        Matcher root = ROOT_USER.matcher(id);
        if (root.matches() && root.group(1).equals(accountId)) {
            return FindingResource.accountResource(accountId);
        }
        return id;
    }

    /**
     * A tool's name as a source key: {@code Prowler} is {@code PROWLER}, {@code Security Hub} is
     * {@code SECURITY_HUB}, {@code GuardDuty} is {@code GUARDDUTY}; absent names take {@code fallback}.
     */
    public static String source(@Nullable String name, String fallback) {
        String text = Values.blankToNull(name);
        if (text == null) {
            return fallback;
        }
        String key = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (key.isEmpty()) {
            return fallback;
        }
        key = switch (key) {
            case "SECURITYHUB", "AWS_SECURITY_HUB", "SECURITY_HUB_CSPM" -> SECURITY_HUB;
            case "AWS_CONFIG", "CONFIG_SERVICE" -> "CONFIG";
            default -> key;
        };
        return key.length() > 64 ? key.substring(0, 64) : key;
    }
}
