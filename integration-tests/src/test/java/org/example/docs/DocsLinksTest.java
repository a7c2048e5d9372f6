package org.example.docs;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page the README and the docs link to is in the repository: a user's clone has nothing
 * beside it (issue #10: the README once linked to a planning page outside the repository).
 */
class DocsLinksTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** A Markdown link or image: {@code [text](target)} or {@code ![alt](target)}. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  @Test
  void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    pages.add(ROOT.resolve("archetype/src/main/resources/archetype-resources/README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : pages) {
      Matcher link = LINK.matcher(Files.readString(page));
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*") || target.startsWith("#")) {
          continue; // a URL or an anchor in the same page
        }
        String file = target.replaceFirst("#.*$", "");
        Path resolved = page.getParent().resolve(file).normalize();
        checked++;
        if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
          broken.add(ROOT.relativize(page) + " -> " + target);
        }
      }
    }
    assertWithMessage("relative links checked").that(checked).isGreaterThan(3);
    assertWithMessage("links to pages missing from the repository").that(broken).isEmpty();
  }
}
