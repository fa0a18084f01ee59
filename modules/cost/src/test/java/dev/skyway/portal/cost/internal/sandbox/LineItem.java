package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.commons.csv.CSVRecord;

/** The columns the tests look at, read from one parsed row (repeated strings interned to keep 200k rows small). */
record LineItem(String file, String category, String chargeClass, String status, String subAccountId,
                String serviceName, String resourceId, LocalDate chargeStart, LocalDate chargeEnd,
                LocalDate billingStart, LocalDate billingEnd, BigDecimal billed, BigDecimal effective,
                BigDecimal list, BigDecimal contracted, boolean teamTag, String requestId) {

    static LineItem of(String file, CSVRecord r) {
        String tags = r.get("Tags");
        String requestKey = "\"" + Tagging.REQUEST_ID + "\":\"";
        int request = tags.indexOf(requestKey);
        return new LineItem(file, r.get("ChargeCategory").intern(), r.get("ChargeClass").intern(),
                r.get("CommitmentDiscountStatus").intern(), r.get("SubAccountId").intern(),
                r.get("ServiceName").intern(), r.get("ResourceId").intern(), day(r.get("ChargePeriodStart")),
                day(r.get("ChargePeriodEnd")), day(r.get("BillingPeriodStart")), day(r.get("BillingPeriodEnd")),
                new BigDecimal(r.get("BilledCost")), new BigDecimal(r.get("EffectiveCost")),
                new BigDecimal(r.get("ListCost")), new BigDecimal(r.get("ContractedCost")),
                tags.contains("\"team\":"), request < 0 ? ""
                        : tags.substring(request + requestKey.length(), request + requestKey.length() + 36));
    }

    private static LocalDate day(String dateTime) {
        if (!dateTime.endsWith("T00:00:00Z")) {
            throw new IllegalArgumentException("Not a midnight UTC date-time: " + dateTime);
        }
        return LocalDate.parse(dateTime.substring(0, 10));
    }
}
