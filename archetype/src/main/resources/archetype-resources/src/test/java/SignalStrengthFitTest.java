package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fit, on hand-made templates: with data equal to a prediction it finds its parameters. */
class SignalStrengthFitTest {
  @Test
  void findsTheSignalStrengthAndShiftOfAnAsimovDataset() {
    Templates templates = templates();
    SignalStrengthFit model = new SignalStrengthFit(templates);
    Histogram data = templates.data();
    double[] expected = model.expected(1.3, -0.4);
    System.arraycopy(expected, 0, data.sums, 0, expected.length);

    FitResult result = new SignalStrengthFit(templates).fit();

    assertEquals(1.3, result.mu(), 1e-3);
    assertEquals(-0.4, result.theta(), 1e-2);
    assertTrue(result.muError() > 0 && result.muError() < 0.5, result.toString());
    assertTrue(result.thetaError() > 0 && result.thetaError() <= 1.0, "constrained: " + result);
    FitResult parsed = FitResult.parse(result.toText());
    assertEquals(result.mu(), parsed.mu(), 1e-5);
    assertEquals(result.thetaError(), parsed.thetaError(), 1e-5);
  }

  /** A peaked signal on a falling background; the shift moves the peak by one bin. */
  private static Templates templates() {
    Templates t = new Templates();
    int bins = 10;
    double[] signal = {5, 20, 80, 200, 120, 40, 10, 5, 2, 1};
    for (Shift shift : Shift.values()) {
      Histogram s = new Histogram(0, 10, bins);
      Histogram b = new Histogram(0, 10, bins);
      for (int i = 0; i < bins; i++) {
        int from = Math.max(0, Math.min(bins - 1, i - shift.sigmas));
        s.fill(i + 0.5, signal[from]);
        b.fill(i + 0.5, 300 * Math.exp(-0.3 * i) * (1 + 0.05 * shift.sigmas));
      }
      t.put(Dataset.TTBAR, shift, s);
      t.put(Dataset.WJETS, shift, b);
    }
    t.put(Dataset.DATA, Shift.NOMINAL, new Histogram(0, 10, bins));
    return t;
  }
}
