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
  TTBAR("tt\u0304", new Color(0xE4, 0x25, 0x36), 2500),
  SINGLE_TOP("single top", new Color(0xF8, 0x9C, 0x20), 1200),
  WJETS("W+jets", new Color(0x57, 0x90, 0xFC), 30000),
  DATA("data", Color.BLACK, 0);

  /** The legend's label. */
  final String label;
  /** The fill colour of the stacked histogram. */
  final Color color;
  /** Expected events before any cut at the nominal signal strength; 0 for data. */
  final double expectedEvents;

  Dataset(String label, Color color, double expectedEvents) {
    this.label = label;
    this.color = color;
    this.expectedEvents = expectedEvents;
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
