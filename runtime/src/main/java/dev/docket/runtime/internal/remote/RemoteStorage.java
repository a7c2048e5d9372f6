package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file systems of the {@code [fs.<name>]} sections, installed for the time of a run as the
 * local store is (by {@code RunSetup}), since {@code RemoteFileTarget}s are made where no run is
 * at hand. Clients are opened on first use and closed when the run ends.
 */
public final class RemoteStorage implements AutoCloseable {
  private static volatile RemoteStorage current = new RemoteStorage(Map.of());

  private final Map<String, RemoteFs> systems;
  private RemoteStorage previous;

  RemoteStorage(Map<String, RemoteFs> systems) {
    this.systems = systems;
  }

  /** The file systems of {@code config}, whose sections are checked already. */
  public static RemoteStorage of(DocketConfig config) {
    Map<String, RemoteFs> systems = new LinkedHashMap<>();
    StorageProviders providers = null;
    for (String section : config.sections().keySet()) {
      if (section.startsWith(FsSettings.PREFIX) && section.length() > FsSettings.PREFIX.length()) {
        providers = providers == null ? StorageProviders.load() : providers;
        FsSettings settings = FsSettings.read(config, section, providers);
        systems.put(settings.fs(), new RemoteFs(settings));
      }
    }
    return new RemoteStorage(systems);
  }

  /** None configured. */
  public static RemoteStorage none() {
    return new RemoteStorage(Map.of());
  }

  /** The registry in use now. */
  public static RemoteStorage current() {
    return current;
  }

  /** Makes {@code storage} the one in use until it is closed, which puts back the one before. */
  public static RemoteStorage install(RemoteStorage storage) {
    synchronized (RemoteStorage.class) {
      storage.previous = current;
      current = storage;
    }
    return storage;
  }

  /** The file system {@code fs}, or {@code null} when no section configures it. */
  public RemoteFs find(String fs) {
    return systems.get(fs);
  }

  /**
   * The file system {@code fs}.
   *
   * @throws IOException naming the section to add when it is not configured
   */
  public RemoteFs fs(String fs) throws IOException {
    RemoteFs found = systems.get(fs);
    if (found == null) {
      throw new IOException(notConfigured(fs));
    }
    return found;
  }

  public Collection<RemoteFs> all() {
    return systems.values();
  }

  /**
   * What the storage went through during the run, for its end, when anything: per file system,
   * the retries and failovers after transient faults and the stale upload temporaries removed,
   * e.g. {@code remote storage: [fs.out] 12 retries, 1 failover, 2 stale upload temporaries
   * removed}. Empty when all of it is zero.
   */
  public Optional<String> eventsLine() {
    StringJoiner line = new StringJoiner("; ", EVENTS, "");
    line.setEmptyValue("");
    for (RemoteFs fs : systems.values()) {
      RequestCounts counts = fs.counts();
      StringJoiner parts = new StringJoiner(", ");
      parts.setEmptyValue("");
      count(parts, counts.retries(), "retry", "retries");
      count(parts, counts.failovers(), "failover", "failovers");
      count(parts, counts.staleRemoved(), "stale upload temporary removed", "stale upload temporaries removed");
      if (parts.length() > 0) {
        line.add("[" + FsSettings.section(fs.settings().fs()) + "] " + parts);
      }
    }
    return line.length() == 0 ? Optional.empty() : Optional.of(line.toString());
  }

  /**
   * Adds the counts of a line that {@link #eventsLine} wrote in another process of this run — a
   * batch job, whose log the client reads when the job ends — so that the run's end counts the
   * retries of its jobs too. Lines of other kinds, and file systems this run does not know, are
   * left alone.
   */
  public void addReported(String line) {
    int start = line.indexOf(EVENTS);
    if (start < 0) {
      return;
    }
    for (String part : line.substring(start + EVENTS.length()).split("; ")) {
      Matcher section = SECTION.matcher(part.strip());
      RemoteFs fs = section.matches() ? find(section.group(1)) : null;
      if (fs == null) {
        continue;
      }
      long[] counts = new long[3];
      for (String count : section.group(2).split(", ")) {
        Matcher n = COUNT.matcher(count);
        if (n.matches()) {
          int kind = n.group(2).startsWith("retr") ? 0 : n.group(2).startsWith("failover") ? 1 : 2;
          counts[kind] += Long.parseLong(n.group(1));
        }
      }
      fs.counts().addReported(counts[0], counts[1], counts[2]);
    }
  }

  private static final String EVENTS = "remote storage: ";
  private static final Pattern SECTION = Pattern.compile("\\[" + Pattern.quote(FsSettings.PREFIX)
      + "([^\\]]+)\\] (.+)");
  private static final Pattern COUNT = Pattern.compile("(\\d{1,18}) (retr|failover|stale).*");

  private static void count(StringJoiner parts, long n, String one, String many) {
    if (n > 0) {
      parts.add(n + " " + (n == 1 ? one : many));
    }
  }

  /** The advice for a target of file system {@code fs} when none is configured. */
  public static String notConfigured(String fs) {
    return "no file system '" + fs + "' is configured: add a section [" + FsSettings.section(fs)
        + "] to docket.cfg with base = <URL of the directory that holds its files>, e.g."
        + " base = davs://host/path/ or file:///mnt/shared/out/";
  }

  /** Closes every opened client and puts back the registry that was in use before. */
  @Override
  public void close() throws IOException {
    synchronized (RemoteStorage.class) {
      if (current == this && previous != null) {
        current = previous;
      }
    }
    IOException first = null;
    for (RemoteFs fs : systems.values()) {
      try {
        fs.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
