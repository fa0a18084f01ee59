package dev.skyway.portal.platform.ui.kit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.ui.LoadMode;

/**
 * An ECharts chart. ECharts comes from its webjar and our glue script from {@code /assets/charts.js}, both loaded
 * at runtime so the application never needs a frontend bundle build. Options are ECharts option JSON.
 * <p>
 * Both scripts load lazily: Vaadin shows the view first and fetches them afterwards, and the chart draws once they
 * are there. Loaded eagerly, the client held the whole view back until ECharts was evaluated (about 250 ms per page
 * load in Chromium on two cores, cached or not). The common build (line, bar, pie, legend, tooltip, mark lines, the
 * SVG renderer) is all the portal's charts use, at two thirds of the full build's size.
 */
public class EChart extends Div {

    static final String ECHARTS_URL = "/webjars/echarts/5.3.1/dist/echarts.common.min.js";
    static final String GLUE_URL = "/assets/charts.js";

    private String optionJson = "{}";

    public EChart() {
        addClassName("echart");
        setWidthFull();
        setHeight("240px");
    }

    public void setOption(String optionJson) {
        this.optionJson = optionJson;
        if (isAttached()) {
            render();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(ECHARTS_URL, LoadMode.LAZY);
        event.getUI().getPage().addJavaScript(GLUE_URL, LoadMode.LAZY);
        render();
    }

    private void render() {
        getElement().executeJs("""
                const el = this, option = JSON.parse($0);
                const draw = () => (window.echarts && window.skywayCharts)
                    ? window.skywayCharts.render(el, option) : setTimeout(draw, 50);
                draw();""", optionJson);
    }
}
