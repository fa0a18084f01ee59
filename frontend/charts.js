// Chart glue: renders ECharts options into a Vaadin element. Loaded at runtime (no bundle build), after
// ECharts itself from its webjar. Keeps one chart instance per element and resizes it with its container.
window.skywayCharts = window.skywayCharts || {
  render(el, option) {
    const dark = document.documentElement.getAttribute('theme') === 'dark';
    if (el.__chart && el.__chartDark !== dark) {
      el.__chart.dispose();
      el.__chart = null;
    }
    if (!el.__chart) {
      el.__chart = window.echarts.init(el, dark ? 'dark' : null, { renderer: 'svg' });
      el.__chartDark = dark;
      new ResizeObserver(() => el.__chart && el.__chart.resize()).observe(el);
    }
    el.__chart.setOption(Object.assign({ backgroundColor: 'transparent' }, option), true);
    el.setAttribute('data-chart-ready', 'true');
  }
};
