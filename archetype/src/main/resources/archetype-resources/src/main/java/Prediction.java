package ${package};

/**
 * What the model predicts per bin for one set of parameter values: each process's expected
 * events (stacked in the plot) and the band of the total, from the systematic shift and the
 * simulation's statistical uncertainty.
 */
record Prediction(double[][] perProcess, double[] total, double[] bandLow, double[] bandHigh) {

  /** Before the fit: mu = 1, theta = 0, and the band of theta = +-1. */
  static Prediction preFit(Templates templates) {
    SignalStrengthFit model = new SignalStrengthFit(templates);
    double[] up = model.expected(1, 1);
    double[] down = model.expected(1, -1);
    double[] nominal = model.expected(1, 0);
    double[] stat = statistical(templates, 1);
    double[] low = new double[nominal.length];
    double[] high = new double[nominal.length];
    for (int b = 0; b < nominal.length; b++) {
      double above = Math.max(Math.max(up[b], down[b]) - nominal[b], 0);
      double below = Math.max(nominal[b] - Math.min(up[b], down[b]), 0);
      high[b] = nominal[b] + Math.hypot(above, stat[b]);
      low[b] = nominal[b] - Math.hypot(below, stat[b]);
    }
    return new Prediction(perProcess(templates, 1, 0), nominal, low, high);
  }

  /** After the fit: the fitted values, and the band of their covariance (linearised). */
  static Prediction postFit(Templates templates, FitResult fit) {
    SignalStrengthFit model = new SignalStrengthFit(templates);
    double[] nominal = model.expected(fit.mu(), fit.theta());
    double h = 1e-3;
    double[] dMu = difference(model.expected(fit.mu() + h, fit.theta()), model.expected(fit.mu() - h, fit.theta()), 2 * h);
    double[] dTheta = difference(model.expected(fit.mu(), fit.theta() + h), model.expected(fit.mu(), fit.theta() - h), 2 * h);
    double[] stat = statistical(templates, fit.mu());
    double covariance = fit.correlation() * fit.muError() * fit.thetaError();
    double[] low = new double[nominal.length];
    double[] high = new double[nominal.length];
    for (int b = 0; b < nominal.length; b++) {
      double variance =
          dMu[b] * dMu[b] * fit.muError() * fit.muError()
              + dTheta[b] * dTheta[b] * fit.thetaError() * fit.thetaError()
              + 2 * dMu[b] * dTheta[b] * covariance
              + stat[b] * stat[b];
      double sigma = Math.sqrt(Math.max(variance, 0));
      low[b] = nominal[b] - sigma;
      high[b] = nominal[b] + sigma;
    }
    return new Prediction(perProcess(templates, fit.mu(), fit.theta()), nominal, low, high);
  }

  private static double[][] perProcess(Templates templates, double mu, double theta) {
    var processes = templates.processes();
    double[][] out = new double[processes.size()][];
    for (int i = 0; i < out.length; i++) {
      Templates single = new Templates();
      for (Shift s : Shift.values()) {
        single.put(processes.get(i), s, templates.get(processes.get(i), s));
      }
      single.put(Dataset.DATA, Shift.NOMINAL, templates.data());
      out[i] = new SignalStrengthFit(single).expected(mu, theta);
    }
    return out;
  }

  private static double[] statistical(Templates templates, double mu) {
    double[] variance = new double[templates.data().bins()];
    for (Dataset p : templates.processes()) {
      double scale = p.isSignal() ? mu : 1;
      double[] squares = templates.get(p, Shift.NOMINAL).squares;
      for (int b = 0; b < variance.length; b++) {
        variance[b] += scale * scale * squares[b];
      }
    }
    for (int b = 0; b < variance.length; b++) {
      variance[b] = Math.sqrt(variance[b]);
    }
    return variance;
  }

  private static double[] difference(double[] a, double[] b, double step) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = (a[i] - b[i]) / step;
    }
    return d;
  }
}
