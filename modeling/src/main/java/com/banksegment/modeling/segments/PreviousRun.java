package com.banksegment.modeling.segments;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFileSystem;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The latest model run before a date whose bundle can be read: the reference for stable ids. */
public final class PreviousRun {
  private PreviousRun() {}

  public record Found(RunDate runDate, ModelBundle bundle) {}

  public static Optional<Found> before(LakeFileSystem files, LakeLayout layout, RunDate runDate) {
    FileSystem fs = files.fs(layout.models());
    RunDate best = null;
    try {
      for (FileStatus s : fs.listStatus(new Path(layout.models()))) {
        String name = s.getPath().getName();
        if (!s.isDirectory() || !name.matches("run_date=\\d{4}-\\d{2}-\\d{2}")) {
          continue;
        }
        RunDate d = RunDate.parse(name.substring("run_date=".length()));
        boolean hasBundle = fs.exists(new Path(s.getPath(), ModelBundle.FILE_NAME));
        if (d.compareTo(runDate) < 0 && hasBundle && (best == null || d.compareTo(best) > 0)) {
          best = d;
        }
      }
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + layout.models(), e);
    }
    if (best == null) {
      return Optional.empty();
    }
    String json = files.readText(layout.modelDir(best) + "/" + ModelBundle.FILE_NAME);
    return Optional.of(new Found(best, ModelBundle.fromJson(json)));
  }
}
