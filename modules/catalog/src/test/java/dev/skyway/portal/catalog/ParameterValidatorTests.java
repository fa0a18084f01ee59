package dev.skyway.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each CloudFormation constraint kind, with good and bad values. */
class ParameterValidatorTests {

    final ParameterValidator validator = new ParameterValidator();

    static ParameterDescriptor string(String key, String defaultValue) {
        return new ParameterDescriptor(key, null, null, null, "String", defaultValue, List.of(), null, null, null,
                null, null, null, false);
    }

    static ParameterDescriptor with(ParameterDescriptor p, List<String> allowed, String pattern, String constraint,
                                    Integer minLength, Integer maxLength, String min, String max, String type,
                                    boolean noEcho) {
        return new ParameterDescriptor(p.key(), p.label(), p.group(), p.description(), type == null ? p.type() : type,
                p.defaultValue(), allowed, pattern, constraint, minLength, maxLength,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), noEcho);
    }

    List<ParameterViolation> check(ParameterDescriptor p, String value) {
        return validator.check(p, value);
    }

    static List<ParameterRule> rules(List<ParameterViolation> violations) {
        return violations.stream().map(ParameterViolation::rule).toList();
    }

    @Test
    void emptyValueOfAParameterWithoutDefaultIsRequired() {
        ParameterDescriptor name = string("Name", null);

        assertThat(check(name, "")).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("Name");
            assertThat(v.rule()).isEqualTo(ParameterRule.REQUIRED);
        });
        assertThat(rules(check(name, null))).containsExactly(ParameterRule.REQUIRED);
        assertThat(check(string("Name", "x"), "")).as("empty means: use the default").isEmpty();
        assertThat(check(string("Name", ""), "")).as("an empty default is a default").isEmpty();
    }

    @Test
    void allowedValuesAreExact() {
        ParameterDescriptor size = with(string("Size", "small"), List.of("small", "large"), null, null, null, null,
                null, null, null, false);

        assertThat(check(size, "large")).isEmpty();
        assertThat(check(size, "Large")).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(ParameterRule.ALLOWED_VALUES);
            assertThat(v.message()).isEqualTo("must be one of: small, large");
        });
        assertThat(rules(check(size, " small"))).containsExactly(ParameterRule.ALLOWED_VALUES);
    }

    @Test
    void allowedPatternMustMatchTheWholeValueAndReportsTheConstraintDescription() {
        ParameterDescriptor name = with(string("Name", null), List.of(), "[a-z][a-z0-9-]*", "lower-case, please",
                null, null, null, null, null, false);

        assertThat(check(name, "my-service")).isEmpty();
        assertThat(check(name, "my-service!")).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(ParameterRule.ALLOWED_PATTERN);
            assertThat(v.message()).isEqualTo("lower-case, please");
        });
        assertThat(rules(check(name, "ok but then <script>alert(1)</script>")))
                .containsExactly(ParameterRule.ALLOWED_PATTERN);
        assertThat(rules(check(name, "Ünïcödé"))).containsExactly(ParameterRule.ALLOWED_PATTERN);
        ParameterDescriptor noDescription = with(string("Name", null), List.of(), "\\d+", null, null, null, null,
                null, null, false);
        assertThat(check(noDescription, "12a")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("must match the pattern \\d+"));
    }

    @Test
    void lengthsCountCharactersNotBytes() {
        ParameterDescriptor name = with(string("Name", null), List.of(), null, null, 3, 5, null, null, null, false);

        assertThat(check(name, "abc")).isEmpty();
        assertThat(check(name, "日本語の")).as("4 characters, 12 UTF-8 bytes").isEmpty();
        assertThat(check(name, "😀😀😀")).as("3 code points in 6 UTF-16 units").isEmpty();
        assertThat(check(name, "ab")).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(ParameterRule.MIN_LENGTH);
            assertThat(v.message()).isEqualTo("must be at least 3 characters");
        });
        assertThat(rules(check(name, "abcdef"))).containsExactly(ParameterRule.MAX_LENGTH);
        assertThat(rules(check(name, "a".repeat(100_000)))).containsExactly(ParameterRule.MAX_LENGTH);
    }

    @Test
    void numbersMustBeNumbersWithinTheirRange() {
        ParameterDescriptor storage = with(string("Storage", "20"), List.of(), null, null, null, null, "20", "2000",
                "Number", false);

        assertThat(check(storage, "20")).isEmpty();
        assertThat(check(storage, "2000")).isEmpty();
        assertThat(check(storage, "100.5")).isEmpty();
        assertThat(check(storage, "19")).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(ParameterRule.MIN_VALUE);
            assertThat(v.message()).isEqualTo("must be at least 20");
        });
        assertThat(rules(check(storage, "2001"))).containsExactly(ParameterRule.MAX_VALUE);
        assertThat(rules(check(storage, "twenty"))).containsExactly(ParameterRule.NUMBER);
        assertThat(rules(check(storage, "1e3"))).containsExactly(ParameterRule.NUMBER);
        assertThat(rules(check(storage, "NaN"))).containsExactly(ParameterRule.NUMBER);
        assertThat(rules(check(storage, "٣٠"))).as("Arabic-Indic digits").containsExactly(ParameterRule.NUMBER);
        assertThat(rules(check(storage, "-5"))).containsExactly(ParameterRule.MIN_VALUE);
    }

    @Test
    void commaDelimitedListsCheckEveryItem() {
        ParameterDescriptor logs = with(string("Logs", "api"), List.of("api", "audit", "scheduler"), null, null, null,
                null, null, null, "CommaDelimitedList", false);
        ParameterDescriptor cidrs = with(string("Cidrs", null), List.of(), "\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+",
                "every item must be a CIDR", null, null, null, null, "CommaDelimitedList", false);
        ParameterDescriptor ports = with(string("Ports", null), List.of(), null, null, null, null, "1", "65535",
                "List<Number>", false);

        assertThat(check(logs, "api,audit")).isEmpty();
        assertThat(check(logs, "api, audit")).as("blanks around commas are ignored").isEmpty();
        assertThat(check(logs, "api,debug")).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(ParameterRule.ALLOWED_VALUES);
            assertThat(v.message()).startsWith("every item must be one of");
        });
        assertThat(rules(check(logs, "api,"))).as("an empty item").containsExactly(ParameterRule.ALLOWED_VALUES);
        assertThat(check(cidrs, "10.0.0.0/24,10.0.1.0/24")).isEmpty();
        assertThat(check(cidrs, "10.0.0.0/24,10.0.1.0")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("every item must be a CIDR"));
        assertThat(check(ports, "80,443")).isEmpty();
        assertThat(rules(check(ports, "80,http"))).containsExactly(ParameterRule.NUMBER);
        assertThat(rules(check(ports, "80,70000"))).containsExactly(ParameterRule.MAX_VALUE);
    }

    @Test
    void controlCharactersAreRefusedEverywhere() {
        ParameterDescriptor free = string("Free", null);

        assertThat(rules(check(free, "line\nbreak"))).containsExactly(ParameterRule.CONTROL_CHARACTERS);
        assertThat(rules(check(free, "cr\r"))).containsExactly(ParameterRule.CONTROL_CHARACTERS);
        assertThat(rules(check(free, "nul\u0000"))).containsExactly(ParameterRule.CONTROL_CHARACTERS);
        assertThat(rules(check(free, "sep\u2028"))).containsExactly(ParameterRule.CONTROL_CHARACTERS);
        assertThat(check(free, "plain text, with <b>markup</b> where nothing forbids it")).isEmpty();
    }

    @Test
    void noEchoValuesAreCheckedButNeverEchoed() {
        ParameterDescriptor password = with(string("MasterPassword", null), List.of(), "[a-zA-Z0-9!#%^*_+=-]*",
                null, 12, 41, null, null, null, true);
        String secret = "short \"secret\"";

        List<ParameterViolation> violations = check(password, secret);

        assertThat(rules(violations)).containsExactly(ParameterRule.ALLOWED_PATTERN);
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain("secret"));
        assertThat(rules(check(password, "tooShort1"))).containsExactly(ParameterRule.MIN_LENGTH);
        assertThat(check(password, "Corr3ct-Horse-Battery")).isEmpty();
    }

    @Test
    void validateReportsEveryFieldByNameAndUnknownParameters() {
        List<ParameterDescriptor> parameters = List.of(string("Name", null),
                with(string("Size", "1"), List.of(), null, null, null, null, "1", "3", "Number", false));
        Map<String, String> values = new HashMap<>();
        values.put("Size", "9");
        values.put("Sneaky", "x");

        ParameterValidation result = validator.validate(parameters, values);

        assertThat(result.valid()).isFalse();
        assertThat(result.violations()).extracting(ParameterViolation::field, ParameterViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Name", ParameterRule.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("Size", ParameterRule.MAX_VALUE),
                        org.assertj.core.groups.Tuple.tuple("Sneaky", ParameterRule.UNKNOWN_PARAMETER));
        assertThat(result.byField()).containsOnlyKeys("Name", "Size", "Sneaky");
        assertThat(validator.validate(parameters, Map.of("Name", "x")).valid()).isTrue();
    }

    @Test
    void aBrokenPatternInATemplateAcceptsNothing() {
        ParameterDescriptor broken = with(string("X", null), List.of(), "[unclosed", null, null, null, null, null,
                null, false);

        assertThat(rules(check(broken, "anything"))).containsExactly(ParameterRule.ALLOWED_PATTERN);
    }
}
