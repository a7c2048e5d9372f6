package dev.docket.backends.gfal;

import dev.docket.runtime.Target;
import dev.docket.runtime.spi.storage.RemoteEntry;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code gfal-stat} and {@code gfal-ls -l --time-style=full-iso} print (gfal2-util
 * 1.8, run with {@code TZ=UTC}: both print local times, and gfal-ls's "+0000" is printed
 * whatever the zone). A time of 0 (the epoch) is a protocol that keeps none.
 */
final class GfalOutput {
  private static final Pattern SIZE = Pattern.compile("^\\s*Size:\\s*(\\d+)\\s+(.*?)\\s*$", Pattern.MULTILINE);
  private static final Pattern ACCESS_MODE = Pattern.compile("^\\s*Access:\\s*\\(\\d+/(.)", Pattern.MULTILINE);
  private static final Pattern MODIFY = Pattern.compile("^\\s*Modify:\\s*(\\S+ \\S+)\\s*$", Pattern.MULTILINE);
  // mode, links, owner, group, size, date time, zone, name (then a tab)
  private static final Pattern LS_LINE = Pattern.compile(
      "^(\\S)\\S*\\s+\\d+\\s+\\S+\\s+\\S+\\s+(\\d+)\\s+(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?)\\s+[+-]\\d{4} (.*?)\\t?$");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

  private GfalOutput() {}

  /** The entry {@code gfal-stat} describes, named {@code name}; empty when its output is not one. */
  static Optional<RemoteEntry> stat(String name, String output) {
    Matcher size = SIZE.matcher(output);
    if (!size.find()) {
      return Optional.empty();
    }
    Matcher mode = ACCESS_MODE.matcher(output);
    boolean directory = size.group(2).equals("directory") || (mode.find() && mode.group(1).equals("d"));
    Matcher modify = MODIFY.matcher(output);
    long time = modify.find() ? millis(modify.group(1)) : Target.UNKNOWN_TIME;
    return Optional.of(new RemoteEntry(name, directory ? 0 : Long.parseLong(size.group(1)), time, directory));
  }

  /**
   * The entries of a {@code gfal-ls -l -a} listing, without {@code .}, {@code ..} and uploads in
   * progress. Lines it cannot read are left out (a listing is not refused for one odd entry).
   */
  static List<RemoteEntry> list(String output) {
    List<RemoteEntry> entries = new ArrayList<>();
    for (String line : output.split("\n")) {
      Matcher m = LS_LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String name = m.group(4);
      if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/")) {
        continue;
      }
      boolean directory = m.group(1).equals("d");
      entries.add(new RemoteEntry(
          name, directory ? 0 : Long.parseLong(m.group(2)), millis(m.group(3)), directory));
    }
    return entries;
  }

  private static long millis(String time) {
    try {
      long millis = LocalDateTime.parse(time, TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
      return millis == 0 ? Target.UNKNOWN_TIME : millis;
    } catch (DateTimeParseException e) {
      return Target.UNKNOWN_TIME;
    }
  }
}
