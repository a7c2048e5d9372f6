package dev.docket.backends.pbs;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.ExtraOptions;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.config.SectionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code [pbs]} section of {@code docket.cfg}: what a PBS site asks of a job, written as
 * {@code #PBS} lines of the submission script ({@link #directives()}), plus {@code extra}
 * {@code qsub} options and a replacement for the script's template. Values are in PBS's own
 * syntax ({@code walltime = 2:00:00}, {@code select = 1:ncpus=4:mem=4gb}) and checked against
 * it here, before anything is submitted; none may hold a blank, so a {@code #PBS} line cannot be
 * split or extended by a value. An unknown key is bad input, so that a typo ({@code walltme})
 * does not silently give jobs the queue's default limit.
 *
 * @param directives the {@code #PBS} lines, in the order of {@link #KEYS}
 * @param extra {@code qsub} options for the command line, split like a shell would
 * @param template the user's submission-script template ({@code job-template}), if set
 */
record PbsSettings(List<String> directives, List<String> extra, Optional<Path> template) {
  static final String SECTION = "pbs";

  static final List<String> KEYS =
      List.of("queue", "walltime", "select", "resources", "account", "extra", "job-template");

  /** PBS's names: a queue (optionally at a server), a resource list, a duration. */
  private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*(@[A-Za-z0-9_.-]+)?");
  private static final Pattern WALLTIME = Pattern.compile("[0-9]+(:[0-9]{1,2}){0,2}(\\.[0-9]+)?");
  private static final String NAME = "[A-Za-z_][A-Za-z0-9_.]*";
  private static final String VALUE = "[^\\s:+,=#]+";
  private static final Pattern CHUNK =
      Pattern.compile("([0-9]+|([0-9]+:)?" + NAME + "=" + VALUE + "(:" + NAME + "=" + VALUE + ")*)");
  private static final Pattern RESOURCE = Pattern.compile(NAME + "=[^\\s,#]+");
  private static final Pattern ACCOUNT = Pattern.compile("[^\\s#]+");

  /**
   * Options that Docket sets itself, or that would break it: {@code -J} (the arrays), {@code -o},
   * {@code -e}, {@code -j} (the logs), {@code -v} (the job index), {@code -z} (keeps
   * {@code qsub} from printing the id), {@code -I} and {@code -X} (interactive jobs).
   */
  private static final List<Character> OWN = List.of('J', 'o', 'e', 'j', 'v', 'z', 'I', 'X');

  PbsSettings {
    directives = List.copyOf(directives);
    extra = List.copyOf(extra);
  }

  static PbsSettings none() {
    return new PbsSettings(List.of(), List.of(), Optional.empty());
  }

  /**
   * Reads {@code [pbs]}.
   *
   * @throws BadInputException for an unknown key or a bad value, naming it and its line
   */
  static PbsSettings read(DocketConfig config) {
    SectionReader section = new SectionReader(config, SECTION)
        .requireKnownKeys(KEYS, "pass any other qsub option with extra");
    List<String> directives = new ArrayList<>();
    String queue = section.checked("queue", QUEUE, "a queue name, e.g. workq or short@pbs01");
    if (!queue.isEmpty()) {
      directives.add("#PBS -q " + queue);
    }
    String walltime = section.checked("walltime", WALLTIME,
        "PBS's duration: seconds (3600), minutes:seconds or hours:minutes:seconds (2:00:00), not 2h");
    if (!walltime.isEmpty()) {
      directives.add("#PBS -l walltime=" + walltime);
    }
    String select = section.value("select");
    if (!select.isEmpty()) {
      for (String chunk : select.split("\\+", -1)) {
        if (!CHUNK.matcher(chunk).matches() || select.startsWith("select=")) {
          throw section.bad("select", select, "PBS's select syntax, chunks joined by +, each [N:]name=value:..., e.g."
              + " 1:ncpus=4:mem=4gb (without select=)");
        }
      }
      directives.add("#PBS -l select=" + select);
    }
    String resources = section.value("resources");
    if (!resources.isEmpty()) {
      for (String resource : resources.split(",", -1)) {
        if (!RESOURCE.matcher(resource).matches()) {
          throw section.bad("resources", resources, "a comma-separated list of name=value, e.g. mem=4gb,place=scatter");
        }
      }
      directives.add("#PBS -l " + resources);
    }
    String account = section.checked("account", ACCOUNT, "an account (project) name without blanks");
    if (!account.isEmpty()) {
      directives.add("#PBS -A " + account);
    }
    return new PbsSettings(directives, ExtraOptions.read(section, "qsub", PbsSettings::own), section.path("job-template"));
  }

  /**
   * qsub takes single-letter options whose value may follow in the same word ({@code -ofile},
   * {@code -Jn-m}), so an option is refused by its letter; and everything after {@code --} would
   * be the job's command, which Docket writes itself.
   */
  private static Optional<String> own(String word) {
    if (word.equals("--")) {
      return Optional.of("qsub options only: Docket passes the script itself, so no -- and no command");
    }
    if (word.length() >= 2 && word.charAt(0) == '-' && OWN.contains(word.charAt(1))) {
      return Optional.of("qsub options other than -" + word.charAt(1)
          + ", which Docket sets itself for its job arrays and logs (or which would stop it from following the jobs)");
    }
    return Optional.empty();
  }
}
