package dev.skyway.portal.compliance.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.compliance.internal.aws.PropertyDrift;
import dev.skyway.portal.compliance.internal.drift.DriftedResource;
import dev.skyway.portal.compliance.internal.drift.StackDrift;

/** A stack's drifted resources, each with its property diff: the template's value beside the resource's. */
final class DriftDiff {

    private DriftDiff() {
    }

    static Div of(StackDrift stack) {
        Div box = new Div();
        box.addClassName("drift-resources");
        if (stack.drifted().isEmpty()) {
            box.add(new Paragraph(stack.last() != null && stack.last().statusReason() != null
                    ? stack.last().statusReason() : "No resource of this stack differs from its template."));
            return box;
        }
        for (DriftedResource r : stack.drifted()) {
            Div resource = new Div();
            resource.addClassName("drift-resource");
            resource.getElement().setAttribute("data-logical-id", r.logicalId());
            Span name = new Span(r.logicalId() + " · " + r.type() + (r.physicalId() == null ? "" : " · "
                    + r.physicalId()) + " ");
            name.getStyle().set("font-weight", "600");
            resource.add(new Div(name, DriftBadges.resource(r.status())));
            if ("DELETED".equals(r.status())) {
                resource.add(new Paragraph("Deleted outside CloudFormation: the stack still expects it."));
            } else {
                resource.add(differences(r));
            }
            resource.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            box.add(resource);
        }
        return box;
    }

    private static Grid<PropertyDrift> differences(DriftedResource r) {
        Grid<PropertyDrift> grid = new Grid<>();
        grid.addClassName("drift-diff");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(PropertyDrift::path).setHeader("Property").setAutoWidth(true);
        grid.addColumn(d -> shown(d.expected(), "(not in the template)")).setHeader("Expected (template)")
                .setFlexGrow(1);
        grid.addColumn(d -> shown(d.actual(), "(removed)")).setHeader("Actual").setFlexGrow(1);
        grid.addColumn(d -> switch (d.differenceType()) {
            case "ADD" -> "Added";
            case "REMOVE" -> "Removed";
            default -> "Changed";
        }).setHeader("Change").setAutoWidth(true);
        grid.setItems(r.differences());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String shown(@Nullable String value, String absent) {
        return value == null ? absent : value;
    }
}
