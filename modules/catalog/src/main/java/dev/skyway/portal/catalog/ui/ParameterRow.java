package dev.skyway.portal.catalog.ui;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.catalog.ParameterDescriptor;

/** A parameter as a read-only row: label, key and type, description, default and constraints in words. */
public class ParameterRow extends Div {

    public ParameterRow(ParameterDescriptor p) {
        addClassName("parameter-row");
        getElement().setAttribute("data-parameter", p.key());
        Span label = new Span(p.label());
        label.addClassName("parameter-label");
        Span key = new Span(p.key() + " · " + p.type());
        key.addClassName("parameter-key");
        Div head = new Div(label, key);
        if (p.required()) {
            head.add(Badges.plain("required"));
        }
        if (p.noEcho()) {
            head.add(Badges.plain("secret"));
        }
        add(head);
        if (p.description() != null) {
            add(new Paragraph(p.description()));
        }
        List<String> rules = constraints(p);
        if (!rules.isEmpty()) {
            Div constraints = new Div(new Span(String.join(" · ", rules)));
            constraints.addClassName("parameter-constraints");
            add(constraints);
        }
    }

    /** The constraints in words; a NoEcho default is never shown. */
    public static List<String> constraints(ParameterDescriptor p) {
        List<String> rules = new ArrayList<>();
        if (p.defaultValue() != null) {
            rules.add("default: " + (p.noEcho() ? "••••••" : p.defaultValue().isEmpty() ? "(empty)" : p.defaultValue()));
        }
        if (!p.allowedValues().isEmpty()) {
            rules.add((p.list() ? "each one of: " : "one of: ") + String.join(", ", p.allowedValues()));
        }
        if (p.minLength() != null || p.maxLength() != null) {
            rules.add("length " + bound(p.minLength()) + "–" + bound(p.maxLength()));
        }
        if (p.minValue() != null || p.maxValue() != null) {
            rules.add("value " + bound(p.minValue()) + "–" + bound(p.maxValue()));
        }
        if (p.allowedPattern() != null) {
            rules.add(p.constraintDescription() != null ? p.constraintDescription()
                    : "pattern: " + p.allowedPattern());
        }
        return rules;
    }

    private static String bound(@Nullable Object value) {
        return value == null ? "…" : value.toString();
    }
}
