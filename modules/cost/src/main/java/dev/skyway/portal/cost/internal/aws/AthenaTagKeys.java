package dev.skyway.portal.cost.internal.aws;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.internal.CostProperties;

/**
 * The tag keys the Athena rollup reads from the FOCUS {@code Tags} map. Each key is also looked up with the
 * {@code user:} prefix AWS gives user-defined tags; the first key with a value wins. Keys are checked against the
 * characters AWS allows in tag keys before they become SQL literals.
 *
 * @param team       keys naming a line item's team
 * @param costCenter keys naming its cost center
 * @param request    the key holding the portal request id; absent to leave request tags out
 */
public record AthenaTagKeys(List<String> team, List<String> costCenter, @Nullable String request) {

    // what AWS allows in a tag key: letters, digits, spaces and _ . : / = + - @ (no quotes, no backslash)
    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{N} _.:/=+\\-@]{1,128}");

    public AthenaTagKeys {
        team = checked(team, "team");
        costCenter = checked(costCenter, "cost center");
        if (request != null) {
            check(request, "request");
        }
    }

    /** The keys the settings name ({@code portal.cost.team-tag-keys}, {@code cost-center-tag-keys}, {@code request-tag-key}). */
    public static AthenaTagKeys of(CostProperties properties) {
        return new AthenaTagKeys(properties.teamTagKeys(), properties.costCenterTagKeys(),
                properties.requestTagKey());
    }

    /** The keys of the default settings. */
    public static AthenaTagKeys defaults() {
        return of(CostProperties.defaults());
    }

    private static List<String> checked(List<String> keys, String what) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("At least one " + what + " tag key is needed");
        }
        keys.forEach(key -> check(key, what));
        return List.copyOf(keys);
    }

    private static void check(String key, String what) {
        if (!TAG_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("The " + what + " tag key '" + key + "' has characters a tag key "
                    + "cannot have (allowed: letters, digits, spaces and _ . : / = + - @, at most 128)");
        }
    }
}
