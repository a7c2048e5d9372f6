package dev.docket.backends.xrootd;

import dev.docket.runtime.Target;
import dev.docket.runtime.spi.storage.RemoteEntry;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@code xrdfs stat} and {@code xrdfs ls -l} print (XRootD 5). Times are in UTC
 * (the tool formats them with gmtime, and runs with {@code TZ=UTC} in case a version does not);
 * XRootD keeps whole seconds.
 */
final class XrdOutput {
  /** One line of a long listing: the entry's full path on the server and what it is. */
  record Listed(String path, RemoteEntry entry) {}

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
    // The files of one workflow are written within a few seconds: most lines share their time.
    Map<String, Long> times = new HashMap<>();
    int start = 0;
    while (start < output.length()) {
      int end = output.indexOf('\n', start);
      end = end < 0 ? output.length() : end;
      String line = output.substring(start, end);
      if (!line.isBlank()) {
        entries.add(line(line, times));
      }
      start = end + 1;
    }
    return entries;
  }

  /**
   * {@code drwxr-xr-x owner group 4096 2026-12-01 14:00:20 /t1/a b}: the columns up to the date
   * are single words (servers that report no owner and group leave those two out), and the path
   * runs from the first slash after the time to the end of the line, so names with spaces stay
   * whole. Read by hand, not with a regular expression and a date formatter, which made reading
   * a listing of ten thousand lines cost more than the request.
   */
  private static Listed line(String line, Map<String, Long> times) {
    String[] words = new String[6];
    int count = 0;
    int at = 0;
    int date = -1;
    while (date < 0 && count < words.length) {
      while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
        at++;
      }
      int from = at;
      while (at < line.length() && !Character.isWhitespace(line.charAt(at))) {
        at++;
      }
      if (from == at) {
        break;
      }
      words[count] = line.substring(from, at);
      if (isDate(words[count])) {
        date = count;
      }
      count++;
    }
    int slash = line.indexOf('/', at);
    if (date < 2 || slash < 0 || words[0].length() != 10) {
      throw new IllegalArgumentException("a line of xrdfs ls -l that is no entry: " + line);
    }
    String when = words[date] + " " + line.substring(at, slash).trim();
    String path = line.substring(slash);
    String name = path.substring(path.lastIndexOf('/') + 1);
    boolean directory = words[0].charAt(0) == 'd';
    long size;
    try {
      size = directory ? 0 : Long.parseLong(words[date - 1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a line of xrdfs ls -l that is no entry: " + line);
    }
    long time = times.computeIfAbsent(when, XrdOutput::time);
    return new Listed(path, new RemoteEntry(name, size, time, directory));
  }

  private static boolean isDate(String word) {
    if (word.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i == 4 || i == 7 ? word.charAt(i) != '-' : !Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code 2026-12-01 14:00:20} in UTC, in milliseconds; unknown when it is not such a time. */
  static long time(String text) {
    if (text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' '
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return Target.UNKNOWN_TIME;
    }
    try {
      return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
              number(text, 11, 13), number(text, 14, 16), number(text, 17, 19))
          .toEpochSecond(ZoneOffset.UTC) * 1000;
    } catch (DateTimeException | NumberFormatException e) {
      return Target.UNKNOWN_TIME;
    }
  }

  private static int number(String text, int from, int to) {
    return Integer.parseInt(text, from, to, 10);
  }
}
