package dev.skyway.portal.platform.ui.kit;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * Grid cells that are drawn in the browser from a row's strings: a link and a Lumo badge. A component column sends a
 * server-side component per row (its state node, element, attributes and class list), about 1 kB each; a page of 50
 * incidents with a link and two badges came to 130 kB of UIDL and a quarter of a second of rendering. These send
 * the strings only. Links are plain anchors, which Vaadin's router follows without a page load.
 */
public final class GridCells {

    private GridCells() {
    }

    /** An anchor to an in-app path, with the class name the views' tests and styles find it by. */
    public static <T> LitRenderer<T> link(String className, ValueProvider<T, String> href,
            ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<a class=\"" + className + "\" href=\"${item.href}\">${item.text}</a>")
                .withProperty("href", href)
                .withProperty("text", text);
    }

    /**
     * A Lumo badge ({@code theme="badge …"}) whose text is the value itself, so color is never the only cue; the
     * value is also in {@code data-value}.
     */
    public static <T> LitRenderer<T> badge(String className, ValueProvider<T, String> text,
            ValueProvider<T, String> theme) {
        return LitRenderer.<T>of("<span class=\"" + className + "\" theme=\"${item.theme}\" "
                        + "data-value=\"${item.text}\">${item.text}</span>")
                .withProperty("text", text)
                .withProperty("theme", theme);
    }
}
