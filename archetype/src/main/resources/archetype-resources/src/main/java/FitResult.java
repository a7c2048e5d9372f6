package ${package};

import java.util.Locale;
import java.util.Properties;

/**
 * The result of the signal-strength fit: the signal strength mu and the jet-energy-scale
 * nuisance parameter theta (in standard deviations), their uncertainties and correlation.
 */
record FitResult(
    double mu, double muError, double theta, double thetaError, double correlation,
    double nll, int iterations) {

  /** As a properties file, readable by people and by {@code parse}. */
  String toText() {
    return String.format(
        Locale.ROOT,
        "# Binned maximum-likelihood fit of the signal strength to m_bjj%n"
            + "mu = %.5f%nmu_error = %.5f%ntheta_jes = %.5f%ntheta_jes_error = %.5f%n"
            + "correlation = %.5f%nnll = %.6f%niterations = %d%n",
        mu, muError, theta, thetaError, correlation, nll, iterations);
  }

  static FitResult parse(String text) {
    Properties p = new Properties();
    try {
      p.load(new java.io.StringReader(text));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new FitResult(
        Double.parseDouble(p.getProperty("mu")),
        Double.parseDouble(p.getProperty("mu_error")),
        Double.parseDouble(p.getProperty("theta_jes")),
        Double.parseDouble(p.getProperty("theta_jes_error")),
        Double.parseDouble(p.getProperty("correlation")),
        Double.parseDouble(p.getProperty("nll")),
        Integer.parseInt(p.getProperty("iterations")));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "mu = %.3f +- %.3f, theta_jes = %.2f +- %.2f", mu, muError, theta, thetaError);
  }
}
