package dev.docket.runtime.spi.sandbox;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.ShellWords;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.config.SectionReader;
import java.util.List;

/**
 * A sandbox kind's {@code [sandbox.<kind>]} section as its settings read it: the program to run
 * (a name on PATH or a path) and words to pass it, split as a shell would. A bad value is one
 * message naming the value, the key and its line ({@link SectionReader}'s). Unknown keys are
 * refused by the check of the whole file, through the kind's {@link
 * dev.docket.runtime.spi.config.SettingsSection}.
 */
public final class SandboxSettingsReader {
  private final String kind;
  private final SectionReader section;

  /** {@code [sandbox.<kind>]} of {@code config}; an absent section has no values. */
  public SandboxSettingsReader(DocketConfig config, String kind) {
    this.kind = kind;
    this.section = new SectionReader(config, section(kind));
  }

  /** The section's name: {@code sandbox.<kind>}. */
  public static String section(String kind) {
    return "sandbox." + kind;
  }

  /** {@code executable}, stripped; {@code fallback} (the program's usual name) when not set. */
  public String executable(String fallback) {
    return section.optional("executable").orElse(fallback);
  }

  /**
   * The words of {@code key} (none when not set); unbalanced quotes are bad input expecting
   * {@code <kind> <what>}, e.g. {@code bwrap options} or {@code apptainer exec options}.
   */
  public List<String> words(String key, String what) {
    String value = section.values().getOrDefault(key, "");
    try {
      return ShellWords.split(value);
    } catch (IllegalArgumentException e) {
      throw section.bad(key, value, kind + " " + what + " split like a shell would, but " + e.getMessage());
    }
  }

  /** Bad input naming {@code value} of {@code key} and where it is written, expecting {@code expected}. */
  public BadInputException bad(String key, String value, String expected) {
    return section.bad(key, value, expected);
  }
}
