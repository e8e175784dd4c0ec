package com.banksegment.spark.commit;

import com.banksegment.spark.LakeFileSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Moves staged outputs over their targets as one step (the only code that replaces lake data):
 * every old target is renamed aside first, then every staged output is renamed in. If any rename
 * is refused, the ones done are undone and every old target restored, so the outputs change
 * together or not at all. Only the death of the process between two renames (milliseconds) can
 * leave them apart; re-running the date repairs that. The old copies are deleted last.
 */
final class PartitionSwap {
  private PartitionSwap() {}

  /** @param stagedToTarget staged folder or file to the target it replaces, in commit order */
  static void replaceTogether(LakeFileSystem files, Map<String, String> stagedToTarget) {
    List<Path[]> setAside = new ArrayList<>();
    List<Path> movedIn = new ArrayList<>();
    String current = null;
    try {
      for (String target : stagedToTarget.values()) {
        current = target;
        FileSystem fs = files.fs(target);
        Path targetPath = new Path(target);
        fs.mkdirs(targetPath.getParent());
        if (fs.exists(targetPath)) {
          Path aside = new Path(target + ".old-" + ProcessHandle.current().pid());
          if (!fs.rename(targetPath, aside)) {
            throw new IOException("rename " + targetPath + " -> " + aside + " refused");
          }
          setAside.add(new Path[] {targetPath, aside});
        }
      }
      for (Map.Entry<String, String> move : stagedToTarget.entrySet()) {
        current = move.getValue();
        Path targetPath = new Path(move.getValue());
        if (!files.fs(move.getValue()).rename(new Path(move.getKey()), targetPath)) {
          throw new IOException("rename " + move.getKey() + " -> " + targetPath + " refused");
        }
        movedIn.add(targetPath);
      }
    } catch (IOException e) {
      undo(files, movedIn, setAside);
      throw new UncheckedIOException("cannot publish " + current + ": " + e.getMessage()
          + "; the previous data is back in place", e);
    }
    for (Path[] old : setAside) {
      files.delete(old[1].toString());
    }
  }

  private static void undo(LakeFileSystem files, List<Path> movedIn, List<Path[]> setAside) {
    for (Path target : movedIn) {
      files.delete(target.toString());
    }
    for (Path[] old : setAside) {
      try {
        files.fs(old[0].toString()).rename(old[1], old[0]);
      } catch (IOException restoreFailed) {
        throw new UncheckedIOException("cannot restore " + old[0] + " from " + old[1]
            + ": move it back by hand", restoreFailed);
      }
    }
  }
}
