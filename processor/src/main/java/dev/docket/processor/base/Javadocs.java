package dev.docket.processor.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first sentence of a Javadoc comment: the default description of tasks and parameters. */
public final class Javadocs {
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@\\w+\\s+([^}]*)}");
  // A sentence ends at . ! or ? before a capital or the end: "The dataset, e.g. ttbar." is one
  // sentence (javadoc's own rule would stop at "e.g.").
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<!\\be\\.g|\\bi\\.e|\\bvs|\\betc)[.!?](?=\\s+[\\p{Lu}\\d\"(]|$)");

  private Javadocs() {}

  /** {@code ""} for a missing comment; inline tags keep their text, HTML tags are dropped. */
  public static String firstSentence(String docComment) {
    if (docComment == null) {
      return "";
    }
    StringBuilder body = new StringBuilder();
    for (String line : docComment.split("\n", -1)) {
      String trimmed = line.trim();
      // Block tags (@param, @see, ...) and the first blank line end the summary.
      if (trimmed.startsWith("@") || (trimmed.isEmpty() && body.length() > 0)) {
        break;
      }
      body.append(trimmed).append(' ');
    }
    String text = INLINE_TAG.matcher(body).replaceAll("$1");
    text = text.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
    Matcher end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(0, end.end()) : text;
  }
}
