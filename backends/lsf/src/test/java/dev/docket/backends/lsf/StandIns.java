package dev.docket.backends.lsf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The stand-in {@code bsub}, {@code bjobs} and {@code bkill} of {@code src/test/resources/standins}
 * (Python scripts replaying LSF's documented output; LSF cannot be installed here), copied to a
 * test's own directory so that each test has its own job state ({@code <bin>/state}) and knobs.
 */
final class StandIns {
  static final Path SOURCE = Path.of("src", "test", "resources", "standins");

  private StandIns() {}

  /** Copies the stand-ins to {@code bin}; returns it. */
  static Path install(Path bin) throws IOException {
    Files.createDirectories(bin);
    for (String file : List.of("bsub", "bjobs", "bkill", "lsf_standin.py")) {
      Path copy = Files.copy(SOURCE.resolve(file), bin.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      copy.toFile().setExecutable(true);
    }
    Files.createDirectories(bin.resolve("state"));
    return bin;
  }

  /** Sets a knob ({@code PEND_SECONDS}, {@code CLEAN_SECONDS}...) for the stand-ins in {@code bin}. */
  static void knob(Path bin, String name, String value) throws IOException {
    Files.writeString(bin.resolve("state").resolve("knobs"), name + "=" + value + "\n",
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }
}
