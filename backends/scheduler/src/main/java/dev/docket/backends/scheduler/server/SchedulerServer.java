package dev.docket.backends.scheduler.server;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The central scheduler, running: Jetty on the chosen address, the state in SQLite under the
 * state directory, the token, and a reaper that releases the tasks of silent workers. Start it
 * with {@link #start}; {@link #close} stops it after writing out everything queued.
 */
public final class SchedulerServer implements AutoCloseable {
  /** Jetty's start and stop lines are noise beside the scheduler's own; its warnings are not. */
  private static final java.util.logging.Logger JETTY_LOG =
      java.util.logging.Logger.getLogger("org.eclipse.jetty");

  static {
    JETTY_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private final Server server;
  private final ServerConnector connector;
  private final Journal journal;
  private final EventSender events;
  private final ScheduledExecutorService reaper;
  private final AccessToken token;
  private final ServerOptions options;
  private final Routes routes;

  private SchedulerServer(
      Server server, ServerConnector connector, Journal journal, EventSender events,
      ScheduledExecutorService reaper, AccessToken token, ServerOptions options, Routes routes) {
    this.routes = routes;
    this.server = server;
    this.connector = connector;
    this.journal = journal;
    this.events = events;
    this.reaper = reaper;
    this.token = token;
    this.options = options;
  }

  /** Starts a scheduler with {@code options}; throws when it cannot (port taken, bad TLS files). */
  public static SchedulerServer start(ServerOptions options) throws IOException {
    return start(options, System::currentTimeMillis);
  }

  static SchedulerServer start(ServerOptions options, java.util.function.LongSupplier clock)
      throws IOException {
    Files.createDirectories(options.stateDir());
    // Read first: a bad certificate is said before anything is opened.
    org.eclipse.jetty.util.ssl.SslContextFactory.Server tls =
        options.tls() == null ? null : Tls.contextFactory(options.tls());
    AccessToken token = AccessToken.loadOrCreate(options.tokenFile());
    Journal journal;
    Schema.Loaded loaded;
    try {
      journal = Journal.open(options.stateDir().resolve("state.db"));
      loaded = journal.load();
    } catch (SQLException e) {
      throw new IOException(
          "cannot open the scheduler's state " + options.stateDir().resolve("state.db") + ": "
              + e.getMessage(), e);
    }
    EventStream stream = new EventStream();
    SchedulerState state = new SchedulerState(journal, stream, clock, loaded);
    Coordination coordination = new Coordination(state, options.workerTimeout().toMillis());
    EventSender events = new EventSender(stream);
    QueuedThreadPool threads = new QueuedThreadPool(400, 8);
    threads.setName("docket-scheduler");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector;
    if (options.tls() == null) {
      connector = new ServerConnector(server, new HttpConnectionFactory(http));
    } else {
      SecureRequestCustomizer secure = new SecureRequestCustomizer();
      secure.setSniHostCheck(false); // workers may reach it by address or any of its names
      http.addCustomizer(secure);
      connector =
          new ServerConnector(
              server,
              new SslConnectionFactory(tls, "http/1.1"),
              new HttpConnectionFactory(http));
    }
    connector.setHost(options.host());
    connector.setPort(options.port());
    server.addConnector(connector);
    Routes routes =
        new Routes(token, state, coordination, new StaticFiles(), events, options.tls() != null);
    server.setHandler(routes);
    server.setStopTimeout(2000);
    ScheduledExecutorService reaper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "docket-scheduler-reaper");
              thread.setDaemon(true);
              return thread;
            });
    long period = Math.max(100, Math.min(1000, options.workerTimeout().toMillis() / 4));
    reaper.scheduleWithFixedDelay(coordination::expireWorkers, period, period, TimeUnit.MILLISECONDS);
    SchedulerServer running =
        new SchedulerServer(server, connector, journal, events, reaper, token, options, routes);
    try {
      server.start();
    } catch (Exception e) {
      running.close();
      throw new IOException(
          "cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage()
              + (options.port() != 0 ? " (choose another port with --port)" : ""), e);
    }
    return running;
  }

  /** The port it listens on (the chosen one when started with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@code http://127.0.0.1:8082} or {@code https://...}. */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return (options.tls() == null ? "http" : "https") + "://" + host + ":" + port();
  }

  /** How many calls of workers (claims, reports, heartbeats, runs) it has answered. */
  public long workerCalls() {
    return routes.workerCalls.get();
  }

  public String token() {
    return token.value();
  }

  public ServerOptions options() {
    return options;
  }

  @Override
  public void close() {
    reaper.shutdownNow();
    events.stop();
    try {
      server.stop();
    } catch (Exception e) {
      // stopping anyway: the journal below still gets written out
    }
    try {
      journal.close();
    } catch (SQLException e) {
      throw new IllegalStateException("the scheduler's state could not be closed: " + e.getMessage(), e);
    }
  }
}
