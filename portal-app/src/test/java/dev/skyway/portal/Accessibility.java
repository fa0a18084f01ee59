package dev.skyway.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * The journeys' accessibility guard: runs axe-core's WCAG 2.0/2.1 level A and AA rules on the page as it is and fails
 * on any violation, naming for each the rule, its impact, the offending elements and axe's help text. axe is the
 * {@code axe.min.js} bundled in the {@code com.deque.html.axe-core:playwright} test dependency (only that file is
 * used) and is injected as a script tag (the portal's CSP allows inline scripts, Vaadin needs them).
 */
final class Accessibility {

    /** The WCAG 2.0 and 2.1 A and AA rule tags; best practices and AAA are not part of the guard. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String AXE_SOURCE = readAxe();

    private Accessibility() {
    }

    /** Waits until Vaadin has settled, runs axe on the whole document and fails listing each violation. */
    static void assertNoViolations(Page page, String view) {
        List<String> violations = violations(page, view);
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    /**
     * Waits until Vaadin has settled, runs axe on the whole document and describes each violation: the view, the
     * rule, its impact and help, and every offending element (its selector path, through shadow roots) with axe's
     * summary of what to fix. Empty when the view passes.
     */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page, String view) {
        awaitVaadinIdle(page);
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE_SOURCE));
        }
        return (List<String>) page.evaluate("""
                async ([view, tags]) => {
                    const results = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
                    const checks = node => [...node.any, ...node.all, ...node.none];
                    const related = node => checks(node)
                        .flatMap(check => check.relatedNodes.map(related => JSON.stringify(related.target)));
                    // Vaadin's own markup, which the portal cannot change: vaadin-select puts aria-required on its
                    // value button (role=button) when the select is required (vaadin/web-components#7337, open);
                    // only that attribute on that element is let through, every other one still fails
                    const disallowed = node => checks(node).flatMap(check => [].concat(check.data || []).map(String));
                    const vaadinSelectsRequired = (violation, node) => violation.id === 'aria-allowed-attr'
                        && /(^|[ >])vaadin-select-value-button\\b/.test(String(node.target[node.target.length - 1]))
                        && disallowed(node).length > 0
                        && disallowed(node).every(attribute => attribute.startsWith('aria-required='));
                    results.violations.forEach(violation => violation.nodes = violation.nodes
                        .filter(node => !vaadinSelectsRequired(violation, node)));
                    return results.violations.filter(violation => violation.nodes.length > 0)
                        .map(violation => 'WCAG 2.1 A/AA violation (axe-core '
                        + results.testEngine.version + ') on ' + view + ': ' + violation.id + ' ('
                        + violation.impact + '): ' + violation.help + ' [' + violation.helpUrl + ']'
                        + violation.nodes.map(node => '\\n      on ' + JSON.stringify(node.target) + ' '
                            + node.failureSummary.replace(/\\s+/g, ' ')
                            + (related(node).length ? ' (related: ' + related(node).join(', ') + ')' : ''))
                        .join(''));
                }""", List.of(view, WCAG_TAGS));
    }

    private static void awaitVaadinIdle(Page page) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                    && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())""");
    }

    private static String readAxe() {
        String resource = "/axe.min.js";
        try (InputStream in = Accessibility.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource
                        + " is not on the test classpath (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
