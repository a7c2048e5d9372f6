package dev.docket.runtime.spi.batch;

import dev.docket.runtime.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the job file (a POSIX shell script) of a workflow from a template with
 * {@code {{placeholders}}}: {@code task} (the workflow, for a comment), {@code job_index} (the
 * backend's expression for the job's index), {@code branch_cases} (one {@code case} arm per job
 * setting {@code branches}), {@code workdir} and {@code command} (the generated main with the
 * workflow's parameters and {@code --workflow local}), the last two quoted word by word.
 */
public final class JobFile {
  static final String DEFAULT_TEMPLATE = "job.sh.template";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
  private static final List<String> NAMES =
      List.of("task", "job_index", "branch_cases", "workdir", "command");

  private JobFile() {}

  /** The template text: the configured file, else Docket's default. */
  public static String template(Optional<Path> file) {
    if (file.isPresent()) {
      try {
        return Files.readString(file.get());
      } catch (IOException e) {
        throw new BadInputException(
            "cannot read the job template " + file.get() + " named in [job] of docket.cfg: " + e.getMessage());
      }
    }
    try (InputStream in = JobFile.class.getResourceAsStream(DEFAULT_TEMPLATE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Docket's default job template is missing", e);
    }
  }

  /**
   * The job file's text.
   *
   * @param jobs job index to its branches, in {@code --branches} form (e.g. {@code 4:6})
   */
  public static String render(
      String template, String task, String jobIndexExpression, Map<Integer, String> jobs,
      Path workdir, List<String> command) {
    StringBuilder cases = new StringBuilder();
    jobs.forEach(
        (index, branches) ->
            cases.append("  ").append(index).append(") branches=")
                .append(ShellQuote.quote(branches)).append(" ;;\n"));
    Map<String, String> values =
        Map.of(
            "task", ShellQuote.commentText(task),
            "job_index", jobIndexExpression,
            "branch_cases", cases.toString().stripTrailing(),
            "workdir", ShellQuote.quote(workdir.toString()),
            "command", ShellQuote.join(command));
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new BadInputException(
            "the job template has the unknown placeholder {{" + m.group(1) + "}}; use "
                + String.join(", ", NAMES.stream().map(n -> "{{" + n + "}}").toList()));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
