package dev.docket.backends.slurm;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.ExtraOptions;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.config.SectionReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code [slurm]} section of {@code docket.cfg}: what every cluster asks of a job, turned
 * into {@code sbatch} options. Values are passed through in Slurm's own syntax ({@code time =
 * 2:00:00}, {@code memory = 4G}), checked against it here; {@code cpus} is a whole number and
 * {@code extra} is split into words like a shell would. An unknown key is bad input, so that a
 * typo ({@code partiton}) does not silently send jobs to the default partition.
 *
 * @param options the sbatch options, in the order of the keys in {@link #KEYS}, then
 *     {@code extra}'s words
 */
record SlurmSettings(List<String> options) {
  static final String SECTION = "slurm";

  /** Key to sbatch option; {@code extra} is handled apart. */
  private static final Map<String, String> OPTIONS =
      Map.of(
          "partition", "--partition",
          "time", "--time",
          "account", "--account",
          "qos", "--qos",
          "memory", "--mem",
          "cpus", "--cpus-per-task");

  static final List<String> KEYS = List.of("partition", "time", "account", "qos", "memory", "cpus", "extra");

  /** Options that Docket sets itself: {@code extra} must not change them. */
  private static final List<String> OWN =
      List.of("--array", "-a", "--output", "-o", "--error", "-e", "--export", "--parsable", "--open-mode", "--chdir", "-D");

  /** sbatch's forms of {@code --time}, as its manual gives them. */
  private static final Pattern TIME =
      Pattern.compile("-1|(?i:unlimited|infinite)|[0-9]+(:[0-9]+){0,2}|[0-9]+-[0-9]+(:[0-9]+){0,2}");

  /** sbatch's {@code --mem}: megabytes, or a whole number with a unit (a B after it is taken). */
  private static final Pattern MEMORY = Pattern.compile("[0-9]+([KMGTkmgt][Bb]?)?");

  SlurmSettings {
    options = List.copyOf(options);
  }

  static SlurmSettings none() {
    return new SlurmSettings(List.of());
  }

  /**
   * Reads {@code [slurm]}.
   *
   * @throws BadInputException for an unknown key or a bad value, naming it and the file
   */
  static SlurmSettings read(DocketConfig config) {
    SectionReader section = new SectionReader(config, SECTION)
        .requireKnownKeys(KEYS, "pass any other sbatch option with extra");
    List<String> options = new ArrayList<>();
    for (String key : KEYS.subList(0, KEYS.size() - 1)) {
      String value = section.value(key);
      if (value.isEmpty()) {
        continue;
      }
      if (key.equals("cpus") && !value.matches("[1-9][0-9]{0,5}")) {
        throw section.bad(key, value, "a whole number of CPUs per job, at least 1, e.g. 4");
      }
      // Checked here: sbatch would refuse them only when the first workflow is submitted.
      if (key.equals("time") && !TIME.matcher(value).matches()) {
        throw section.bad(key, value, "Slurm's time syntax: minutes (30), hours:minutes:seconds"
            + " (2:00:00), days-hours (1-12), days-hours:minutes:seconds (1-12:00:00) or"
            + " UNLIMITED (not 2h)");
      }
      if (key.equals("memory") && !MEMORY.matcher(value).matches()) {
        throw section.bad(key, value, "a whole number of megabytes, or with K, M, G or T, e.g."
            + " 4000 or 4G");
      }
      options.add(OPTIONS.get(key) + "=" + value);
    }
    // sbatch takes an option's value after '=' (--output=x) or as the next word (-o x), so the
    // option of a word is its part before any '='.
    options.addAll(ExtraOptions.read(section, "sbatch", word -> {
      String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      return OWN.contains(option)
          ? Optional.of("sbatch options other than " + option + ", which Docket sets itself for its job arrays")
          : Optional.empty();
    }));
    return new SlurmSettings(options);
  }
}
