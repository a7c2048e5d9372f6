package ${package};

import dev.docket.runtime.LocalFileTarget;

/**
 * Where every output of the analysis goes, in one place. Each path contains the version and
 * the parameters that change the content (dataset, chunk, shift, cuts, binning), so that the
 * tasks of a run never share a file, and a new version starts afresh beside the old one. The
 * lists of datasets and shifts are not in the paths (they would make them unreadable): give a
 * new version when you change them, as when you change a task's code.
 */
final class Outputs {
  private Outputs() {}

  static LocalFileTarget chunk(String version, Dataset dataset, int chunk) {
    return LocalFileTarget.of("events", version, dataset.fileName(), "chunk" + chunk + ".csv");
  }

  static LocalFileTarget selected(String version, Dataset dataset, int minJets, int minBtags) {
    return LocalFileTarget.of("selected", version, cuts(minJets, minBtags), dataset.fileName() + ".csv");
  }

  static LocalFileTarget histogram(
      String version, Dataset dataset, Shift shift, int minJets, int minBtags, int bins) {
    return LocalFileTarget.of(
        "histograms", version, cuts(minJets, minBtags) + "_" + bins + "bins",
        dataset.fileName() + "_" + shift.fileName() + ".csv");
  }

  static LocalFileTarget combined(String version, int minJets, int minBtags, int bins) {
    return LocalFileTarget.of("combined", version, cuts(minJets, minBtags) + "_" + bins + "bins", "histograms.csv");
  }

  static LocalFileTarget fit(String version, int minJets, int minBtags, int bins) {
    return LocalFileTarget.of("fit", version, cuts(minJets, minBtags) + "_" + bins + "bins", "signal_strength.txt");
  }

  static LocalFileTarget plot(String version, int minJets, int minBtags, int bins, String extension) {
    return LocalFileTarget.of("plots", version, cuts(minJets, minBtags) + "_" + bins + "bins", "mbjj." + extension);
  }

  /** The cuts as a directory name, e.g. {@code jets4_btags1}. */
  static String cuts(int minJets, int minBtags) {
    return "jets" + minJets + "_btags" + minBtags;
  }
}
