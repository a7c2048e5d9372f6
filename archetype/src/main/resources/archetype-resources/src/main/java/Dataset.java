package ${package};

import java.awt.Color;
import java.util.Locale;

/**
 * The datasets of the analysis: three simulated processes and the (pseudo-)data. Docket
 * writes them as the constants are named ({@code TTBAR}) in task ids, help and messages; the
 * command line and docket.cfg take them in any case ({@code --dataset ttbar}). File names use
 * {@link #fileName()}.
 */
enum Dataset {
  TTBAR("tt\u0304", 0xE42536, 2500),
  SINGLE_TOP("single top", 0xF89C20, 1200),
  WJETS("W+jets", 0x5790FC, 30000),
  DATA("data", 0x000000, 0);

  /** The legend's label. */
  final String label;
  /**
   * The fill colour of the stacked histogram, as RGB: a {@link Color} only when a plot is drawn,
   * since the first one starts AWT (a tenth of the CPU of a run that finds everything complete).
   */
  private final int rgb;
  /** Expected events before any cut at the nominal signal strength; 0 for data. */
  final double expectedEvents;

  Dataset(String label, int rgb, double expectedEvents) {
    this.label = label;
    this.rgb = rgb;
    this.expectedEvents = expectedEvents;
  }

  /** The fill colour of the stacked histogram. */
  Color color() {
    return new Color(rgb);
  }

  boolean isData() {
    return this == DATA;
  }

  /** The signal, whose normalisation the fit measures. */
  boolean isSignal() {
    return this == TTBAR;
  }

  /** How the dataset appears in file names and on the command line. */
  String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
