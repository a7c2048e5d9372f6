package dev.docket.backends.lsf;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.ShellWords;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code [lsf]} section of {@code docket.cfg}: what an LSF site asks of a job, turned into
 * {@code #BSUB} lines of the submission script and {@code bsub} arguments. Values are checked
 * against LSF's syntax here, so that a mistake is refused before the first workflow is planned,
 * not by {@code bsub} half-way through a run; an unknown key is bad input, so that a typo
 * ({@code queu}) does not silently send jobs to the default queue.
 *
 * @param directives the {@code #BSUB} options from {@code queue}, {@code time}, {@code memory},
 *     {@code cores} and {@code project}, one per line, e.g. {@code -q short}
 * @param extra {@code extra}'s words, passed to {@code bsub} as arguments (they override the
 *     script's lines, as LSF documents for the command line)
 * @param template the user's submission-script template ({@code job-template}), if set
 * @param maxArraySize the cluster's {@code MAX_JOB_ARRAY_SIZE}: the highest array index
 *     {@code bsub} accepts ({@code max-array-size}, LSF's default 1000)
 */
record LsfSettings(List<String> directives, List<String> extra, Optional<Path> template, int maxArraySize) {
  static final String SECTION = "lsf";
  static final int DEFAULT_MAX_ARRAY_SIZE = 1000;

  static final List<String> KEYS =
      List.of("queue", "time", "memory", "cores", "project", "max-array-size", "job-template", "extra");

  /** Options that Docket sets itself for its job arrays: {@code extra} must not change them. */
  private static final List<String> OWN =
      List.of("-J", "-o", "-oo", "-e", "-eo", "-cwd", "-K", "-I", "-Ip", "-Is", "-IS", "-ISp", "-ISs", "-IX");

  /** A queue or project name: one word that a {@code #BSUB} line keeps as it is. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:@+/-]+");

  /** bsub's {@code -W}: minutes, or hours:minutes. */
  private static final Pattern TIME = Pattern.compile("[0-9]{1,6}(:[0-5]?[0-9])?");

  /** bsub's {@code -M}: a whole number, with a unit or in the site's LSF_UNIT_FOR_LIMITS. */
  private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]{0,9}([KMGTkmgt][Bb]?)?");

  LsfSettings {
    directives = List.copyOf(directives);
    extra = List.copyOf(extra);
  }

  static LsfSettings none() {
    return new LsfSettings(List.of(), List.of(), Optional.empty(), DEFAULT_MAX_ARRAY_SIZE);
  }

  /**
   * Reads {@code [lsf]}.
   *
   * @throws BadInputException for an unknown key or a bad value, naming it and its line
   */
  static LsfSettings read(DocketConfig config) {
    Map<String, String> section = config.section(SECTION);
    for (String key : section.keySet()) {
      if (!KEYS.contains(key)) {
        throw new BadInputException("unknown key '" + key + "' in section [lsf] of " + config.origin(SECTION, key)
            + " (it has " + String.join(", ", KEYS) + "; pass any other bsub option with extra)");
      }
    }
    List<String> directives = new ArrayList<>();
    String queue = value(section, "queue");
    if (!queue.isEmpty()) {
      directives.add("-q " + checked(config, "queue", queue, NAME, "one LSF queue name, e.g. short"));
    }
    String time = value(section, "time");
    if (!time.isEmpty()) {
      directives.add("-W " + checked(config, "time", time, TIME,
          "bsub's run limit: minutes (90) or hours:minutes (1:30), not 2h"));
    }
    String memory = value(section, "memory");
    if (!memory.isEmpty()) {
      checked(config, "memory", memory, MEMORY,
          "a whole number with a unit, e.g. 4GB or 4000MB (without one LSF_UNIT_FOR_LIMITS applies, KB by default)");
      // -M limits the job, rusage reserves the memory for scheduling: sites want both.
      directives.add("-M " + memory);
      directives.add("-R \"rusage[mem=" + memory + "]\"");
    }
    String cores = value(section, "cores");
    if (!cores.isEmpty()) {
      directives.add("-n " + checked(config, "cores", cores, Pattern.compile("[1-9][0-9]{0,5}"),
          "a whole number of cores (job slots) per job, at least 1, e.g. 4"));
    }
    String project = value(section, "project");
    if (!project.isEmpty()) {
      directives.add("-P " + checked(config, "project", project, NAME,
          "one LSF project name without blanks or quotes, e.g. cms_higgs"));
    }
    int maxArraySize = DEFAULT_MAX_ARRAY_SIZE;
    String size = value(section, "max-array-size");
    if (!size.isEmpty()) {
      String expected = "the cluster's MAX_JOB_ARRAY_SIZE (bparams -a shows it), a whole number from 1 to"
          + " 2147483646, e.g. 10000";
      checked(config, "max-array-size", size, Pattern.compile("[1-9][0-9]{0,9}"), expected);
      long parsed = Long.parseLong(size);
      if (parsed > 2147483646L) {
        throw bad(config, "max-array-size", size, expected);
      }
      maxArraySize = (int) parsed;
    }
    Optional<Path> template = Optional.empty();
    String templateName = value(section, "job-template");
    if (!templateName.isEmpty()) {
      Path base = config.file().map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
      Path file = base.resolve(templateName);
      if (!Files.isRegularFile(file)) {
        throw bad(config, "job-template", templateName,
            "a readable file (" + file + " is not one); relative paths start at docket.cfg's directory");
      }
      template = Optional.of(file);
    }
    return new LsfSettings(directives, extra(config, section.getOrDefault("extra", "")), template, maxArraySize);
  }

  private static List<String> extra(DocketConfig config, String extra) {
    List<String> words;
    try {
      words = ShellWords.split(extra);
    } catch (IllegalArgumentException e) {
      throw bad(config, "extra", extra, "bsub options split like a shell would, but " + e.getMessage());
    }
    for (String word : words) {
      if (OWN.contains(word)) {
        throw bad(config, "extra", extra,
            "bsub options other than " + word + ", which Docket sets itself for its job arrays");
      }
    }
    return words;
  }

  private static String value(Map<String, String> section, String key) {
    return section.getOrDefault(key, "").strip();
  }

  private static String checked(DocketConfig config, String key, String value, Pattern syntax, String expected) {
    if (!syntax.matcher(value).matches()) {
      throw bad(config, key, value, expected);
    }
    return value;
  }

  private static BadInputException bad(DocketConfig config, String key, String value, String expected) {
    return new BadInputException(
        "bad value '" + value + "' for [lsf] " + key + " in " + config.origin(SECTION, key) + ": expected " + expected);
  }
}
