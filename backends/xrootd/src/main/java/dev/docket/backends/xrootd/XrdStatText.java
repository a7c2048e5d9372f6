package dev.docket.backends.xrootd;

import dev.docket.runtime.spi.storage.RemoteEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text answers of kXR_stat and of kXR_dirlist with kXR_dstat. A stat is {@code <id>
 * <size> <flags> <mtime>} (seconds since 1970, UTC), optionally followed by more words (times,
 * mode, owner, group) that we do not need. A listing with stats is lines in pairs, a name and
 * its stat, led in by the pair {@code .} / {@code 0 0 0 0} by which the server says it did
 * stat the entries (an older server that did not leaves that out: the tools handle it).
 */
final class XrdStatText {
  private static final long IS_DIR = 2;

  private XrdStatText() {}

  /** The entry a stat answer describes, named {@code name}. */
  static RemoteEntry entry(String name, String stat) {
    long[] fields = new long[4];
    int at = 0;
    for (int i = 0; i < fields.length; i++) {
      while (at < stat.length() && stat.charAt(at) == ' ') {
        at++;
      }
      int from = at;
      while (at < stat.length() && stat.charAt(at) != ' ') {
        at++;
      }
      if (from == at) {
        throw new IllegalArgumentException("a stat answer of fewer than 4 fields: " + stat);
      }
      try {
        fields[i] = Long.parseLong(stat, from, at, 10);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("a stat answer that is no numbers: " + stat);
      }
    }
    boolean directory = (fields[2] & IS_DIR) != 0;
    return new RemoteEntry(name, directory ? 0 : fields[1], fields[3] * 1000, directory);
  }

  /** The entries of a listing with stats, the parts of its answer joined, in the order sent. */
  static List<RemoteEntry> listing(byte[] answer) {
    int length = answer.length;
    while (length > 0 && answer[length - 1] == 0) {
      length--; // the last part ends in a NUL instead of its last newline
    }
    String text = new String(answer, 0, length, StandardCharsets.UTF_8);
    List<RemoteEntry> entries = new ArrayList<>();
    int start = 0;
    boolean ledIn = false;
    while (start < text.length()) {
      int nameEnd = text.indexOf('\n', start);
      if (nameEnd < 0) {
        throw new IllegalArgumentException("a listing that ends in a name without its stat");
      }
      int statEnd = text.indexOf('\n', nameEnd + 1);
      statEnd = statEnd < 0 ? text.length() : statEnd;
      String name = text.substring(start, nameEnd);
      String stat = text.substring(nameEnd + 1, statEnd);
      if (!ledIn) {
        if (!name.equals(".") || !stat.equals("0 0 0 0")) {
          throw new IllegalArgumentException("a listing without the stat lead-in (the server did not stat its entries)");
        }
        ledIn = true;
      } else {
        entries.add(entry(name, stat));
      }
      start = statEnd + 1;
    }
    if (!ledIn) {
      throw new IllegalArgumentException("an empty answer to a listing with stats");
    }
    return entries;
  }
}
