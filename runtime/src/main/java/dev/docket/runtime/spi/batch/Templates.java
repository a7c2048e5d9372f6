package dev.docket.runtime.spi.batch;

import dev.docket.runtime.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templates with {@code {{placeholders}}}, which every file Docket writes for a batch system is
 * rendered from (the job file, HTCondor's submit description, an xRSL, an LSF or PBS script), so
 * that a user can replace each one ({@code [job] template}, {@code [<backend>] job-template}) and
 * every one fails the same way on a mistake. Values are put in as given: a caller quotes them for
 * the file's language first (e.g. with {@link ShellQuote}).
 */
public final class Templates {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

  private Templates() {}

  /**
   * The template text: {@code file} when set (a user's, named by {@code setting}, e.g.
   * {@code [htcondor] job-template}), else the resource {@code resource} next to {@code anchor}
   * (Docket's default, shipped in the backend's jar).
   */
  public static String read(Optional<Path> file, Class<?> anchor, String resource, String setting) {
    if (file.isPresent()) {
      try {
        return Files.readString(file.get());
      } catch (IOException e) {
        throw new BadInputException("cannot read the job template " + file.get() + " named by "
            + setting + " in docket.cfg: " + e.getMessage() + "; fix the path or remove the setting");
      }
    }
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the default template " + resource + " is missing beside " + anchor.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the default template " + resource, e);
    }
  }

  /**
   * {@code template} with every {@code {{name}}} replaced by {@code values.get(name)}; a
   * placeholder without a value is bad input that lists the known ones.
   *
   * @param what the template's name in the message, e.g. {@code the job template}
   */
  public static String render(String template, Map<String, String> values, String what) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new BadInputException(what + " has the unknown placeholder {{" + m.group(1) + "}}; use "
            + String.join(", ", new TreeSet<>(values.keySet()).stream().map(n -> "{{" + n + "}}").toList()));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
