package com.banksegment.ui.movement.domain;

/**
 * One row of {@code published/segment_migration}: how many customers made one movement between
 * two segments (ids are the stable segment ids; names as each run called them).
 *
 * @param movement stayed, moved, new (only in this run: no from side) or gone (only in the previous run: no to side)
 */
public record Flow(String movement, Integer fromId, String fromName, Integer toId, String toName, long customers) {
  public static final String STAYED = "stayed";
  public static final String MOVED = "moved";
  public static final String NEW = "new";
  public static final String GONE = "gone";

  /** The flow in words: "412 customers moved from Regular savers to Dormant savers". */
  public String sentence(String count) {
    String who = count + (customers == 1 ? " customer" : " customers");
    return switch (movement) {
      case MOVED -> who + " moved from " + fromName + " to " + toName;
      case STAYED -> who + " stayed in " + toName;
      case NEW -> who + " joined " + toName + " as new customers";
      case GONE -> who + " of " + fromName + " are no longer in the run";
      default -> who + " " + movement;
    };
  }
}
