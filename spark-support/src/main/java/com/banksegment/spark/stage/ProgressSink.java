package com.banksegment.spark.stage;

import java.io.PrintStream;

/** Where the progress lines of every stage go: the console for the CLI, a buffer in tests. */
@FunctionalInterface
public interface ProgressSink {
  void line(String text);

  /** Standard output as it is when a line is printed (tests swap System.out). */
  ProgressSink STANDARD_OUT = text -> {
    System.out.println(text);
    System.out.flush();
  };

  static ProgressSink to(PrintStream out) {
    return text -> {
      out.println(text);
      out.flush();
    };
  }
}
