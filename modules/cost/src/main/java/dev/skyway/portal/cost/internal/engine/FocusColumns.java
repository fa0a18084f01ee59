package dev.skyway.portal.cost.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the portal knows of the FOCUS columns: those a file must have, those it reads when present, and how to tell
 * FOCUS 1.0 from 1.1 and 1.2 by the columns each version added. Names are matched ignoring case, surrounding blanks
 * and a byte-order mark, because real files vary; columns may come in any order and extra ones are ignored.
 */
public final class FocusColumns {

    /** Without these a file cannot be rolled up (each is mandatory in FOCUS 1.0 and later). */
    public static final List<String> REQUIRED = List.of("BilledCost", "EffectiveCost", "ListCost", "ContractedCost",
            "BillingCurrency", "ChargePeriodStart", "BillingPeriodStart", "BillingAccountId", "ChargeCategory",
            "ServiceName");

    /** Read when present; absent ones are taken as null. */
    public static final List<String> OPTIONAL = List.of("ProviderName", "ServiceProviderName", "SubAccountId",
            "SubAccountName", "ServiceCategory", "RegionId", "ChargeClass", "PricingCategory",
            "CommitmentDiscountType", "ResourceId", "ResourceName", "SkuId", "Tags", "x_UsageType", "x_Operation",
            "ChargeDescription");

    private static final Set<String> SINCE_1_2 = Set.of("invoiceid", "pricingcurrency", "billingaccounttype",
            "subaccounttype", "pricingcurrencyeffectivecost");
    private static final Set<String> SINCE_1_1 = Set.of("servicesubcategory", "skumeter", "capacityreservationid",
            "commitmentdiscountquantity", "skupricedetails");

    private final Map<String, String> actualByCanonical;

    private FocusColumns(Map<String, String> actualByCanonical) {
        this.actualByCanonical = actualByCanonical;
    }

    /** @param names the file's column names, as they are */
    public static FocusColumns of(List<String> names) {
        Map<String, String> byCanonical = new LinkedHashMap<>();
        for (String name : names) {
            byCanonical.putIfAbsent(canonical(name), name);
        }
        return new FocusColumns(byCanonical);
    }

    static String canonical(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /** The required columns the file lacks, in FOCUS order; empty for a FOCUS file. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!has(column)) {
                missing.add(column);
            }
        }
        return missing;
    }

    public boolean has(String focusName) {
        return actualByCanonical.containsKey(canonical(focusName));
    }

    /** The file's own spelling of a column, for quoting into SQL; absent when the file lacks it. */
    public java.util.Optional<String> actual(String focusName) {
        return java.util.Optional.ofNullable(actualByCanonical.get(canonical(focusName)));
    }

    /** {@code 1.2}, {@code 1.1} or {@code 1.0}, by the newest version whose added columns the file has. */
    public String version() {
        if (actualByCanonical.keySet().stream().anyMatch(SINCE_1_2::contains)) {
            return "1.2";
        }
        if (actualByCanonical.keySet().stream().anyMatch(SINCE_1_1::contains)) {
            return "1.1";
        }
        return "1.0";
    }
}
