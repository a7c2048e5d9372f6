package ${package};

import java.util.Locale;

/**
 * One collision event, reduced to what the analysis needs: the numbers of jets and of b-tagged
 * jets, and the mass of the three-jet system with the highest transverse momentum that contains
 * a b-tagged jet (m_bjj, the reconstructed top-quark mass of the Analysis Grand Challenge).
 *
 * @param weight the event's weight: expected events per simulated event; 1 for data
 */
record Event(int jets, int btags, double mbjj, double weight) {
  static final String CSV_HEADER = "jets,btags,mbjj,weight";

  String toCsv() {
    return String.format(Locale.ROOT, "%d,%d,%.3f,%.6g", jets, btags, mbjj, weight);
  }

  /** Parses a line written by {@code toCsv}; {@code where} names it in the error. */
  static Event parse(String line, String where) {
    String[] f = line.split(",");
    try {
      return new Event(
          Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
          Double.parseDouble(f[3]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("malformed event at " + where + ": '" + line + "'", e);
    }
  }
}
