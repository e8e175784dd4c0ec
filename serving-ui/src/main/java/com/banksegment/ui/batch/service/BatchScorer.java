package com.banksegment.ui.batch.service;

import static com.banksegment.ui.batch.domain.BatchColumns.AGE;
import static com.banksegment.ui.batch.domain.BatchColumns.BALANCE;
import static com.banksegment.ui.batch.domain.BatchColumns.DATE_OF_BIRTH;
import static com.banksegment.ui.batch.domain.BatchColumns.FREQUENCY;
import static com.banksegment.ui.batch.domain.BatchColumns.GENDER;
import static com.banksegment.ui.batch.domain.BatchColumns.MONETARY;
import static com.banksegment.ui.batch.domain.BatchColumns.RECENCY_DAYS;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Explainer;
import com.banksegment.scorer.Explanation;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.InputProblem;
import com.banksegment.scorer.InvalidCustomerException;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.scorer.Scorer;
import com.banksegment.ui.batch.domain.BatchColumns;
import com.banksegment.ui.batch.domain.BatchSummary;
import com.banksegment.ui.batch.domain.UploadRejectedException;
import com.banksegment.ui.export.service.CsvStream;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Scores a CSV of customers row by row, streaming: every input row is written back, with its
 * segment or with the reason it could not be scored. Whole-file problems (no header, a required
 * column missing) refuse the file with one message naming the columns.
 */
public final class BatchScorer {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();
  public static final int PREVIEW_ROWS = 10;

  private final Scorer scorer;
  private final Explainer explainer;
  private final LocalDate ageReference;

  /** @param ageReference the day ages are counted to for rows that give a date of birth */
  public BatchScorer(Scorer scorer, LocalDate ageReference) {
    this.scorer = scorer;
    this.explainer = new Explainer(scorer.bundle());
    this.ageReference = ageReference;
  }

  public BatchSummary score(Reader in, Writer out) throws IOException {
    long start = System.nanoTime();
    // Output cells go through CsvStream: quoted only where needed, formulas neutralised (CsvCells).
    try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(in);
        CsvStream writer = new CsvStream(out)) {
      if (!hasNext(rows)) {
        throw new UploadRejectedException("The file is empty: expected a header row and at least one customer.");
      }
      String[] header = next(rows);
      Columns columns = Columns.of(header, scorer.bundle().features());
      List<String> outHeader = new ArrayList<>(Arrays.asList(header));
      outHeader.addAll(BatchColumns.RESULT);
      writer.row(outHeader);
      List<List<String>> preview = new ArrayList<>();
      long total = 0;
      long scored = 0;
      while (hasNext(rows)) {
        String[] row = next(rows);
        String[] result = scoreRow(row, columns, header.length);
        String[] line = Arrays.copyOf(row, header.length + result.length);
        System.arraycopy(result, 0, line, header.length, result.length);
        for (int i = row.length; i < header.length; i++) {
          line[i] = "";
        }
        writer.row(line);
        total++;
        if (result[result.length - 1].isEmpty()) { // the error column, always last
          scored++;
        }
        if (preview.size() < PREVIEW_ROWS) {
          preview.add(List.of(line));
        }
      }
      if (total == 0) {
        throw new UploadRejectedException("The file has a header but no customers: expected at least one data row.");
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new BatchSummary(total, scored, total - scored, millis, List.copyOf(outHeader), List.copyOf(preview));
    }
  }

  /**
   * The next row, or a refusal in plain words that names the line and column: the parser's own
   * message (Jackson's internals) never reaches the user.
   */
  private static boolean hasNext(MappingIterator<String[]> rows) {
    return parsing(rows, rows::hasNext);
  }

  private static String[] next(MappingIterator<String[]> rows) {
    return parsing(rows, rows::next);
  }

  private static <T> T parsing(MappingIterator<String[]> rows, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (UploadRejectedException e) {
      throw e;
    } catch (RuntimeException e) {
      if (e instanceof RuntimeJsonMappingException || e.getCause() instanceof JsonProcessingException) {
        JsonLocation at = e.getCause() instanceof JsonProcessingException p && p.getLocation() != null
            ? p.getLocation() : rows.getCurrentLocation();
        throw new UploadRejectedException(String.format(Locale.ROOT, "The file is not valid CSV at line %d, column %d: "
            + "a value with a comma, a quote or a line break must be in double quotes, with every quote inside it "
            + "doubled (\"like \"\"this\"\"\"). Correct that line and upload the file again.",
            at.getLineNr(), at.getColumnNr()));
      }
      throw e;
    }
  }

  /** The result columns of {@link BatchColumns#RESULT}. */
  private String[] scoreRow(String[] row, Columns c, int width) {
    List<String> problems = new ArrayList<>();
    if (row.length != width) {
      return failed("expected " + width + " columns like the header, found " + row.length);
    }
    // Only the model's inputs are read: a column of another (age for a model of RFM only) comes back as it is.
    CustomerInput.Builder b = CustomerInput.forFeatures(c.inputs);
    if (c.inputs.contains(AGE)) {
      b.set(AGE, c.age >= 0 && !row[c.age].isBlank() ? number(row, c.age, AGE, problems) : ageFromBirth(row, c, problems));
    }
    if (c.inputs.contains(BALANCE)) {
      b.set(BALANCE, number(row, c.balance, BALANCE, problems));
    }
    b.set(RECENCY_DAYS, number(row, c.recency, RECENCY_DAYS, problems));
    b.set(FREQUENCY, number(row, c.frequency, FREQUENCY, problems));
    b.set(MONETARY, number(row, c.monetary, MONETARY, problems));
    if (c.inputs.contains(GENDER)) {
      try {
        b.gender(Gender.parse(row[c.gender]));
      } catch (InvalidCustomerException e) {
        problems.add(GENDER + " = " + row[c.gender].trim() + ": expected M, F or U (unknown)");
      }
    }
    if (!problems.isEmpty()) {
      return failed(String.join("; ", problems));
    }
    CustomerInput input = b.build();
    if (!input.isValid()) {
      return failed(input.problems().stream().map(InputProblem::describe).collect(Collectors.joining("; ")));
    }
    ScoreResult r = scorer.score(input);
    Explanation why = explainer.explain(r);
    return new String[] {String.valueOf(r.clusterId()), r.clusterName(),
        String.format(Locale.ROOT, "%.4f", r.probabilityOf(r.clusterId())), r.action(),
        why.runnerUpId() < 0 ? "" : String.valueOf(why.runnerUpId()), why.runnerUpName() == null ? "" : why.runnerUpName(),
        why.reasonsText(), ""};
  }

  private double ageFromBirth(String[] row, Columns c, List<String> problems) {
    if (c.dateOfBirth < 0 || row[c.dateOfBirth].isBlank()) {
      problems.add("age is empty: give age or date_of_birth");
      return Double.NaN;
    }
    String text = row[c.dateOfBirth].trim();
    try {
      LocalDate dob = LocalDate.parse(text);
      if (dob.isAfter(ageReference)) {
        problems.add(DATE_OF_BIRTH + " = " + text + ": expected a date not after " + ageReference);
        return Double.NaN;
      }
      return Period.between(dob, ageReference).getYears();
    } catch (DateTimeParseException e) {
      problems.add(DATE_OF_BIRTH + " = " + text + ": expected a date YYYY-MM-DD");
      return Double.NaN;
    }
  }

  private static double number(String[] row, int index, String name, List<String> problems) {
    String text = row[index].trim();
    if (text.isEmpty()) {
      problems.add(name + " is empty: expected a number");
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(name + " = " + text + ": expected a number");
    return Double.NaN;
  }

  private static String[] failed(String error) {
    String[] cells = new String[BatchColumns.RESULT.size()];
    Arrays.fill(cells, "");
    cells[cells.length - 1] = error;
    return cells;
  }

  /** The model's inputs and where each known column is in the header (-1: absent). */
  private record Columns(List<String> inputs, int age, int dateOfBirth, int gender, int balance, int recency,
      int frequency, int monetary) {
    static Columns of(String[] header, List<String> inputs) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < header.length; i++) {
        String h = header[i].replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
        names.add(h);
      }
      if (names.size() == 1 && names.get(0).contains(";")) {
        throw new UploadRejectedException("The header is separated by semicolons: expected comma-separated values.");
      }
      List<String> missing = new ArrayList<>();
      List<String> required = BatchColumns.required(inputs);
      for (String column : required) {
        if (!names.contains(column)) {
          missing.add(column);
        }
      }
      boolean age = inputs.contains(AGE);
      if (age && !names.contains(AGE) && !names.contains(DATE_OF_BIRTH)) {
        missing.add(AGE + " (or " + DATE_OF_BIRTH + ")");
      }
      if (!missing.isEmpty()) {
        throw new UploadRejectedException("The header lacks the column" + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing) + ": expected " + String.join(", ", required)
            + (age ? " and age or date_of_birth" : "") + " (found " + String.join(", ", names) + ").");
      }
      return new Columns(inputs, names.indexOf(AGE), names.indexOf(DATE_OF_BIRTH), names.indexOf(GENDER),
          names.indexOf(BALANCE), names.indexOf(RECENCY_DAYS), names.indexOf(FREQUENCY), names.indexOf(MONETARY));
    }
  }
}
