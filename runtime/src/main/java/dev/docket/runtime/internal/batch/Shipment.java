package dev.docket.runtime.internal.batch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the jobs of one submission run with, by {@code [job] ship}.
 *
 * <p>Shared: the client's class path, in the client's working directory, reading the very file
 * the client read (absolute, wherever it came from: the working directory or
 * {@code $DOCKET_CONFIG}). Bundle: the files of a {@link Bundle} in the submission directory,
 * named relative to the job's own directory (where a batch system puts what it transfers), and
 * the shipped configuration there.
 *
 * @param command the job's command
 * @param jobDirectory where the job file changes to: the client's working directory (shared)
 *     or {@code .}, the directory the batch system started the job in (bundle)
 * @param startIn the submission's {@code workingDirectory}: for a bundle its directory, so that
 *     a backend that transfers nothing runs the job beside the files
 * @param inputs the files to transfer to the job; empty when shared
 */
record Shipment(JobCommand command, Path jobDirectory, Path startIn, List<Path> inputs) {
  static final String BUNDLE_DIRECTORY = "bundle";

  Shipment {
    inputs = List.copyOf(inputs);
  }

  /** The shipment of a submission in {@code directory}; a bundle is packed there. */
  static Shipment prepare(Shipping shipping, JobCommand client, Path directory, Consumer<String> log)
      throws IOException {
    Path here = Path.of("").toAbsolutePath();
    String java = shipping.java().orElse(client.java());
    if (shipping.mode() == Shipping.Mode.SHARED) {
      Optional<String> config =
          shipping.config().file().map(f -> f.toAbsolutePath().normalize().toString());
      return new Shipment(client.with(java, client.classPath(), config), here, here, List.of());
    }
    Bundle bundle = Bundle.pack(directory.resolve(BUNDLE_DIRECTORY),
        ShippedConfig.text(shipping.config(), shipping.store()), ClassPath.entries(client.classPath(), here));
    if (bundle.written() > 0) {
      long bytes = 0;
      for (Path file : bundle.files()) {
        bytes += file.toFile().length();
      }
      log.accept(String.format(Locale.ROOT,
          "packed the class path and configuration for the jobs ([job] ship = bundle) into %s:"
              + " %d files, %.1f MB, %d new or changed",
          bundle.directory(), bundle.files().size(), bytes / 1e6, bundle.written()));
    }
    JobCommand command =
        client.with(java, String.join(File.pathSeparator, bundle.classPath()), Optional.of(Bundle.CONFIG));
    return new Shipment(command, Path.of("."), bundle.directory(), bundle.files());
  }
}
