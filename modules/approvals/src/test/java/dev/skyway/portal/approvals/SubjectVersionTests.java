package dev.skyway.portal.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectVersionTests {

    @Test
    void theEtagIsTheQuotedSubjectHashAndIfMatchGivesItBack() {
        String etag = SubjectVersion.etag("ab12");

        assertThat(etag).isEqualTo("\"ab12\"");
        assertThat(SubjectVersion.fromIfMatch(etag)).isEqualTo("ab12");
        assertThat(SubjectVersion.fromIfMatch(" ab12 ")).as("unquoted, as curl users send it").isEqualTo("ab12");
    }

    @Test
    void noHeaderOrAStarNamesNoVersion() {
        for (String header : new String[] {null, "", "  ", "*", "\"\""}) {
            assertThatThrownBy(() -> SubjectVersion.fromIfMatch(header)).isInstanceOf(SubjectVersion.Missing.class)
                    .hasMessageContaining("If-Match");
        }
    }

    @Test
    void aWeakEtagOrAListNeverMatches() {
        assertThatThrownBy(() -> SubjectVersion.fromIfMatch("W/\"ab12\"")).isInstanceOf(StaleSubjectException.class);
        assertThatThrownBy(() -> SubjectVersion.fromIfMatch("\"ab12\", \"cd34\""))
                .isInstanceOf(StaleSubjectException.class);
    }
}
