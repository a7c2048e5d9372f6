package dev.docket.backends.scheduler;

import dev.docket.backends.scheduler.server.SchedulerServer;
import dev.docket.backends.scheduler.server.ServerOptions;
import dev.docket.backends.scheduler.server.Tls;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code docket-scheduler}: starts the central scheduler and runs until stopped (Ctrl-C,
 * SIGTERM), then writes out its state. Options (docs/scheduler.md, section server):
 *
 * <pre>
 * --port N            8082; 0 for any free port
 * --host ADDRESS      127.0.0.1; another address only with care (and TLS)
 * --state DIR         ~/.docket/scheduler: state.db and token
 * --token-file FILE   DIR/token
 * --worker-timeout S  60: seconds of silence after which a worker's tasks are released
 * --tls-cert PEM --tls-key PEM          HTTPS with this certificate and PKCS#8 key
 * --tls-keystore FILE --tls-password-file FILE   HTTPS from a PKCS#12 key store
 * </pre>
 */
public final class SchedulerMain {
  private SchedulerMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, true));
  }

  /** Starts, prints where, and (when {@code block}) waits for the process to be stopped. */
  static int run(String[] args, PrintStream out, PrintStream err, boolean block) {
    return run(args, out, err, block, "docket-scheduler: error: ");
  }

  /** As above, a bad option said as {@code errorPrefix} and the message (an analysis's verb). */
  static int run(String[] args, PrintStream out, PrintStream err, boolean block, String errorPrefix) {
    ServerOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException | IOException e) {
      err.println(errorPrefix + e.getMessage());
      return 2;
    }
    SchedulerServer server;
    try {
      server = SchedulerServer.start(options);
    } catch (IOException e) {
      err.println(errorPrefix + e.getMessage());
      return 2;
    }
    out.println("docket scheduler listening on " + server.url());
    out.println("  state: " + options.stateDir().resolve("state.db"));
    out.println("  token: " + options.tokenFile() + " (readable by its owner only)");
    out.println("  page:  " + server.url() + "/login?token=" + server.token());
    out.flush();
    if (!block) {
      server.close();
      return 0;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "docket-scheduler-stop"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  static ServerOptions parse(String[] args) throws IOException {
    Path home = Path.of(System.getProperty("user.home"), ".docket", "scheduler");
    String host = "127.0.0.1";
    int port = ServerOptions.DEFAULT_PORT;
    Path state = home;
    Path tokenFile = null;
    Duration timeout = Duration.ofSeconds(60);
    Path cert = null;
    Path key = null;
    Path keystore = null;
    Path passwordFile = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new IllegalArgumentException(
            "usage: docket-scheduler [--port N] [--host ADDRESS] [--state DIR] [--token-file FILE]"
                + " [--worker-timeout SECONDS] [--tls-cert PEM --tls-key PEM |"
                + " --tls-keystore P12 --tls-password-file FILE]");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value; see --help");
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> port = whole(option, value, 0, 65535);
        case "--host" -> host = value;
        case "--state" -> state = Path.of(value);
        case "--token-file" -> tokenFile = Path.of(value);
        case "--worker-timeout" -> timeout = Duration.ofSeconds(whole(option, value, 1, 86_400));
        case "--tls-cert" -> cert = Path.of(value);
        case "--tls-key" -> key = Path.of(value);
        case "--tls-keystore" -> keystore = Path.of(value);
        case "--tls-password-file" -> passwordFile = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + option + "; see --help");
      }
    }
    ServerOptions options =
        ServerOptions.of(state)
            .withHost(host)
            .withPort(port)
            .withWorkerTimeout(timeout)
            .withTokenFile(tokenFile != null ? tokenFile : state.resolve("token"));
    if ((cert == null) != (key == null)) {
      throw new IllegalArgumentException("--tls-cert and --tls-key go together: give both");
    }
    if (cert != null && keystore != null) {
      throw new IllegalArgumentException("give --tls-cert/--tls-key or --tls-keystore, not both");
    }
    if (cert != null) {
      options = options.withTls(new Tls.PemFiles(readable(cert), readable(key)));
    } else if (keystore != null) {
      if (passwordFile == null) {
        throw new IllegalArgumentException("--tls-keystore needs --tls-password-file");
      }
      char[] password =
          Files.readString(readable(passwordFile), StandardCharsets.UTF_8).strip().toCharArray();
      options = options.withTls(new Tls.KeyStoreFile(readable(keystore), password));
    }
    return options;
  }

  private static Path readable(Path file) {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read " + file + ": check the path");
    }
    return file;
  }

  private static int whole(String option, String value, int min, int max) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(
        option + " must be a whole number from " + min + " to " + max + ", got \"" + value + "\"");
  }
}
