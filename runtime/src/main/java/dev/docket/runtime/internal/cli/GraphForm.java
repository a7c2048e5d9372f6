package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.param.Quoting;
import java.util.Locale;

/**
 * {@code --print-graph FORMAT[,families]}: DOT text or SVG drawn by graphviz, one box per task
 * or, with {@code families}, one per family.
 *
 * @param svg whether to draw SVG with graphviz's {@code dot} (else DOT text)
 * @param byFamily whether to collapse each family into one box
 */
record GraphForm(boolean svg, boolean byFamily) {
  static GraphForm of(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length > 2) {
      throw bad(text);
    }
    boolean svg = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
      case "dot" -> false;
      case "svg" -> true;
      default -> throw bad(text);
    };
    if (parts.length == 2 && !parts[1].strip().equalsIgnoreCase("families")) {
      throw bad(text);
    }
    return new GraphForm(svg, parts.length == 2);
  }

  private static BadInputException bad(String text) {
    RunOption option = RunOption.PRINT_GRAPH;
    return new BadInputException("bad value " + Quoting.quote(text) + " for " + option.option()
        + ": expected " + option.expectation());
  }
}
