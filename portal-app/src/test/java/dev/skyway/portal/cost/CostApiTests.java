package dev.skyway.portal.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import dev.skyway.portal.PortalTestSupport;

/**
 * The cost REST API through the whole application (HTTP Basic demo users): imports as the contract says
 * (202 and a status to poll, 200 for a repeat, 400 problem+json naming missing columns), breakdowns with their
 * problems, the forecast's shape, and the FOCUS export, which is itself a FOCUS file.
 */
class CostApiTests extends PortalTestSupport {

    /** Three days of one account in FOCUS 1.2 as a tool writes it (ISO date-times, an extra column). */
    static final String FOCUS_12 = """
            BillingAccountId,BillingAccountType,SubAccountId,SubAccountName,ChargePeriodStart,ChargePeriodEnd,\
            BillingPeriodStart,BillingPeriodEnd,ProviderName,ServiceName,ServiceCategory,RegionId,ChargeCategory,\
            BillingCurrency,BilledCost,EffectiveCost,ListCost,ContractedCost,Tags,x_Extra
            999900001111,Billing Account,999900002222,api-test,2023-03-01T00:00:00Z,2023-03-02T00:00:00Z,\
            2023-03-01T00:00:00Z,2023-04-01T00:00:00Z,AWS,Amazon Simple Storage Service,Storage,us-east-1,Usage,\
            USD,10.005,10.005,11,10.005,"{""team"":""api""}",x
            999900001111,Billing Account,999900002222,api-test,2023-03-02T00:00:00Z,2023-03-03T00:00:00Z,\
            2023-03-01T00:00:00Z,2023-04-01T00:00:00Z,AWS,AWS Lambda,Compute,us-east-1,Usage,\
            USD,2.5,2.5,2.5,2.5,,x
            999900001111,Billing Account,999900002222,api-test,2023-03-03T00:00:00Z,2023-03-04T00:00:00Z,\
            2023-03-01T00:00:00Z,2023-04-01T00:00:00Z,AWS,Amazon Simple Storage Service,Storage,us-east-1,Usage,\
            USD,20,20,22,20,"{""team"":""api""}",x
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void aFinanceUserImportsAFocusFileAndPollsItsStatusAndARepeatChangesNothing() throws Exception {
        String id = importAndAwait(FOCUS_12.getBytes(StandardCharsets.UTF_8), null);

        mvc.perform(asDemoUser("security", get("/api/v1/cost/imports/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.focusVersion").value("1.2"))
                .andExpect(jsonPath("$.billingPeriods", contains("2023-03")));
        mvc.perform(asDemoUser("finance", post("/api/v1/cost/imports").contentType("text/csv")
                        .content(FOCUS_12)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.duplicate").value(true));
        mvc.perform(asDemoUser("finance", get("/api/v1/cost/breakdown").param("start", "2023-03-01")
                        .param("end", "2023-04-01").param("metric", "BilledCost").param("groupBy", "ServiceName")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("USD"))
                .andExpect(jsonPath("$.total").value(32.51))
                .andExpect(jsonPath("$.groups[0].key").value("Amazon Simple Storage Service"))
                .andExpect(jsonPath("$.groups[0].amount").value(30.01))
                .andExpect(jsonPath("$.groups[1].amount").value(2.50));
    }

    @Test
    void aGzipBodyIsImportedAndFiltersNarrowTheBreakdown() throws Exception {
        String csv = FOCUS_12.replace("999900002222", "999900003333").replace("api-test", "api-gzip");
        importAndAwait(gzip(csv.getBytes(StandardCharsets.UTF_8)), "gzip");

        mvc.perform(asDemoUser("finance", get("/api/v1/cost/breakdown").param("start", "2023-03-01")
                        .param("end", "2023-04-01").param("metric", "ListCost").param("groupBy", "tag:team")
                        .param("SubAccountId", "999900003333")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].key").value("api"))
                .andExpect(jsonPath("$.groups[0].amount").value(33.00))
                .andExpect(jsonPath("$.groups[1].label").value("(untagged)"))
                .andExpect(jsonPath("$.groups[1].amount").value(2.50));
    }

    @Test
    void aFileLargerThanTheJsonBodyLimitIsTakenAsAnUpload() throws Exception {
        StringBuilder csv = new StringBuilder(FOCUS_12.lines().findFirst().orElseThrow()).append('\n');
        String row = FOCUS_12.lines().skip(1).findFirst().orElseThrow()
                .replace("999900002222", "999900006666").replace("999900001111", "999900008888");
        while (csv.length() < 2_200_000) {
            csv.append(row).append('\n');
        }

        String id = importAndAwait(csv.toString().getBytes(StandardCharsets.UTF_8), null);

        mvc.perform(asDemoUser("finance", get("/api/v1/cost/imports/" + id)))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    @Test
    void aFileThatIsNotFocusIsABadRequestNamingTheMissingColumns() throws Exception {
        mvc.perform(asDemoUser("finance", post("/api/v1/cost/imports").contentType("text/csv")
                        .content("lineItem/UsageAccountId,lineItem/UnblendedCost\n123456789012,1.00\n")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Not a FOCUS file"))
                .andExpect(jsonPath("$.missingColumns", hasSize(10)))
                .andExpect(jsonPath("$.missingColumns[0]").value("BilledCost"));
        mvc.perform(asDemoUser("finance", post("/api/v1/cost/imports").contentType("application/json")
                        .content("{}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['Content-Type']").exists());
        mvc.perform(asDemoUser("engineer", post("/api/v1/cost/imports").contentType("text/csv").content(FOCUS_12)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvalidQueryIsABadRequestPerParameter() throws Exception {
        mvc.perform(asDemoUser("finance", get("/api/v1/cost/breakdown").param("start", "2023-03-01")
                        .param("end", "2023-02-01").param("metric", "Cheapest")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.metric").value(
                        "must be one of BilledCost, EffectiveCost, ListCost, ContractedCost"));
        mvc.perform(asDemoUser("finance", get("/api/v1/cost/breakdown").param("start", "2023-03-01")
                        .param("end", "2023-02-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.end").value("must be after start (end is exclusive)"));
        mvc.perform(asDemoUser("finance", get("/api/v1/cost/daily").param("start", "2023-03-01")
                        .param("end", "2023-04-01").param("groupBy", "Planet")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.groupBy").exists());
        mvc.perform(asDemoUser("finance", get("/api/v1/cost/forecast").param("days", "400")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.days").value("must be between 1 and 92"));
    }

    @Test
    void theForecastHasPointsWithTheirIntervalAndTheMape() throws Exception {
        importAndAwait(FOCUS_12.replace("999900002222", "999900004444").getBytes(StandardCharsets.UTF_8), null);

        mvc.perform(asDemoUser("finance", get("/api/v1/cost/forecast").param("metric", "BilledCost")
                        .param("days", "7")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points", hasSize(7)))
                .andExpect(jsonPath("$.points[0].date").exists())
                .andExpect(jsonPath("$.points[0].lower").exists())
                .andExpect(jsonPath("$.points[0].upper").exists())
                .andExpect(jsonPath("$.confidence").value(0.8));
    }

    @Test
    void theFocusExportIsAFocusFileWithTheTeam() throws Exception {
        // its own billing account: re-importing the export replaces that billing account's March as a whole
        importAndAwait(FOCUS_12.replace("999900002222", "999900005555").replace("999900001111", "999900009999")
                .getBytes(StandardCharsets.UTF_8), null);

        String csv = mvc.perform(asDemoUser("finance", get("/api/v1/cost/export/focus")
                        .param("start", "2023-03-01").param("end", "2023-04-01")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("BillingAccountId,BillingCurrency,PricingCurrency,")
                .contains("x_Team");
        assertThat(csv).contains("999900005555").contains(",api,TAG,");
        String ours = csv.lines().filter(l -> l.startsWith("BillingAccountId") || l.startsWith("999900009999"))
                .collect(java.util.stream.Collectors.joining("\n"));
        mvc.perform(asDemoUser("finance", post("/api/v1/cost/imports").contentType("text/csv").content(ours)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.focusVersion").value("1.2"));
    }

    private String importAndAwait(byte[] body, String encoding) throws Exception {
        var request = post("/api/v1/cost/imports").contentType("text/csv").content(body);
        if (encoding != null) {
            request.header("Content-Encoding", encoding);
        }
        String answer = mvc.perform(asDemoUser("finance", request))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(answer, "$.id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String now = mvc.perform(asDemoUser("finance", get("/api/v1/cost/imports/" + id)))
                    .andReturn().getResponse().getContentAsString();
            return !"RUNNING".equals(JsonPath.read(now, "$.status"));
        });
        return id;
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
