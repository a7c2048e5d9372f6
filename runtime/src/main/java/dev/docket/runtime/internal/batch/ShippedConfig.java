package dev.docket.runtime.internal.batch;

import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The configuration a bundle carries: the file the client read as it is written (the job
 * expands its {@code ${env:...}} references in its own environment, as law's jobs read the
 * config they are shipped), except for {@code [core] store}, which becomes the client's store
 * as an absolute path. Relative to the shipped file it would be the job's scratch directory,
 * whose outputs nobody collects; absolute, a job on a machine that mounts the store (or the
 * machine itself) writes where the client looks. Where the client's store does not exist,
 * {@code [job] store} names another (relative: to the job's directory).
 */
final class ShippedConfig {
  private ShippedConfig() {}

  static byte[] text(DocketConfig config) throws IOException {
    return text(config, Optional.empty());
  }

  /** The text, with {@code store} ({@code [job] store}, as written) for the store when given. */
  static byte[] text(DocketConfig config, Optional<String> jobStore) throws IOException {
    // [job] store is written for the job to expand: $${env:X} in the client's file is ${env:X} there.
    String store = "store = " + jobStore.map(ShippedConfig::quote)
        .orElseGet(() -> quoted(config.store().toAbsolutePath().normalize().toString()));
    if (config.file().isEmpty()) {
      return ("# written by docket for jobs: the client read no docket.cfg\n[core]\n" + store + "\n")
          .getBytes(StandardCharsets.UTF_8);
    }
    List<String> lines = new ArrayList<>(Files.readString(config.file().get()).lines().toList());
    OptionalInt line = config.line("core", "store");
    Integer header = config.lines().headers().get("core");
    if (line.isPresent()) {
      lines.set(line.getAsInt() - 1, store);
    } else if (header != null) {
      lines.add(header, store);
    } else {
      lines.add("[core]");
      lines.add(store);
    }
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A value in double quotes, read back as it is: {@code ;} and {@code #} inside are no
   * comment, {@code "} is escaped for the INI reader (which takes any other backslash as it is)
   * and {@code $} for docket's {@code ${...}} references.
   */
  static String quoted(String value) {
    return quote(value.replace("$", "$$"));
  }

  private static String quote(String value) {
    return "\"" + value.replace("\"", "\\\"") + "\"";
  }
}
