package dev.docket.runtime.spi.batch;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.SectionReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A batch section's {@code extra}: options for the submit command that Docket has no key for,
 * written as a shell would take them ({@code --mail-type=END --comment "two words"}) and passed
 * on as separate arguments, never through a shell.
 *
 * <p>Which options Docket must keep for itself is the backend's to say, since each submit
 * command spells its options its own way (see {@link #read}).
 */
public final class ExtraOptions {

  /** The key every batch section uses for them. */
  public static final String KEY = "extra";

  private ExtraOptions() {}

  /**
   * The words of {@code extra} in {@code section} (none when it is not set).
   *
   * @param tool the submit command, named in the message of a value that does not split
   * @param refused for one word, what the user should write instead when Docket cannot pass it
   *     on (an option Docket sets itself), or empty when the word is fine
   * @throws BadInputException for an unclosed quote or a refused word, naming the value and line
   */
  public static List<String> read(
      SectionReader section, String tool, Function<String, Optional<String>> refused) {
    String extra = section.values().getOrDefault(KEY, "");
    List<String> words;
    try {
      words = ShellWords.split(extra);
    } catch (IllegalArgumentException e) {
      throw section.bad(KEY, extra, tool + " options split like a shell would, but " + e.getMessage());
    }
    for (String word : words) {
      Optional<String> expected = refused.apply(word);
      if (expected.isPresent()) {
        throw section.bad(KEY, extra, expected.get());
      }
    }
    return words;
  }
}
