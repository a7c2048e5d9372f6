package dev.docket.backends.pbs;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PBS job id as {@code qsub} prints it and {@code qstat -f} shows it: {@code 1234.server}
 * (a job), {@code 1234[].server} (a job array), {@code 1234[7].server} (element 7 of it). These
 * are PBS's own ids, so they are what the submission record keeps and what a restarted client
 * polls and cancels.
 *
 * @param sequence the sequence number, {@code 1234}
 * @param array whether it names a job array or an element of one
 * @param index the element's index; empty for a job or a whole array
 * @param server the server part after the dot, without the dot; may be empty
 */
record PbsJobId(String sequence, boolean array, OptionalInt index, String server) {
  private static final Pattern FORM = Pattern.compile("(\\d+)(\\[(\\d*)])?(?:\\.(.*))?");

  /** Parses {@code text}; throws IllegalArgumentException for anything else. */
  static PbsJobId parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a PBS job id: '" + text + "'");
    }
    boolean array = m.group(2) != null;
    OptionalInt index = array && !m.group(3).isEmpty() ? OptionalInt.of(Integer.parseInt(m.group(3))) : OptionalInt.empty();
    return new PbsJobId(m.group(1), array, index, m.group(4) == null ? "" : m.group(4));
  }

  /** Element {@code i} of this array. */
  PbsJobId element(int i) {
    return new PbsJobId(sequence, true, OptionalInt.of(i), server);
  }

  /** The whole array this element belongs to; the job itself when it is not an element. */
  PbsJobId wholeArray() {
    return array ? new PbsJobId(sequence, true, OptionalInt.empty(), server) : this;
  }

  /**
   * The id without its server part, {@code 1234[7]}: what a job is matched by between
   * {@code qsub}'s answer and {@code qstat}'s, since a site may print the server's short name
   * in one place and its full name in another.
   */
  String key() {
    return sequence + (array ? "[" + (index.isPresent() ? index.getAsInt() : "") + "]" : "");
  }

  @Override
  public String toString() {
    return key() + (server.isEmpty() ? "" : "." + server);
  }
}
