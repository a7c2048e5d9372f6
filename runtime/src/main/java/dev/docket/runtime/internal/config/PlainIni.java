package dev.docket.runtime.internal.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@code docket.cfg} made of plain lines only, without Commons Configuration, and
 * declines anything else. Loading and initialising {@code INIConfiguration} (about 150 classes
 * with commons-text's lookups, and 30 lambdas) took about 0.06 s of CPU on the start's critical
 * path of every command, for a file of a few {@code key = value} lines.
 *
 * <p>Plain means: every line that is not blank or a comment ({@code #} or {@code ;} first) is
 * printable ASCII and either {@code [name]} or {@code key = value}, the names of letters,
 * digits, {@code .}, {@code _} and {@code -}, the value without quotes, backslashes, {@code #}
 * or {@code ;} (Commons Configuration gives those meanings of its own); no line ends with a
 * backslash. A declined file goes to Commons Configuration as before ({@link IniFile}), and
 * {@code PlainIniTest} requires the same sections from both wherever this one reads a file.
 */
final class PlainIni {
  private PlainIni() {}

  /** Sections by name, keys in file order; {@code null} when the file is not plain. */
  static Map<String, Map<String, String>> sections(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> section = null;
    for (String raw : text.lines().toList()) { // lines as a BufferedReader reads them
      String line = trimSpaces(raw);
      if (line.endsWith("\\")) {
        return null;
      }
      if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == ';') {
        continue;
      }
      if (!printable(line)) {
        return null;
      }
      if (line.charAt(0) == '[') {
        String name = line.endsWith("]") ? line.substring(1, line.length() - 1) : "";
        if (!isName(name) || sections.containsKey(name)) {
          return null;
        }
        section = new LinkedHashMap<>();
        sections.put(name, section);
        continue;
      }
      int equals = line.indexOf('=');
      if (section == null || equals < 0) {
        return null;
      }
      String key = trimSpaces(line.substring(0, equals));
      String value = trimSpaces(line.substring(equals + 1));
      if (!isName(key) || section.containsKey(key) || !plainValue(value)) {
        return null;
      }
      section.put(key, value);
    }
    return sections;
  }

  private static String trimSpaces(String s) {
    int begin = 0;
    int end = s.length();
    while (begin < end && s.charAt(begin) == ' ') {
      begin++;
    }
    while (end > begin && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(begin, end);
  }

  private static boolean printable(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  private static boolean isName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\'' || c == '\\' || c == '#' || c == ';') {
        return false;
      }
    }
    return true;
  }
}
