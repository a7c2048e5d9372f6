package ${package};

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A toy model of top-quark pair production and its backgrounds, good enough to make the
 * analysis look like one: jet and b-tag multiplicities per process, and an m_bjj that peaks at
 * the top-quark mass for correctly reconstructed tops and is broad otherwise.
 *
 * <p>The pseudo-data are drawn from the same model with the signal scaled by {@code TRUE_MU}
 * and the jet energy scale shifted by {@code TRUE_JES_SIGMAS} standard deviations: the fit
 * should find them again. Everything is seeded: the same chunk is the same file every time.
 */
final class EventGenerator {
  /** The signal strength of the pseudo-data. */
  static final double TRUE_MU = 1.15;
  /** The jet-energy-scale shift of the pseudo-data, in standard deviations. */
  static final double TRUE_JES_SIGMAS = 0.5;

  private final SplittableRandom random;

  EventGenerator(long seed, Dataset dataset, int chunk) {
    // One independent stream per (seed, dataset, chunk): chunks can run in any order.
    this.random = new SplittableRandom(mix(seed, dataset.ordinal(), chunk));
  }

  /**
   * Generates chunk {@code chunk} of {@code chunks}: for simulation {@code eventsPerChunk}
   * weighted events, for data a Poisson-distributed number of unweighted events.
   */
  void generate(Dataset dataset, int chunks, int eventsPerChunk, Consumer<Event> sink) {
    if (!dataset.isData()) {
      double weight = dataset.expectedEvents / ((double) chunks * eventsPerChunk);
      for (int i = 0; i < eventsPerChunk; i++) {
        sink.accept(simulate(dataset, weight, 1.0));
      }
      return;
    }
    double ttbar = TRUE_MU * Dataset.TTBAR.expectedEvents;
    double singleTop = Dataset.SINGLE_TOP.expectedEvents;
    double total = ttbar + singleTop + Dataset.WJETS.expectedEvents;
    long events = poisson(total / chunks);
    double jetScale = 1 + TRUE_JES_SIGMAS * Shift.JET_SCALE_UNCERTAINTY;
    for (long i = 0; i < events; i++) {
      double u = random.nextDouble() * total;
      Dataset process =
          u < ttbar ? Dataset.TTBAR : u < ttbar + singleTop ? Dataset.SINGLE_TOP : Dataset.WJETS;
      sink.accept(simulate(process, 1.0, jetScale));
    }
  }

  private Event simulate(Dataset process, double weight, double jetScale) {
    int jets;
    int btags;
    double mbjj;
    switch (process) {
      case TTBAR -> {
        jets = Math.max(2, (int) Math.round(gauss(5.0, 1.3)));
        btags = binomial(2, 0.7) + binomial(jets - 2, 0.02);
        mbjj = random.nextDouble() < 0.7 ? gauss(172.5, 14) : 90 + exponential(120);
      }
      case SINGLE_TOP -> {
        jets = Math.max(1, (int) Math.round(gauss(3.0, 1.2)));
        btags = binomial(1, 0.7) + binomial(jets - 1, 0.05);
        mbjj = random.nextDouble() < 0.45 ? gauss(172.5, 20) : 90 + exponential(110);
      }
      case WJETS -> {
        jets = Math.max(0, (int) Math.round(gauss(2.0, 1.3)));
        btags = binomial(jets, 0.04);
        mbjj = 70 + exponential(95);
      }
      default -> throw new IllegalArgumentException("no model for " + process);
    }
    if (jets < 3) {
      mbjj = 0; // no three jets, no mass
    }
    return new Event(jets, btags, mbjj * jetScale, weight);
  }

  private double gauss(double mean, double sigma) {
    // Box-Muller; SplittableRandom has no nextGaussian before Java 17's RandomGenerator.
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return mean + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  private int binomial(int n, double p) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (random.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }

  /** Poisson by inversion for small means, the normal approximation for large ones. */
  private long poisson(double mean) {
    if (mean > 50) {
      return Math.max(0, Math.round(gauss(mean, Math.sqrt(mean))));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    long k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }

  private static long mix(long seed, int dataset, int chunk) {
    long z = seed * 0x9E3779B97F4A7C15L + dataset * 0xBF58476D1CE4E5B9L + chunk * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    return z ^ (z >>> 31);
  }
}
