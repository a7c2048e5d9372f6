package dev.docket.backends.lsf;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.ExtraOptions;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.config.SectionReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    SectionReader section = new SectionReader(config, SECTION)
        .requireKnownKeys(KEYS, "pass any other bsub option with extra");
    List<String> directives = new ArrayList<>();
    String queue = section.checked("queue", NAME, "one LSF queue name, e.g. short");
    if (!queue.isEmpty()) {
      directives.add("-q " + queue);
    }
    String time = section.checked("time", TIME, "bsub's run limit: minutes (90) or hours:minutes (1:30), not 2h");
    if (!time.isEmpty()) {
      directives.add("-W " + time);
    }
    String memory = section.checked("memory", MEMORY,
        "a whole number with a unit, e.g. 4GB or 4000MB (without one LSF_UNIT_FOR_LIMITS applies, KB by default)");
    if (!memory.isEmpty()) {
      // -M limits the job, rusage reserves the memory for scheduling: sites want both.
      directives.add("-M " + memory);
      directives.add("-R \"rusage[mem=" + memory + "]\"");
    }
    String cores = section.checked("cores", Pattern.compile("[1-9][0-9]{0,5}"),
        "a whole number of cores (job slots) per job, at least 1, e.g. 4");
    if (!cores.isEmpty()) {
      directives.add("-n " + cores);
    }
    String project = section.checked("project", NAME, "one LSF project name without blanks or quotes, e.g. cms_higgs");
    if (!project.isEmpty()) {
      directives.add("-P " + project);
    }
    int maxArraySize = DEFAULT_MAX_ARRAY_SIZE;
    String expected = "the cluster's MAX_JOB_ARRAY_SIZE (bparams -a shows it), a whole number from 1 to"
        + " 2147483646, e.g. 10000";
    String size = section.checked("max-array-size", Pattern.compile("[1-9][0-9]{0,9}"), expected);
    if (!size.isEmpty()) {
      long parsed = Long.parseLong(size);
      if (parsed > 2147483646L) {
        throw section.bad("max-array-size", size, expected);
      }
      maxArraySize = (int) parsed;
    }
    Optional<Path> template = Optional.empty();
    String templateName = section.value("job-template");
    if (!templateName.isEmpty()) {
      Path file = section.base().resolve(templateName);
      if (!Files.isRegularFile(file)) {
        throw section.bad("job-template", templateName,
            "a readable file (" + file + " is not one); relative paths start at docket.cfg's directory");
      }
      template = Optional.of(file);
    }
    return new LsfSettings(directives, ExtraOptions.read(section, "bsub", LsfSettings::own), template, maxArraySize);
  }

  /**
   * bsub's options are single words with the value in the next word ({@code -J name}; the
   * {@code -I} family are flags), so an option is refused when a word is exactly one of Docket's.
   */
  private static Optional<String> own(String word) {
    return OWN.contains(word)
        ? Optional.of("bsub options other than " + word + ", which Docket sets itself for its job arrays")
        : Optional.empty();
  }
}
