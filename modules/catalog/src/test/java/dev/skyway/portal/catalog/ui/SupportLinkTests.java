package dev.skyway.portal.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** A product's support URL is a link only when it is https: or mailto:; anything else is plain text. */
class SupportLinkTests {

    @ParameterizedTest
    @ValueSource(strings = {"https://wiki.example.com/s3", "mailto:platform@example.com", "HTTPS://EXAMPLE.COM"})
    void httpsAndMailtoBecomeLinks(String url) {
        assertThat(SupportLink.of(url)).isInstanceOfSatisfying(Anchor.class,
                a -> assertThat(a.getHref()).isEqualTo(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.cookie)", " JavaScript:alert(1)", "data:text/html,<b>x</b>",
            "http://plain.example.com", "/relative/path", "vbscript:msgbox(1)", "not a url at all"})
    void everythingElseIsPlainText(String url) {
        assertThat(SupportLink.of(url)).isInstanceOfSatisfying(Span.class,
                s -> assertThat(s.getText()).isEqualTo(url));
    }
}
