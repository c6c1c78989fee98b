// The Board dashboard's charts: the figures come from the page (data-charts), drawn with Chart.js, no animation so
// that what is printed is what is on screen.
(function () {
  var holder = document.getElementById('dashboard-charts');
  if (!holder || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-charts'));
  var colours = ['#1d5fa8', '#2e8b57', '#c8811a', '#8a3fa0', '#b03a48', '#4a7f8c', '#6b8e23', '#d2691e'];
  var charts = [];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var s = data[canvas.getAttribute('data-chart')];
    if (!s) {
      return;
    }
    var doughnut = s.kind === 'doughnut';
    charts.push(new Chart(canvas, {
      type: s.kind,
      data: {
        labels: s.labels,
        datasets: [{
          label: s.title,
          data: s.values,
          backgroundColor: doughnut ? colours : colours[0],
          borderColor: colours[0],
          tension: 0.2
        }]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: s.kind === 'bar' ? 'y' : 'x',
        plugins: { legend: { display: doughnut, position: 'right' }, title: { display: true, text: s.title } }
      }
    }));
  });
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
