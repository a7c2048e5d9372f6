package dev.docket.runtime.spi.coordination;

/**
 * The scheduler's answer to "may this worker run the task now?", once it is final.
 *
 * @param decision run it here, or another worker ran it (done or failed) meanwhile
 * @param detail for the log: which worker, and its message (empty when granted)
 */
public record Claim(Decision decision, String detail) {
  public static final Claim GRANTED = new Claim(Decision.RUN, "");

  public enum Decision {
    /** Run it here. */
    RUN,
    /** Another worker completed it since this run planned it: count it complete. */
    DONE_ELSEWHERE,
    /** Another worker failed it since this run planned it: count it failed here too. */
    FAILED_ELSEWHERE
  }
}
