// Draws the "Your year" top-artists bar chart from the canvas's data attributes (no inline script on the page).
document.addEventListener("DOMContentLoaded", () => {
  const canvas = document.getElementById("artists-chart");
  if (!canvas || typeof Chart === "undefined") return;
  const labels = JSON.parse(canvas.dataset.labels), values = JSON.parse(canvas.dataset.values);
  Chart.defaults.color = "#b4b4c3";
  Chart.defaults.borderColor = "#2d2d3a";
  new Chart(canvas, {
    type: "bar",
    data: { labels, datasets: [{ label: "plays", data: values, backgroundColor: "#1ed5a4", borderRadius: 6 }] },
    options: { indexAxis: "y", maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } }
  });
  canvas.dataset.drawn = "true";
});
