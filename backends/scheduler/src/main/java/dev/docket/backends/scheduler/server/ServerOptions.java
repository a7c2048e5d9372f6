package dev.docket.backends.scheduler.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the scheduler is started.
 *
 * @param host the address to listen on; 127.0.0.1 unless the user says otherwise (other machines'
 *     workers then reach it through an SSH tunnel, or it listens on a chosen address with TLS)
 * @param port the port; 0 for any free one
 * @param stateDir where {@code state.db} (SQLite) lives, and the token file unless
 *     {@code tokenFile} is given
 * @param tokenFile the token's file ({@code stateDir/token} by default)
 * @param workerTimeout how long a worker may stay silent before its tasks are released
 * @param tls the certificate to serve HTTPS with, or {@code null} for plain HTTP
 */
public record ServerOptions(
    String host, int port, Path stateDir, Path tokenFile, Duration workerTimeout, Tls.Source tls) {
  public static final int DEFAULT_PORT = 8082;

  /** 127.0.0.1:8082, state in {@code stateDir}, a minute of silence, no TLS. */
  public static ServerOptions of(Path stateDir) {
    return new ServerOptions(
        "127.0.0.1", DEFAULT_PORT, stateDir, stateDir.resolve("token"), Duration.ofSeconds(60), null);
  }

  public ServerOptions withPort(int port) {
    return new ServerOptions(host, port, stateDir, tokenFile, workerTimeout, tls);
  }

  public ServerOptions withHost(String host) {
    return new ServerOptions(host, port, stateDir, tokenFile, workerTimeout, tls);
  }

  public ServerOptions withTokenFile(Path tokenFile) {
    return new ServerOptions(host, port, stateDir, tokenFile, workerTimeout, tls);
  }

  public ServerOptions withWorkerTimeout(Duration workerTimeout) {
    return new ServerOptions(host, port, stateDir, tokenFile, workerTimeout, tls);
  }

  public ServerOptions withTls(Tls.Source tls) {
    return new ServerOptions(host, port, stateDir, tokenFile, workerTimeout, tls);
  }
}
