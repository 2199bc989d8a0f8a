// Draws a bar chart above every table marked data-chart, from the table itself: its rows are the bars, its
// columns the stacked series. The table stays as the chart's text alternative (the canvas is hidden from screen
// readers). No inline script: the CSP allows only this file and uPlot, both served by the node.
(() => {
  const palette = ["#0b4f8a", "#1d6b35", "#7a4d00", "#a3211a", "#5b3f8c", "#00727a", "#8a5a0b", "#4a5565"];

  function read(table) {
    const series = [...table.querySelectorAll("thead th")].slice(1).map((th) => th.textContent.trim());
    const rows = [...table.querySelectorAll("tbody tr")].filter((tr) => tr.querySelector("th") && tr.querySelector("td"));
    const labels = rows.map((tr) => tr.querySelector("th").textContent.trim());
    const values = series.map((_, s) => rows.map((tr) => {
      const cell = tr.querySelectorAll("td")[s];
      return Number(cell && (cell.dataset.value ?? cell.textContent)) || 0;
    }));
    return { labels, series, values };
  }

  // uPlot draws series in order, each over the last: series s holds the sum of columns s..n, so the visible
  // band of each is its own column (stacking without a plugin); the legend shows the column's own value.
  function draw(table) {
    if (table.dataset.charted || typeof uPlot === "undefined") return;
    const { labels, series, values } = read(table);
    if (labels.length === 0) return;
    table.dataset.charted = "true";
    const stacked = values.map((_, s) => labels.map((_, i) => values.slice(s).reduce((sum, col) => sum + col[i], 0)));
    const box = document.createElement("div");
    box.className = "chart";
    box.setAttribute("aria-hidden", "true");
    table.closest(".table-wrap, table").before(box);
    const bars = uPlot.paths.bars({ size: [0.6, 48] });
    new uPlot({
      width: Math.max(240, box.clientWidth || 320),
      height: 180,
      scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
      axes: [{ values: (u, ticks) => ticks.map((t) => labels[t] ?? ""), splits: () => labels.map((_, i) => i) }, {}],
      legend: { show: series.length > 1 },
      series: [{ label: "" }].concat(series.map((label, s) => ({
        label, fill: palette[s % palette.length], stroke: palette[s % palette.length], paths: bars, points: { show: false },
        value: (u, v, si, i) => (i == null ? "" : values[s][i]),
      }))),
    }, [labels.map((_, i) => i)].concat(stacked), box);
  }

  function drawAll(root) {
    root.querySelectorAll("table[data-chart]").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", () => drawAll(document));
  // A refreshed card replaces its table (outerHTML), so look again over the page; drawn tables are skipped.
  document.addEventListener("htmx:afterSettle", () => drawAll(document));
})();
