package dev.docket.runtime.internal.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.INIConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.tree.ImmutableNode;

/**
 * Reads an INI file into sections of plain text: a file of plain lines by {@link PlainIni}, any
 * other with Commons Configuration's {@link INIConfiguration}.
 *
 * <p>Values are read from the node tree, not through {@code getSection(name)} or
 * {@code getString(key)}: those go through the expression engine, for which a dot separates
 * keys, and family sections are named with dots ({@code [ttbar.Selection]}). The node tree keeps
 * names as written.
 *
 * <p>{@code INIConfiguration} accepts almost anything, so the lines are checked first: a
 * mistyped header or a line without {@code =} must not silently become a strange key.
 */
final class IniFile {
  private IniFile() {}

  /**
   * What a file holds.
   *
   * @param sections sections by name, keys in file order; the last of repeated keys wins
   * @param lines the line of each section header and key, for messages and {@code config}
   */
  record Contents(Map<String, Map<String, String>> sections, DocketConfig.Lines lines) {}

  static Contents read(Path file) {
    String text = ConfigText.read(file);
    DocketConfig.Lines lines = checkLines(file, text);
    Map<String, Map<String, String>> sections = PlainIni.sections(text);
    return new Contents(sections != null ? sections : viaCommons(file, text), lines);
  }

  /** What Commons Configuration reads from {@code text}: files that are not {@link PlainIni}. */
  static Map<String, Map<String, String>> viaCommons(Path file, String text) {
    INIConfiguration ini = new INIConfiguration();
    try {
      ini.read(new StringReader(text));
    } catch (ConfigurationException | IOException e) {
      throw new BadInputException("malformed configuration " + file + ": " + e.getMessage());
    }
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    ImmutableNode root = ini.getNodeModel().getNodeHandler().getRootNode();
    for (ImmutableNode section : root.getChildren()) {
      Map<String, String> keys =
          sections.computeIfAbsent(section.getNodeName(), k -> new LinkedHashMap<>());
      for (ImmutableNode key : section.getChildren()) {
        Object value = key.getValue();
        keys.put(key.getNodeName(), value == null ? "" : value.toString());
      }
    }
    return sections;
  }

  /**
   * Checks every line; returns the line of each section header and key. What the INI reader
   * would take silently is refused here: a repeated section or key (it would merge or keep
   * both), an unclosed quote and text after a closing quote (it would drop them).
   */
  private static DocketConfig.Lines checkLines(Path file, String text) {
    Map<String, Integer> headers = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> keyLines = new LinkedHashMap<>();
    String section = null;
    List<String> lines = text.lines().toList();
    boolean inSection = false;
    boolean continued = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean wasContinued = continued;
      continued = line.endsWith("\\");
      if (wasContinued || line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      String where = "malformed configuration " + file + ", line " + (i + 1) + " '" + line + "': ";
      if (line.startsWith("[")) {
        if (!line.endsWith("]") || line.length() < 3) {
          throw new BadInputException(where + "a section header is [name]");
        }
        inSection = true;
        section = line.substring(1, line.length() - 1).strip();
        if (section.isEmpty()) {
          throw new BadInputException(where + "a section header is [name]");
        }
        Integer before = headers.putIfAbsent(section, i + 1);
        if (before != null) {
          throw new BadInputException(
              where + "section [" + section + "] already began on line " + before
                  + "; merge the two into one");
        }
        continue;
      }
      int separator = separator(line);
      if (separator < 0) {
        throw new BadInputException(where + "expected key = value or [section]");
      }
      if (separator == 0) {
        throw new BadInputException(where + "the key before '" + line.charAt(0) + "' is missing");
      }
      if (!inSection) {
        throw new BadInputException(where + "keys belong in a section such as [core]");
      }
      if (splitBeforeQuote(line, separator)) {
        String key = line.substring(0, separator).strip();
        throw new BadInputException(
            where + "the INI reader would end the key at the '" + line.charAt(separator)
                + "' right before the quote; put the whole value in double quotes, e.g. " + key
                + " = \"" + line.substring(separator + 1).strip().replace("\"", "\\\"") + "\"");
      }
      String key = line.substring(0, separator).strip();
      Integer before = keyLines.computeIfAbsent(section, k -> new LinkedHashMap<>()).putIfAbsent(key, i + 1);
      if (before != null) {
        throw new BadInputException(
            where + key + " is already set in section [" + section + "] (line " + before
                + "); keep one");
      }
      if (!continued) {
        checkQuotes(where, line.substring(separator + 1).strip());
      }
    }
    return new DocketConfig.Lines(headers, keyLines);
  }

  /**
   * A value that begins with a quote is read by the INI reader up to the matching quote
   * ({@code \"} inside stands for the quote); it ignores the rest of the line, and an unclosed
   * quote ends at the line's end. Both would lose what the user wrote.
   */
  private static void checkQuotes(String where, String value) {
    if (value.isEmpty() || (value.charAt(0) != '"' && value.charAt(0) != '\'')) {
      return;
    }
    char quote = value.charAt(0);
    int close = -1;
    boolean escape = false;
    for (int i = 1; i < value.length() && close < 0; i++) {
      char c = value.charAt(i);
      if (escape) {
        escape = false;
      } else if (c == '\\') {
        escape = true;
      } else if (c == quote) {
        close = i;
      }
    }
    if (close < 0) {
      throw new BadInputException(
          where + "the quote " + quote + " is not closed on this line; close it (a quoted value"
              + " is one line), or write the value without quotes");
    }
    String rest = value.substring(close + 1).strip();
    if (!rest.isEmpty() && rest.charAt(0) != ';' && rest.charAt(0) != '#') {
      throw new BadInputException(
          where + "the text after the closing quote (" + rest + ") would be dropped; put it"
              + " inside the quotes, or begin a comment with ;");
    }
  }

  /**
   * Whether Commons Configuration would split {@code line} elsewhere than at {@code separator}:
   * it takes an '=' or ':' right before the first quote of a line (spaces apart) for the end of
   * the key, so {@code extra = --comment='a b'} would become the key {@code extra = --comment}.
   */
  private static boolean splitBeforeQuote(String line, int separator) {
    int quote = firstQuote(line);
    int before = quote - 1;
    while (before >= 0 && Character.isWhitespace(line.charAt(before))) {
      before--;
    }
    return before > separator && (line.charAt(before) == '=' || line.charAt(before) == ':');
  }

  private static int firstQuote(String line) {
    return firstOf(line, '\'', '"');
  }

  private static int separator(String line) {
    return firstOf(line, '=', ':');
  }

  /** The index of the first {@code a} or {@code b} in {@code line}, or -1. */
  private static int firstOf(String line, char a, char b) {
    int i = line.indexOf(a);
    int j = line.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
