package com.banksegment.modeling.score;

import com.banksegment.config.DriftSettings;
import com.banksegment.modeling.drift.ServedModelDrift;
import com.banksegment.modeling.prepare.CustomersInput;
import com.banksegment.modeling.served.ServedModel;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.stage.StageContext;
import com.banksegment.spark.stage.StageJob;
import com.banksegment.spark.stage.StageRun;
import java.util.Optional;

/**
 * The decide stage ({@code segment decide --run-date D}): measures D's customers against the served
 * model and applies the {@link RefitPolicy}, then writes the {@link Decision} to
 * {@code reports/decide/run_date=D/decision.json} (staged and committed like every output) for the
 * Airflow DAG's branch, which reads it over WebHDFS; {@code segment run} uses the returned value.
 */
public final class DecideJob extends StageJob<Decision> {
  public static final String STAGE = "decide";

  private final DriftSettings settings;

  public DecideJob(StageContext context) {
    super(STAGE, context);
    this.settings = context.settings().drift();
  }

  @Override
  protected Decision run(StageRun run) {
    CustomersInput.Loaded loaded = CustomersInput.readOnce(run.spark(), run.layout(), run.runDate());
    Optional<ServedModel> served = ServedModel.find(LakeFileSystem.of(run.spark()), run.layout());
    Optional<ServedModelDrift.Result> drift = served.flatMap(s -> run.jobs().run("drift against the served model",
        () -> ServedModelDrift.measure(run.spark(), run.layout(), s, loaded.customers(), settings)));
    Decision decision = RefitPolicy.decide(run.runDate().toString(), settings, loaded.inputs().features(),
        served.map(s -> new RefitPolicy.Served(s.servedRunDate().toString(), s.modelRunDate().toString(),
            s.ageDays(run.runDate()), s.bundle().features())),
        drift.map(d -> new RefitPolicy.Drift(d.level(), d.psi())));
    String folder = run.outputs().folder(run.layout().report(STAGE, run.runDate()));
    LakeFileSystem.of(run.spark()).writeText(folder + "/" + Decision.FILE_NAME, decision.toJson());
    run.outputs().commit();
    run.progress().step(decision.line());
    return decision;
  }
}
