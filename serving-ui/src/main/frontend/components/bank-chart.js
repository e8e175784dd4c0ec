// <bank-chart>: a thin custom element over Chart.js. The server sets one property, `config`,
// a Chart.js configuration as JSON text; functions cannot travel in JSON, so the element adds
// the few formatters the suite needs, named by `options.bank.format` ("percent", "inr", "number").
import Chart from 'chart.js/auto';

const formatters = {
  percent: (v) => `${(Number(v) * 100).toFixed(1)} %`,
  inr: (v) => `₹ ${Number(v).toLocaleString('en-IN', { maximumFractionDigits: 0 })}`,
  number: (v) => Number(v).toLocaleString('en-IN', { maximumFractionDigits: 3 }),
};

function applyFormats(config) {
  const bank = (config.options && config.options.bank) || {};
  const scales = (config.options && config.options.scales) || {};
  for (const [axis, format] of Object.entries(bank.axisFormats || {})) {
    const f = formatters[format];
    if (f && scales[axis]) {
      scales[axis].ticks = { ...(scales[axis].ticks || {}), callback: (value) => f(value) };
    }
  }
  const tooltipFormat = formatters[bank.tooltipFormat];
  if (tooltipFormat) {
    config.options.plugins = config.options.plugins || {};
    config.options.plugins.tooltip = config.options.plugins.tooltip || {};
    config.options.plugins.tooltip.callbacks = {
      label: (ctx) => {
        const raw = ctx.raw;
        const value = raw !== null && typeof raw === 'object' ? (raw.y ?? raw.x) : raw;
        const label = ctx.dataset.label ? `${ctx.dataset.label}: ` : '';
        return `${label}${tooltipFormat(value)}`;
      },
    };
  }
  if (config.options) {
    delete config.options.bank;
  }
  return config;
}

class BankChart extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this._chart = null;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;position:relative;min-height:200px}'
      + 'div{position:absolute;inset:0}</style><div><canvas role="img"></canvas></div>';
    this._canvas = root.querySelector('canvas');
  }

  // Vaadin may set the property before the element is defined: re-run it through the setter.
  connectedCallback() {
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  set config(value) {
    this._config = value;
    this._render();
  }

  get config() {
    return this._config;
  }

  _render() {
    if (!this.isConnected || !this._config) {
      return;
    }
    const config = applyFormats(JSON.parse(this._config));
    config.options = { responsive: true, maintainAspectRatio: false, ...(config.options || {}) };
    if (this._chart) {
      this._chart.destroy();
    }
    this._canvas.setAttribute('aria-label', this.getAttribute('aria-label') || 'chart');
    this._chart = new Chart(this._canvas, config);
  }
}

if (!customElements.get('bank-chart')) {
  customElements.define('bank-chart', BankChart);
}
