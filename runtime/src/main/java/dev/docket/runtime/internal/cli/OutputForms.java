package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.param.Booleans;
import dev.docket.runtime.spi.param.Quoting;
import dev.docket.runtime.spi.param.WholeNumbers;
import java.util.List;
import java.util.Locale;

/**
 * The values of the options that look at or clean outputs, in law's comma-separated forms:
 * {@code --print-status DEPTH[,TARGET_DEPTH]}, {@code --print-output DEPTH},
 * {@code --remove-output DEPTH[,MODE[,RUN]]} and {@code --fetch-output DEPTH[,MODE[,DIR]]} (or
 * {@code DEPTH,DIR}). DEPTH is 0 for the task alone, N for N levels of what it requires, -1 for
 * every level. law's task-family patterns in place of DEPTH and its flags for status texts,
 * schemes, unique names and external tasks have no counterpart in Docket: they are refused, with
 * the forms that are accepted ({@link RunOption#expectation()}).
 */
final class OutputForms {
  /** What {@code -1} stands for: deeper than any graph. */
  static final int EVERY_DEPTH = Integer.MAX_VALUE;

  /** MODE of {@code --remove-output} and {@code --fetch-output}. */
  enum Mode {
    /** {@code i}: list, then ask at a terminal. */
    ASK,
    /** {@code a}: without asking. */
    ALL,
    /** {@code d}: list only. */
    DRY
  }

  /** {@code --print-status DEPTH[,TARGET_DEPTH]}: TARGET_DEPTH 1 lists each branch output. */
  record Status(int depth, int targetDepth) {}

  /** {@code --remove-output DEPTH[,MODE[,RUN]]}: RUN runs the task once the outputs are gone. */
  record Removal(int depth, Mode mode, boolean run) {}

  /** {@code --fetch-output DEPTH[,MODE[,DIR]]}; DIR as given, {@code .} when absent. */
  record Fetch(int depth, Mode mode, String dir) {}

  private OutputForms() {}

  static Status status(String text) {
    RunOption option = RunOption.PRINT_STATUS;
    List<String> parts = parts(text, option, 2);
    int depth = depth(parts.get(0), option, text);
    return new Status(depth, parts.size() < 2 ? 0 : depth(parts.get(1), option, text));
  }

  /** {@code --print-output DEPTH}. */
  static int printOutput(String text) {
    return depth(parts(text, RunOption.PRINT_OUTPUT, 1).get(0), RunOption.PRINT_OUTPUT, text);
  }

  static Removal removal(String text) {
    RunOption option = RunOption.REMOVE_OUTPUT;
    List<String> parts = parts(text, option, 3);
    int depth = depth(parts.get(0), option, text);
    Mode mode = parts.size() < 2 ? Mode.ASK : mode(parts.get(1), option, text);
    boolean run = parts.size() == 3 && flag(parts.get(2), option, text);
    return new Removal(depth, mode, run);
  }

  static Fetch fetch(String text) {
    RunOption option = RunOption.FETCH_OUTPUT;
    // DIR is the last value and may itself hold commas.
    int comma = text.indexOf(',');
    int depth = depth((comma < 0 ? text : text.substring(0, comma)).strip(), option, text);
    if (comma < 0) {
      return new Fetch(depth, Mode.ALL, ".");
    }
    String rest = text.substring(comma + 1);
    int next = rest.indexOf(',');
    String second = (next < 0 ? rest : rest.substring(0, next)).strip();
    if (!isMode(second)) {
      return new Fetch(depth, Mode.ALL, dir(rest, text));
    }
    Mode mode = mode(second, option, text);
    return new Fetch(depth, mode, next < 0 ? "." : dir(rest.substring(next + 1), text));
  }

  private static String dir(String given, String text) {
    String dir = given.strip();
    if (dir.isEmpty()) {
      throw bad(RunOption.FETCH_OUTPUT, text);
    }
    return dir;
  }

  /** {@code text} split at its commas, each part stripped; bad input beyond {@code most} parts. */
  private static List<String> parts(String text, RunOption option, int most) {
    List<String> parts = List.of(text.split(",", -1)).stream().map(String::strip).toList();
    if (parts.size() > most) {
      throw bad(option, text);
    }
    return parts;
  }

  /** A whole number as {@link WholeNumbers} reads them: -1 (every level) or more. */
  private static int depth(String part, RunOption option, String text) {
    long value;
    try {
      value = WholeNumbers.parseLong(part);
    } catch (NumberFormatException e) {
      throw bad(option, text);
    }
    if (value < -1 || value > Integer.MAX_VALUE) {
      throw bad(option, text);
    }
    return value == -1 ? EVERY_DEPTH : (int) value;
  }

  private static boolean isMode(String part) {
    return part.length() == 1 && "iad".contains(part.toLowerCase(Locale.ROOT));
  }

  private static Mode mode(String part, RunOption option, String text) {
    return switch (part.toLowerCase(Locale.ROOT)) {
      case "i" -> Mode.ASK;
      case "a" -> Mode.ALL;
      case "d" -> Mode.DRY;
      default -> throw bad(option, text);
    };
  }

  private static boolean flag(String part, RunOption option, String text) {
    try {
      return Booleans.parse(part); // the grammar of boolean parameters and docket.cfg
    } catch (IllegalArgumentException e) {
      throw bad(option, text);
    }
  }

  private static BadInputException bad(RunOption option, String text) {
    return new BadInputException(
        "bad value " + Quoting.quote(text) + " for " + option.option() + ": expected "
            + option.expectation());
  }
}
