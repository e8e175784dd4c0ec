package com.banksegment.lifetime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the CDNOW sample of src/test/resources/cdnow (see the README there for its source). */
public final class CdnowSample {

    /** One row of cdnow_customers_summary_with_transactions.csv: history plus mean repeat spend. */
    public record CustomerWithSpend(int id, CustomerHistory history, double meanRepeatSpend) {
    }

    private CdnowSample() {
    }

    /** cdnow_customers_summary.csv: ID, frequency, recency, T (weeks). */
    public static List<CustomerHistory> histories() {
        List<CustomerHistory> histories = new ArrayList<>();
        for (String[] row : rows("cdnow_customers_summary.csv")) {
            histories.add(new CustomerHistory(Integer.parseInt(row[1]), Double.parseDouble(row[2]),
                    Double.parseDouble(row[3])));
        }
        return histories;
    }

    /** cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar. */
    public static List<CustomerWithSpend> withSpend() {
        List<CustomerWithSpend> customers = new ArrayList<>();
        for (String[] row : rows("cdnow_customers_summary_with_transactions.csv")) {
            customers.add(new CustomerWithSpend(Integer.parseInt(row[0]),
                    new CustomerHistory(Integer.parseInt(row[1]), Double.parseDouble(row[2]),
                            Double.parseDouble(row[3])),
                    Double.parseDouble(row[4])));
        }
        return customers;
    }

    private static List<String[]> rows(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CdnowSample.class.getResourceAsStream("/cdnow/" + file), file),
                StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
