package ${package};

import java.util.Locale;

/**
 * A systematic shift: the jet energy scale at its nominal value, or one standard deviation up
 * or down. It scales the reconstructed top-quark mass of simulated events.
 */
enum Shift {
  NOMINAL(0),
  UP(1),
  DOWN(-1);

  /** The relative uncertainty of the jet energy scale: 3 %. */
  static final double JET_SCALE_UNCERTAINTY = 0.03;

  /** The shift in standard deviations. */
  final int sigmas;

  Shift(int sigmas) {
    this.sigmas = sigmas;
  }

  /** The factor by which this shift scales jet energies, and so the mass. */
  double jetScale() {
    return 1 + sigmas * JET_SCALE_UNCERTAINTY;
  }

  String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
