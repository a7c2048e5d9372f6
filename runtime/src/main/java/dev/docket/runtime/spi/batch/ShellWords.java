package dev.docket.runtime.spi.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a backend's {@code extra} options (e.g. {@code [slurm] extra}) into words the way a
 * POSIX shell splits a command line, without expanding anything: blanks separate words; {@code '...'} keeps everything literally;
 * {@code "..."} keeps everything but {@code \"} and {@code \\}; a backslash outside quotes keeps
 * the next character. So {@code --comment='two words'} is one argument, as users expect from
 * typing it after {@code sbatch}, {@code qsub} or {@code bsub}; the words then reach the tool
 * as an argument list.
 */
public final class ShellWords {
  private ShellWords() {}

  /**
   * The words of {@code line}.
   *
   * @throws IllegalArgumentException naming the unclosed quote or trailing backslash
   */
  public static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
      } else if (c == '\'') {
        int close = line.indexOf('\'', i + 1);
        if (close < 0) {
          throw new IllegalArgumentException("a single quote is not closed");
        }
        word.append(line, i + 1, close);
        inWord = true;
        i = close + 1;
      } else if (c == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new IllegalArgumentException("a double quote is not closed");
          }
          char d = line.charAt(i);
          if (d == '"') {
            i++;
            break;
          }
          if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
            d = line.charAt(++i);
          }
          word.append(d);
          i++;
        }
        inWord = true;
      } else if (c == '\\') {
        if (i + 1 >= line.length()) {
          throw new IllegalArgumentException("it ends with a backslash");
        }
        word.append(line.charAt(i + 1));
        inWord = true;
        i += 2;
      } else {
        word.append(c);
        inWord = true;
        i++;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
