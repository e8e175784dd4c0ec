package com.banksegment.ui.predict.ui;

import com.banksegment.ui.predict.domain.CustomerForm;
import com.banksegment.ui.predict.domain.TransactionLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A short list of past transactions (date and amount), each row validated by its own binder:
 * a date not after the as-of day and an amount of at least 0.
 */
public class TransactionsEditor extends Div {
  private final List<Row> rows = new ArrayList<>();
  private final Div list = new Div();
  private final Button add = new Button("Add transaction", VaadinIcon.PLUS.create());
  private final Span message = new Span();
  private final Supplier<LocalDate> asOf;
  private final Runnable onChange;

  /** One editable row. */
  final class Row extends Div {
    final TransactionLine line = new TransactionLine();
    final Binder<TransactionLine> binder = new Binder<>(TransactionLine.class);
    final DatePicker date = new DatePicker("Date");
    final NumberField amount = new NumberField("Amount (INR)");

    Row(LocalDate initialDate, Double initialAmount) {
      addClassName("transaction-row");
      amount.setPrefixComponent(new Span("₹"));
      date.setLocale(PredictView.INDIA);
      binder.forField(date).asRequired("Enter the date of the transaction")
          .withValidator(d -> asOf.get() == null || !d.isAfter(asOf.get()), "The date cannot be after the as-of day")
          .bind(TransactionLine::getDate, TransactionLine::setDate);
      binder.forField(amount).asRequired("Enter the amount")
          .withValidator(a -> a >= 0, "The amount cannot be negative")
          .bind(TransactionLine::getAmount, TransactionLine::setAmount);
      binder.setBean(line);
      date.setValue(initialDate);
      amount.setValue(initialAmount);
      binder.addValueChangeListener(e -> onChange.run());
      Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(this));
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      remove.setAriaLabel("Remove transaction");
      getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
      add(date, amount, remove);
    }
  }

  public TransactionsEditor(Supplier<LocalDate> asOf, Runnable onChange) {
    this.asOf = asOf;
    this.onChange = onChange;
    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add.addClickListener(e -> addRow(asOf.get() == null ? null : asOf.get().minusDays(1), null));
    message.addClassName("error-text");
    add(list, add, message);
  }

  public Row addRow(LocalDate date, Double amount) {
    Row row = new Row(date, amount);
    rows.add(row);
    list.add(row);
    add.setEnabled(rows.size() < CustomerForm.MAX_TRANSACTIONS);
    onChange.run();
    return row;
  }

  private void remove(Row row) {
    rows.remove(row);
    list.remove(row);
    add.setEnabled(true);
    onChange.run();
  }

  /** Validates every row and the count; shows the first problem under the list. */
  public boolean validate() {
    boolean ok = true;
    for (Row r : rows) {
      ok &= r.binder.validate().isOk();
    }
    if (rows.isEmpty()) {
      message.setText("Add at least one transaction");
      return false;
    }
    message.setText(ok ? "" : "Correct the highlighted transactions");
    return ok;
  }

  public List<TransactionLine> lines() {
    return rows.stream().map(r -> r.line).toList();
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  public String message() {
    return message.getText();
  }
}
