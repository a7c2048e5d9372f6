package dev.docket.runtime.spi.param;

import java.util.List;
import java.util.Optional;

/**
 * The one grammar of a sandbox, wherever a user writes one: {@code @Task(sandbox = ...)} (checked
 * by the processor) and {@code [<Family>] sandbox} of {@code docket.cfg} (checked by the run).
 * A value is {@code <kind>::<argument>}: a known kind, two colons, then what that kind needs, e.g.
 * {@code bash::setup.sh}, {@code venv::/opt/venvs/fit}, {@code docker::local/analysis:1}. The
 * argument is kept as written (colons included, as in an image tag); blanks around the whole
 * value are ignored, an empty argument is refused.
 *
 * <p>The kinds are a fixed list, so that the processor can refuse a typo when it compiles; a kind
 * is served at run time by the module of its backend ({@link #module(String)}).
 *
 * @param kind one of {@link #KINDS}
 * @param argument what follows {@code ::}, never empty
 */
public record SandboxSpec(String kind, String argument) {
  /** The kinds a value may name, in the order messages list them. */
  public static final List<String> KINDS =
      List.of("bash", "venv", "docker", "podman", "singularity", "apptainer", "bwrap");

  /** What a value looks like, for messages. */
  public static final String EXPECTED =
      "KIND::ARGUMENT with KIND one of " + String.join(", ", KINDS)
          + ", e.g. bash::setup.sh, venv::/opt/venvs/fit or docker::local/analysis:1";

  private static final String SEPARATOR = "::";

  public SandboxSpec {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown sandbox kind '" + kind + "': expected " + EXPECTED);
    }
    if (argument.isBlank()) {
      throw new IllegalArgumentException("the sandbox " + kind + ":: names nothing: expected " + EXPECTED);
    }
  }

  /**
   * The sandbox {@code text} stands for; empty for an empty (or blank) value, which means "no
   * sandbox".
   *
   * @throws IllegalArgumentException with {@link #EXPECTED}, naming the unknown kind or the
   *     missing part
   */
  public static Optional<SandboxSpec> parse(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    int at = value.indexOf(SEPARATOR);
    if (at < 0) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a sandbox: expected " + EXPECTED);
    }
    return Optional.of(new SandboxSpec(value.substring(0, at).strip(),
        value.substring(at + SEPARATOR.length()).strip()));
  }

  /** The artifact id of the module that serves {@code kind}, for the advice when it is absent. */
  public static String module(String kind) {
    return switch (kind) {
      case "bash" -> "docket-backend-sandbox-bash";
      case "venv" -> "docket-backend-sandbox-venv";
      case "docker", "podman" -> "docket-backend-sandbox-docker";
      case "singularity", "apptainer" -> "docket-backend-sandbox-singularity";
      case "bwrap" -> "docket-backend-sandbox-bwrap";
      default -> throw new IllegalArgumentException("unknown sandbox kind '" + kind + "'");
    };
  }

  /** As written: {@code kind::argument}; how messages name the sandbox. */
  @Override
  public String toString() {
    return kind + SEPARATOR + argument;
  }
}
