package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The tag rules of a request, one rule at a time: TagOptions required and closed, free tags under AWS's limits. */
class RequestTagsTests {

    static final Map<String, List<String>> OPTIONS = Map.of("cost-center", List.of("CC-1", "CC-2"));

    static List<RequestViolation> check(Map<String, String> tags) {
        return RequestTags.check(OPTIONS, tags);
    }

    static Map<String, String> with(String key, String value) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("cost-center", "CC-1");
        tags.put(key, value);
        return tags;
    }

    @Test
    void validTagOptionAndFreeTagsPass() {
        assertThat(check(with("owner", "team payments/logs@example.com"))).isEmpty();
        assertThat(check(with("empty-value-is-fine", ""))).isEmpty();
        assertThat(RequestTags.check(Map.of(), null)).isEmpty();
    }

    @Test
    void everyTagOptionIsRequired() {
        assertThat(check(Map.of())).extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(tuple("tags.cost-center", "REQUIRED"));
        assertThat(check(Map.of("cost-center", " "))).extracting(RequestViolation::rule).containsExactly("REQUIRED");
    }

    @Test
    void aTagOptionTakesOnlyItsAllowedValues() {
        assertThat(check(Map.of("cost-center", "CC-3"))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("tags.cost-center");
            assertThat(v.rule()).isEqualTo("ALLOWED_VALUES");
            assertThat(v.message()).isEqualTo("must be one of: CC-1, CC-2");
        });
    }

    @Test
    void freeTagKeysAreAtMost128AndValuesAtMost256Characters() {
        assertThat(check(with("k".repeat(128), "v".repeat(256)))).isEmpty();
        assertThat(check(with("k".repeat(129), "v"))).extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(tuple("tags." + "k".repeat(129), "MAX_LENGTH"));
        assertThat(check(with("owner", "v".repeat(257)))).extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(tuple("tags.owner", "MAX_LENGTH"));
    }

    @Test
    void aFreeTagNeedsAKey() {
        assertThat(check(with("", "value"))).extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(tuple("tags", "REQUIRED"));
    }

    @Test
    void awsAndPortalPrefixesAreReservedInAnyCase() {
        assertThat(check(with("aws:cloudformation:stack-name", "x"))).extracting(RequestViolation::rule)
                .containsExactly("RESERVED_PREFIX");
        assertThat(check(with("AWS:x", "x"))).extracting(RequestViolation::rule).containsExactly("RESERVED_PREFIX");
        assertThat(check(with("skyway:request", "x"))).extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(tuple("tags.skyway:request", "RESERVED_PREFIX"));
    }

    @Test
    void keysAndValuesUseAwsTagCharactersOnly() {
        assertThat(check(with("owner<script>", "x"))).extracting(RequestViolation::rule)
                .containsExactly("ALLOWED_PATTERN");
        assertThat(check(with("owner", "a;b"))).extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(tuple("tags.owner", "ALLOWED_PATTERN"));
    }

    @Test
    void atMostFiftyTagsLandOnTheResourceIncludingThePortalsOwn() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("cost-center", "CC-1");
        for (int i = 1; tags.size() < RequestTags.MAX_TAGS; i++) {
            tags.put("t" + i, "v");
        }
        assertThat(check(tags)).isEmpty();
        assertThat(RequestTags.MAX_TAGS + RequestTags.PORTAL_TAGS).isEqualTo(50);

        tags.put("one-too-many", "v");
        assertThat(check(tags)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("tags");
            assertThat(v.rule()).isEqualTo("MAX_COUNT");
        });
    }
}
