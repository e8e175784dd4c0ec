package com.banksegment.ui.customer.service;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.ui.customer.domain.CustomerRecord;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.CustomerSegments;
import com.banksegment.ui.lake.service.LakeRow;
import com.banksegment.ui.lake.service.PublishedRuns;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** Finds one customer of the published run by id, in any case. Analysts only: this is customer-level data. */
@Service
public class CustomerLookupService {
  /** The longest customer id looked up; longer input is refused with a message, never cut. */
  public static final int MAX_ID_LENGTH = 64;

  private final PublishedRuns runs;
  private final CustomerSegments customers;

  public CustomerLookupService(PublishedRuns runs, CustomerSegments customers) {
    this.runs = runs;
    this.customers = customers;
  }

  @Secured("ROLE_ANALYST")
  public Optional<CustomerRecord> find(String customerId) {
    String id = customerId == null ? "" : customerId.trim();
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
      return Optional.empty();
    }
    PublishedRun run = runs.current();
    return customers.findIgnoringCase(run, id).map(r -> toRecord(r, run.inputs()));
  }

  /** A customer's row with the model's inputs only (age, balance, gender are null when the source has none). */
  static CustomerRecord toRecord(LakeRow r, List<String> inputs) {
    CustomerInput.Builder b = CustomerInput.forFeatures(inputs);
    for (String input : inputs) {
      if (input.equals("gender")) {
        b.gender(Gender.parse(r.string("gender")));
      } else {
        b.set(input, r.number(input));
      }
    }
    CustomerInput features = b.build();
    return new CustomerRecord(r.string("customer_id"), (int) r.whole("cluster_id"), r.string("segment_name"), features,
        (int) r.whole("r_score"), (int) r.whole("f_score"), (int) r.whole("m_score"), r.string("rfm_score"),
        r.string("rfm_segment"), (int) r.whole("nb_cluster_id"), r.number("nb_probability"));
  }
}
