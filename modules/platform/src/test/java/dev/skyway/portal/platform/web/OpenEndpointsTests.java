package dev.skyway.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A declaration of open endpoints names its owner and only narrow, absolute patterns. */
class OpenEndpointsTests {

    @Test
    void aDeclarationKeepsItsPatterns() {
        OpenEndpoints open = new OpenEndpoints("incidents", List.of("/api/v1/incidents/intake/**"));

        assertThat(open.pathPatterns()).containsExactly("/api/v1/incidents/intake/**");
    }

    @Test
    void everythingOrNothingOrARelativePatternIsRefused() {
        for (List<String> patterns : List.of(List.of("/**"), List.<String>of(), List.of("api/**"))) {
            assertThatThrownBy(() -> new OpenEndpoints("incidents", patterns))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new OpenEndpoints(" ", List.of("/hooks/**")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
