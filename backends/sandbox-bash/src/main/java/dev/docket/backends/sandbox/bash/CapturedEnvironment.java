package dev.docket.backends.sandbox.bash;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.SandboxContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The environment a setup script leaves, captured once and cached: one file per script path in
 * the cache directory, which holds the SHA-256 of the content it was captured from. A script
 * whose content changed is sourced again; so is one whose cache is missing or unreadable.
 */
final class CapturedEnvironment {
  /**
   * The whole program bash runs; the script's path comes in as {@code $1}, never inside this
   * text. Its standard output goes to standard error so that only {@code env -0} writes to the
   * standard output that is parsed.
   */
  private static final String SOURCE = "source \"$1\" 1>&2 || exit $?; exec env -0";

  private static final String HEADER = "docket-sandbox-bash sha256=";

  private final SandboxContext context;

  CapturedEnvironment(SandboxContext context) {
    this.context = context;
  }

  /** The environment {@code script} leaves: from the cache when its content is unchanged. */
  Map<String, String> of(SandboxSpec spec, Path script) throws IOException {
    byte[] content = Files.readAllBytes(script);
    String header = HEADER + sha256(content) + " path=" + script;
    Path cache = context.cacheDirectory().resolve(sha256(script.toString().getBytes(StandardCharsets.UTF_8)) + ".env");
    if (Files.isRegularFile(cache)) {
      byte[] cached = Files.readAllBytes(cache);
      Map<String, String> environment = parse(cached, header);
      if (environment != null) {
        return environment;
      }
    }
    byte[] captured = source(spec, script);
    Map<String, String> environment = parse(concat(header, captured), header);
    // Written whole or not at all: a reader, also another run at the same time, never sees half a cache.
    context.write(cache, concat(header, captured));
    return environment;
  }

  private static byte[] source(SandboxSpec spec, Path script) throws IOException {
    Process process = new ProcessBuilder(List.of(
            "bash", "--noprofile", "--norc", "-c", SOURCE, "docket-sandbox", script.toString()))
        .directory(script.getParent().toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    byte[] output = readAll(process.getInputStream());
    int status;
    try {
      status = process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while sourcing " + script, e);
    }
    if (status != 0) {
      throw new BadInputException("the sandbox " + spec + " cannot start: its setup script "
          + script + " failed with exit status " + status + lastLine(errors.join())
          + "; fix the script (try: bash -c 'source " + script + "')");
    }
    return output;
  }

  /** The variables after {@code header} in {@code bytes}, or {@code null} when it is another header. */
  private static Map<String, String> parse(byte[] bytes, String header) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String[] entries = text.split("\0");
    if (entries.length == 0 || !entries[0].equals(header)) {
      return null;
    }
    Map<String, String> environment = new LinkedHashMap<>();
    for (int i = 1; i < entries.length; i++) {
      int eq = entries[i].indexOf('=');
      if (eq > 0) {
        environment.put(entries[i].substring(0, eq), entries[i].substring(eq + 1));
      }
    }
    environment.remove("_"); // bash's last argument: the env program, meaningless later
    return environment;
  }

  private static byte[] concat(String header, byte[] captured) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(header.getBytes(StandardCharsets.UTF_8));
    bytes.write(0);
    bytes.writeBytes(captured);
    return bytes.toByteArray();
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static String lastLine(byte[] errors) {
    String[] lines = new String(errors, StandardCharsets.UTF_8).strip().split("\n");
    String last = lines[lines.length - 1].strip();
    return last.isEmpty() ? "" : " (" + last + ")";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
