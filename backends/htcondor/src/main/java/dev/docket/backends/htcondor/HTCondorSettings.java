package dev.docket.backends.htcondor;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.config.SectionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code [htcondor]} section of {@code docket.cfg}: what a pool asks of a job, turned into
 * submit description lines. Values are in HTCondor's own syntax ({@code request-memory = 2GB},
 * {@code requirements = OpSysAndVer == "AlmaLinux9"}) and checked here where a mistake would only
 * show when the first workflow is submitted; every value is one line, so that none can add a
 * submit command of its own (that is what {@code extra} is for). An unknown key is bad input, so
 * that a typo does not silently drop a request.
 *
 * @param lines the submit lines from the settings, in the order of {@link #KEYS}
 * @param spool submit with {@code condor_submit -spool} and fetch the outputs with
 *     {@code condor_transfer_data} (a submit machine without a file system shared with the jobs)
 * @param logDirectory where HTCondor's event log of the jobs goes; empty for the submission's
 *     {@code logs/}
 * @param writeEventLog false when {@code log-directory = none}
 * @param template a user's submit description template ({@code job-template})
 */
record HTCondorSettings(
    List<String> lines, boolean spool, Optional<Path> logDirectory, boolean writeEventLog,
    Optional<Path> template) {
  static final String SECTION = "htcondor";
  static final String ATTRIBUTE = "attribute.";

  static final List<String> KEYS =
      List.of("universe", "request-cpus", "request-memory", "request-disk", "requirements",
          "accounting-group", ATTRIBUTE + "<Name>", "extra", "spool", "log-directory", "job-template");

  /** The universes a Docket job (a shell script starting a JVM) can run in. */
  private static final List<String> UNIVERSES = List.of("vanilla", "container", "docker", "local", "scheduler");

  /** Submit commands that Docket writes itself: {@code extra} must not change them. */
  private static final List<String> OWN =
      List.of("executable", "arguments", "transfer_executable", "initialdir", "queue", "output", "error",
          "log", "should_transfer_files", "transfer_input_files", "when_to_transfer_output", "batch_name");

  private static final Pattern MEMORY = Pattern.compile("[0-9]+(\\.[0-9]+)?\\s*([KMGTkmgt][Bb]?)?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  HTCondorSettings {
    lines = List.copyOf(lines);
  }

  static HTCondorSettings none() {
    return new HTCondorSettings(List.of("universe = vanilla"), false, Optional.empty(), true, Optional.empty());
  }

  /**
   * Reads {@code [htcondor]}.
   *
   * @throws BadInputException for an unknown key or a bad value, naming it and where it is
   */
  static HTCondorSettings read(DocketConfig config) {
    SectionReader reader = new SectionReader(config, SECTION)
        .requireKnownKeys(KEYS, ATTRIBUTE, "pass any other submit command with extra");
    Map<String, String> section = reader.values();
    for (String key : section.keySet()) {
      String value = section.get(key);
      if ((value.contains("\n") || value.contains("\r")) && !key.equals("extra")) {
        throw reader.bad(key, value, "one line");
      }
    }
    List<String> lines = new ArrayList<>();
    String universe = reader.optional("universe").orElse("vanilla");
    if (!UNIVERSES.contains(universe)) {
      throw reader.bad("universe", universe, "one of " + String.join(", ", UNIVERSES)
          + " (a Docket job is a shell script that starts Java)");
    }
    lines.add("universe = " + universe);
    Optional<String> cpus = reader.optional("request-cpus");
    if (cpus.isPresent()) {
      if (!cpus.get().matches("[1-9][0-9]{0,4}")) {
        throw reader.bad("request-cpus", cpus.get(), "a whole number of CPUs per job, at least 1, e.g. 4");
      }
      lines.add("request_cpus = " + cpus.get());
    }
    for (String key : List.of("request-memory", "request-disk")) {
      Optional<String> size = reader.optional(key);
      if (size.isPresent()) {
        if (!MEMORY.matcher(size.get()).matches()) {
          throw reader.bad(key, size.get(), "a size in HTCondor's units: "
              + (key.equals("request-disk") ? "kilobytes" : "megabytes") + ", or with K, M, G or T, e.g. 2GB");
        }
        lines.add(key.replace('-', '_') + " = " + size.get());
      }
    }
    reader.optional("requirements").ifPresent(v -> lines.add("requirements = " + v));
    reader.optional("accounting-group").ifPresent(v -> {
      if (!v.matches("[A-Za-z0-9_.@-]+")) {
        throw reader.bad("accounting-group", v, "a group name such as group_cms.analysis (letters, digits, _ . @ -)");
      }
      lines.add("accounting_group = " + v);
    });
    for (Map.Entry<String, String> e : section.entrySet()) {
      if (e.getKey().startsWith(ATTRIBUTE)) {
        String name = e.getKey().substring(ATTRIBUTE.length());
        if (!NAME.matcher(name).matches()) {
          throw new BadInputException("bad key '" + e.getKey() + "' in section [htcondor] of "
              + config.origin(SECTION, e.getKey()) + ": expected attribute.<Name> with a ClassAd attribute name"
              + " (letters, digits, _), e.g. attribute.MaxRuntime = 3600");
        }
        if (e.getValue().isBlank()) {
          throw reader.bad(e.getKey(), e.getValue(), "a ClassAd expression, e.g. 3600 or \"cms\"");
        }
        lines.add("+" + name + " = " + e.getValue().strip());
      }
    }
    // Not ExtraOptions (the shell words of sbatch, bsub and qsub): here extra holds lines of the
    // submit description, written into the submit file as they are, one command per line.
    for (String line : section.getOrDefault("extra", "").split("\\R")) {
      String command = line.strip();
      if (command.isEmpty()) {
        continue;
      }
      String name = command.split("[\\s=]", 2)[0].toLowerCase(java.util.Locale.ROOT);
      if (OWN.contains(name)) {
        throw reader.bad("extra", line, "submit commands other than " + name
            + ", which Docket writes itself for its jobs");
      }
      lines.add(command);
    }
    String spool = reader.optional("spool").orElse("false");
    if (!spool.equals("true") && !spool.equals("false")) {
      throw reader.bad("spool", spool, "true (submit with -spool: no file system shared with the jobs) or false");
    }
    // Relative paths are relative to docket.cfg's directory, as for [job] template.
    Path base = reader.base();
    Optional<String> logs = reader.optional("log-directory");
    boolean eventLog = logs.map(v -> !v.equals("none")).orElse(true);
    Optional<Path> logDirectory = logs.filter(v -> !v.equals("none")).map(v -> base.resolve(v));
    Optional<Path> template = reader.path("job-template");
    return new HTCondorSettings(lines, spool.equals("true"), logDirectory, eventLog, template);
  }
}
