package dev.docket.backends.xrootd;

import dev.docket.runtime.Target;
import dev.docket.runtime.spi.storage.RemoteEntry;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code xrdfs stat} and {@code xrdfs ls -l} print (XRootD 5). Times are in UTC
 * (the tool formats them with gmtime, and runs with {@code TZ=UTC} in case a version does not);
 * XRootD keeps whole seconds.
 */
final class XrdOutput {
  /** One line of a long listing: the entry's full path on the server and what it is. */
  record Listed(String path, RemoteEntry entry) {}

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /**
   * {@code drwxr-xr-x owner group 4096 2026-12-01 14:00:20 /t1/a b}: the path runs from the first
   * slash after the time to the end of the line, so names with spaces stay whole. Servers that
   * report no owner and group leave those two columns out.
   */
  private static final Pattern LONG_LINE = Pattern.compile(
      "^(\\S{10})\\s+(?:\\S+\\s+\\S+\\s+)?(\\d+)\\s+(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})\\s+(/.*)$");

  /** kXR_isDir in the Flags line of a stat. */
  private static final long IS_DIR = 2;

  private XrdOutput() {}

  /** The entry {@code xrdfs stat} describes, named {@code name}. */
  static RemoteEntry stat(String name, String output) {
    long size = -1;
    long flags = -1;
    long time = Target.UNKNOWN_TIME;
    for (String line : output.split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String value = line.substring(colon + 1).trim();
      switch (line.substring(0, colon).trim()) {
        case "Size" -> size = Long.parseLong(value);
        case "Flags" -> flags = Long.parseLong(value.split("\\s", 2)[0]);
        case "MTime" -> time = time(value);
        default -> { }
      }
    }
    if (size < 0 || flags < 0) {
      throw new IllegalArgumentException("no Size or Flags in xrdfs stat's output: " + output.strip());
    }
    boolean directory = (flags & IS_DIR) != 0;
    return new RemoteEntry(name, directory ? 0 : size, time, directory);
  }

  /** The entries of {@code xrdfs ls -l} (or {@code ls -l -R}), in the order printed. */
  static List<Listed> list(String output) {
    List<Listed> entries = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = LONG_LINE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException("a line of xrdfs ls -l that is no entry: " + line);
      }
      String path = m.group(4);
      String name = path.substring(path.lastIndexOf('/') + 1);
      boolean directory = m.group(1).charAt(0) == 'd';
      long size = directory ? 0 : Long.parseLong(m.group(2));
      entries.add(new Listed(path, new RemoteEntry(name, size, time(m.group(3)), directory)));
    }
    return entries;
  }

  private static long time(String text) {
    try {
      return LocalDateTime.parse(text, TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      return Target.UNKNOWN_TIME;
    }
  }
}
