// Registers the service worker that keeps an offline shell; the app works without it.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/ui/sw.js", { scope: "/ui/" }).catch(() => {});
}

// Draws every <canvas data-chart="line|bar" data-labels="[..]" data-series="[{label, data}]"> once Chart.js is
// loaded (pages that chart add its script), on load and in content htmx swaps in; the figures are also in a table
// on the page, so a chart is never their only copy.
function drawCharts(root) {
  if (typeof Chart === "undefined") return;
  const colours = ["#1ed5a4", "#ffb86b", "#8ab4ff", "#ff8ac2"];
  Chart.defaults.color = "#b4b4c3";
  Chart.defaults.borderColor = "#2d2d3a";
  root.querySelectorAll("canvas[data-chart]:not([data-drawn])").forEach((canvas) => {
    const series = JSON.parse(canvas.dataset.series);
    new Chart(canvas, {
      type: canvas.dataset.chart,
      data: {
        labels: JSON.parse(canvas.dataset.labels),
        datasets: series.map((s, i) => ({ label: s.label, data: s.data, borderColor: colours[i % colours.length],
          backgroundColor: colours[i % colours.length], tension: 0.25, pointRadius: 2, borderRadius: 4, spanGaps: true }))
      },
      options: { maintainAspectRatio: false, animation: false, interaction: { mode: "index", intersect: false },
                 plugins: { legend: { display: series.length > 1 } }, scales: { y: { beginAtZero: true } } }
    });
    canvas.dataset.drawn = "true";
  });
}
document.addEventListener("DOMContentLoaded", () => drawCharts(document));
document.addEventListener("htmx:load", (e) => drawCharts(e.detail.elt));

// Marks the nav link of the page being shown (aria-current), so screen readers and the style say where you are.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("header.top nav a").forEach((a) => {
    if (a.getAttribute("href") === location.pathname) a.setAttribute("aria-current", "page");
  });
});
