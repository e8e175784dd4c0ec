// Draws every chart of a report page: each <script type="application/json" data-chart-for="ID">
// holds a ChartSpec's Chart.js configuration for the canvas ID. Number formats arrive as names
// under options.bank (functions cannot travel in JSON), as for the web app's <bank-chart>.
(function () {
  Chart.defaults.animation = false;
  Chart.defaults.font.family = '"Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  Chart.defaults.color = '#5b6878';
  Chart.defaults.maintainAspectRatio = false;
  const named = {
    percent: (v) => `${(Number(v) * 100).toFixed(1)} %`,
    inr: (v) => `₹ ${Number(v).toLocaleString('en-IN', { maximumFractionDigits: 0 })}`,
    number: (v) => Number(v).toLocaleString('en-IN', { maximumFractionDigits: 3 }),
  };
  function withBankOptions(config) {
    const bank = config.options.bank || {};
    delete config.options.bank;
    const scales = config.options.scales || {};
    Object.entries(bank.axisFormats || {}).forEach(([axis, name]) => {
      if (scales[axis] && named[name]) {
        scales[axis].ticks = Object.assign(scales[axis].ticks || {}, { callback: (v) => named[name](v) });
      }
    });
    const value = named[bank.tooltipFormat] || named.number;
    const unit = bank.tooltipUnit || '';
    config.options.plugins = config.options.plugins || {};
    config.options.plugins.tooltip = {
      callbacks: {
        label: (item) => {
          const raw = item.raw !== null && typeof item.raw === 'object' ? (item.raw.y ?? item.raw.x) : item.raw;
          return (item.dataset.label ? item.dataset.label + ': ' : ' ') + value(raw) + unit;
        },
      },
    };
    return config;
  }
  document.querySelectorAll('script[data-chart-for]').forEach((json) => {
    const canvas = document.getElementById(json.dataset.chartFor);
    new Chart(canvas, withBankOptions(JSON.parse(json.textContent)));
  });
})();
