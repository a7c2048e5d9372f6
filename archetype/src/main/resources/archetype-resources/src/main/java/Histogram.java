package ${package};

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A one-dimensional histogram with equal bins: sums of weights, and sums of squared weights for
 * the statistical uncertainty. Values outside the range are not counted.
 */
final class Histogram {
  /** The range of m_bjj, in GeV. */
  static final double LOW = 50;
  static final double HIGH = 450;

  final double low;
  final double high;
  final double[] sums;
  final double[] squares;

  Histogram(double low, double high, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
    }
    this.low = low;
    this.high = high;
    this.sums = new double[bins];
    this.squares = new double[bins];
  }

  int bins() {
    return sums.length;
  }

  double width() {
    return (high - low) / bins();
  }

  double lowEdge(int bin) {
    return low + bin * width();
  }

  void fill(double x, double weight) {
    int bin = (int) Math.floor((x - low) / width());
    if (bin < 0 || bin >= bins()) {
      return;
    }
    sums[bin] += weight;
    squares[bin] += weight * weight;
  }

  double total() {
    return Arrays.stream(sums).sum();
  }

  /** One line: {@code low,high,sum0;sum1;...,square0;square1;...}. */
  String toCsv() {
    return String.format(Locale.ROOT, "%s,%s,%s,%s", low, high, join(sums), join(squares));
  }

  static Histogram parse(String csv) {
    String[] f = csv.split(",");
    String[] sums = f[2].split(";");
    String[] squares = f[3].split(";");
    Histogram h = new Histogram(Double.parseDouble(f[0]), Double.parseDouble(f[1]), sums.length);
    for (int i = 0; i < sums.length; i++) {
      h.sums[i] = Double.parseDouble(sums[i]);
      h.squares[i] = Double.parseDouble(squares[i]);
    }
    return h;
  }

  private static String join(double[] values) {
    StringJoiner out = new StringJoiner(";");
    for (double v : values) {
      out.add(String.format(Locale.ROOT, "%.6g", v));
    }
    return out.toString();
  }
}
