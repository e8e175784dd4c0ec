package com.banksegment.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * Lists the pipeline's stages in order with the main class and the options each accepts, read
 * from the command line's own specification: what the Airflow DAG and deploy scripts check against.
 */
@Command(name = "stages", mixinStandardHelpOptions = true,
    description = "List the pipeline stages in order (--json: with main class and accepted options; model and"
        + " score are alternatives chosen by decide).")
final class StagesCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--json", description = "Print JSON for tools (the DAG tests use it).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    CommandLine root = spec.root().commandLine();
    List<Map<String, Object>> stages = new ArrayList<>();
    for (SuiteStage stage : SuiteStage.values()) {
      CommandLine sub = root.getSubcommands().get(stage.command());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("stage", stage.command());
      entry.put("summary", stage.summary());
      entry.put("mainClass", SegmentCli.class.getName());
      entry.put("options", sub == null ? List.of() : optionNames(sub));
      entry.put("required", sub == null ? List.of() : requiredNames(sub));
      // model and score are alternatives: decide's answer (reports/decide/run_date=D/decision.json) picks one.
      entry.put("chosenBy", stage.chosenByDecide() ? SuiteStage.DECIDE.command() : null);
      stages.add(entry);
    }
    if (json) {
      spec.commandLine().getOut().println(new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("stages", stages)));
    } else {
      int i = 1;
      for (Map<String, Object> s : stages) {
        spec.commandLine().getOut().printf("%d. %-9s %s%n", i++, s.get("stage"), s.get("summary")
            + (s.get("chosenBy") == null ? "" : " (or the other, as " + s.get("chosenBy") + " decides)"));
      }
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static List<String> optionNames(CommandLine cmd) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      names.addAll(List.of(o.names()));
    }
    return names;
  }

  private static List<String> requiredNames(CommandLine cmd) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : cmd.getCommandSpec().requiredArgs().stream()
        .filter(a -> a instanceof OptionSpec).map(a -> (OptionSpec) a).toList()) {
      names.add(o.longestName());
    }
    return names;
  }
}
