package dev.docket.runtime.spi.param;

import java.util.Locale;

/**
 * The one grammar of yes-or-no values, wherever a user writes one: a {@code boolean} parameter
 * on the command line or as {@code @Param(defaultValue)}, the switches of {@code docket.cfg}
 * ({@code [core] keep-going}) and the RUN part of {@code --remove-output}. Case and surrounding
 * blanks do not matter.
 */
public final class Booleans {
  /** What a boolean looks like, for messages. */
  public static final String EXPECTED = "true or false";

  private Booleans() {}

  /**
   * {@code true}, {@code yes}, {@code y}, {@code on}, {@code 1}; {@code false}, {@code no},
   * {@code n}, {@code off}, {@code 0}.
   *
   * @throws IllegalArgumentException with {@link #EXPECTED} for anything else
   */
  public static boolean parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "on", "1" -> true;
      case "false", "no", "n", "off", "0" -> false;
      default -> throw new IllegalArgumentException(EXPECTED);
    };
  }
}
