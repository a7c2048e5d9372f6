package ${package};

/**
 * A binned Poisson likelihood fit with two parameters: the signal strength mu, which scales the
 * signal, and theta, the jet energy scale in standard deviations (Gaussian constraint), which
 * moves every process between its down, nominal and up templates by linear interpolation:
 *
 * <pre>
 *   expected(b) = sum over processes p of  f_p(mu) * (nominal_p(b) + delta_p(b, theta))
 *   delta_p(b, theta) = theta * (up_p(b) - nominal_p(b))     for theta >= 0
 *                     = theta * (nominal_p(b) - down_p(b))   for theta <  0
 *   -ln L = sum over bins of (expected - observed * ln expected) + theta^2 / 2
 * </pre>
 *
 * Minimised with Newton's method (numerical derivatives, step halving); the uncertainties are
 * the inverse Hessian's, as MINUIT's HESSE would give them.
 */
final class SignalStrengthFit {
  private final Templates templates;
  private final double[] observed;

  SignalStrengthFit(Templates templates) {
    this.templates = templates;
    this.observed = templates.data().sums;
  }

  /** The expected events per bin at (mu, theta). */
  double[] expected(double mu, double theta) {
    double[] expected = new double[observed.length];
    for (Dataset p : templates.processes()) {
      double[] nominal = templates.get(p, Shift.NOMINAL).sums;
      double[] other = templates.get(p, theta >= 0 ? Shift.UP : Shift.DOWN).sums;
      double scale = p.isSignal() ? mu : 1;
      for (int b = 0; b < expected.length; b++) {
        double delta = theta >= 0 ? other[b] - nominal[b] : nominal[b] - other[b];
        expected[b] += scale * Math.max(0, nominal[b] + theta * delta);
      }
    }
    return expected;
  }

  double nll(double mu, double theta) {
    double[] expected = expected(mu, theta);
    double nll = theta * theta / 2;
    for (int b = 0; b < expected.length; b++) {
      double e = Math.max(expected[b], 1e-9);
      nll += e - observed[b] * Math.log(e);
    }
    return nll;
  }

  FitResult fit() {
    double[] x = {1.0, 0.0};
    double f = nll(x[0], x[1]);
    int iteration = 0;
    for (; iteration < 100; iteration++) {
      double[] g = gradient(x);
      double[][] h = hessian(x);
      double[] step = solve(h, g);
      if (step == null || step[0] * g[0] + step[1] * g[1] <= 0) {
        step = new double[] {g[0] * 1e-3, g[1] * 1e-3}; // not convex here: go downhill
      }
      double length = 1;
      double[] next = {x[0] - step[0], x[1] - step[1]};
      double fNext = nll(next[0], next[1]);
      while (fNext > f && length > 1e-6) {
        length /= 2;
        next = new double[] {x[0] - length * step[0], x[1] - length * step[1]};
        fNext = nll(next[0], next[1]);
      }
      boolean converged = Math.abs(f - fNext) < 1e-9 && Math.hypot(step[0], step[1]) * length < 1e-6;
      x = next;
      f = fNext;
      if (converged) {
        break;
      }
    }
    double[][] h = hessian(x);
    double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
    double varMu = h[1][1] / det;
    double varTheta = h[0][0] / det;
    double cov = -h[0][1] / det;
    return new FitResult(
        x[0], Math.sqrt(varMu), x[1], Math.sqrt(varTheta), cov / Math.sqrt(varMu * varTheta), f,
        iteration + 1);
  }

  private static final double H = 1e-4;

  private double[] gradient(double[] x) {
    return new double[] {
      (nll(x[0] + H, x[1]) - nll(x[0] - H, x[1])) / (2 * H),
      (nll(x[0], x[1] + H) - nll(x[0], x[1] - H)) / (2 * H)
    };
  }

  private double[][] hessian(double[] x) {
    double f = nll(x[0], x[1]);
    double hmm = (nll(x[0] + H, x[1]) - 2 * f + nll(x[0] - H, x[1])) / (H * H);
    double htt = (nll(x[0], x[1] + H) - 2 * f + nll(x[0], x[1] - H)) / (H * H);
    double hmt =
        (nll(x[0] + H, x[1] + H) - nll(x[0] + H, x[1] - H) - nll(x[0] - H, x[1] + H)
                + nll(x[0] - H, x[1] - H))
            / (4 * H * H);
    return new double[][] {{hmm, hmt}, {hmt, htt}};
  }

  /** Solves h * s = g for s, or {@code null} when h is not positive definite. */
  private static double[] solve(double[][] h, double[] g) {
    double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
    if (!(h[0][0] > 0 && det > 0)) {
      return null;
    }
    return new double[] {
      (h[1][1] * g[0] - h[0][1] * g[1]) / det, (h[0][0] * g[1] - h[1][0] * g[0]) / det
    };
  }
}
