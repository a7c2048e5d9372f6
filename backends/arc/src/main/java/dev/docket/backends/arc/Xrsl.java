package dev.docket.backends.arc;

import dev.docket.runtime.spi.batch.Templates;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The xRSL job description of one ARC job, rendered from a template ({@code job.xrsl.template}
 * beside this class, or the user's {@code [arc] job-template}) with {@link Templates}. Every
 * value is put in as an xRSL string literal ({@link #quote}), inside which xRSL gives nothing a
 * meaning, so paths and names reach the CE as they are; the job's parameters are not in the
 * xRSL at all but in the job file, quoted for the shell.
 */
final class Xrsl {
  static final String DEFAULT_TEMPLATE = "job.xrsl.template";

  /** The name of the job file in the job's session directory. */
  static final String JOB_FILE = "job.sh";

  private Xrsl() {}

  /** {@code value} as an xRSL string literal: in double quotes, a double quote doubled. */
  static String quote(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /**
   * The description of job {@code index}.
   *
   * @param name the job's name in the CE's listings
   * @param jobFile the rendered job file, uploaded as {@link #JOB_FILE} and run with the index
   * @param inputs further files the CE transfers into the session directory, each under its own name
   * @param settings {@code [arc]}: the queue and extra xRSL
   */
  static String render(String template, String name, int index, Path jobFile, List<Path> inputs, ArcSettings settings) {
    StringBuilder inputFiles = new StringBuilder();
    for (Path input : inputs) {
      inputFiles.append(" (").append(quote(input.getFileName().toString())).append(' ')
          .append(quote(input.toAbsolutePath().toString())).append(')');
    }
    Map<String, String> values = Map.of(
        "name", quote(name),
        "job_index", quote(Integer.toString(index)),
        "job_file_name", quote(JOB_FILE),
        "job_file", quote(jobFile.toAbsolutePath().toString()),
        "input_files", inputFiles.toString(),
        "queue", settings.queue().isEmpty() ? "" : "(queue = " + quote(settings.queue()) + ")",
        "xrsl", settings.xrsl());
    return Templates.render(template, values, "the xRSL template");
  }

  /**
   * Why {@code text} is not a sequence of xRSL relations ({@code (a = "b")(c = 1)}), if it is
   * not: every parenthesis and quote closed, nothing outside parentheses. Only the structure
   * is checked (the CE checks the rest at submission); enough that {@code [arc] xrsl} cannot
   * close the description's own parentheses or leave a quote open.
   */
  static Optional<String> checkRelations(String text) {
    int depth = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        int close = i + 1;
        while (true) {
          close = text.indexOf('"', close);
          if (close < 0) {
            return Optional.of("a double quote is not closed");
          }
          if (close + 1 < text.length() && text.charAt(close + 1) == '"') {
            close += 2; // a doubled quote inside the literal
            continue;
          }
          break;
        }
        if (depth == 0) {
          return Optional.of("a string is outside parentheses");
        }
        i = close + 1;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return Optional.of("a closing parenthesis has no opening one");
        }
        depth--;
      } else if (depth == 0 && !Character.isWhitespace(c)) {
        return Optional.of("'" + c + "' is outside parentheses");
      }
      i++;
    }
    return depth == 0 ? Optional.empty() : Optional.of("a parenthesis is not closed");
  }
}
