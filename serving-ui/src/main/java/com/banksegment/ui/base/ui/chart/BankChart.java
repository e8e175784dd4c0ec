package com.banksegment.ui.base.ui.chart;

import com.banksegment.charts.ChartJs;
import com.banksegment.charts.ChartSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn by Chart.js (MIT, from npm) in the browser. The server only sends the
 * configuration ({@link ChartSpec#toJson()}) as the element's {@code config} property.
 */
@Tag("bank-chart")
@NpmPackage(value = "chart.js", version = ChartJs.VERSION)
@JsModule("./components/bank-chart.js")
public class BankChart extends Component implements HasSize, HasStyle {
  private ChartSpec spec;

  public BankChart(ChartSpec spec, String description) {
    getElement().setAttribute("aria-label", description);
    setWidthFull();
    setHeight("320px");
    setSpec(spec);
  }

  public final void setSpec(ChartSpec spec) {
    this.spec = spec;
    getElement().setProperty("config", spec.toJson());
  }

  public ChartSpec spec() {
    return spec;
  }
}
