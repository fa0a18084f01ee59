package dev.skyway.portal.catalog.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * A product's support URL as shown to users. The URL comes from the catalog source (a Service Catalog product's
 * SupportUrl is free text its owner typed), so only {@code https:} and {@code mailto:} become links: anything else
 * ({@code javascript:}, {@code data:}, {@code http:}, a relative path) would run or navigate in the portal's origin
 * on click, and is shown as plain text instead.
 */
final class SupportLink {

    static final Set<String> LINKABLE_SCHEMES = Set.of("https", "mailto");

    private SupportLink() {
    }

    static Component of(String url) {
        return linkable(url) ? new Anchor(url.strip(), url.strip()) : new Span(url);
    }

    static boolean linkable(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            String scheme = new URI(url.strip()).getScheme();
            return scheme != null && LINKABLE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
