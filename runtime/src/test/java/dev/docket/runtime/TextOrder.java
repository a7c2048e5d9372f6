package dev.docket.runtime;

import static com.google.common.truth.Truth.assertWithMessage;

/**
 * Order in printed text. Comparing two {@code indexOf}s alone passes when the first text was
 * never printed (-1 is less than any position): this checks that both are there first.
 */
public final class TextOrder {
  private TextOrder() {}

  /** {@code earlier} and {@code later} are in {@code text}, {@code earlier} first. */
  public static void assertBefore(String text, String earlier, String later) {
    int first = text.indexOf(earlier);
    int second = text.indexOf(later);
    assertWithMessage("\"%s\" is missing from:\n%s", earlier, text).that(first).isAtLeast(0);
    assertWithMessage("\"%s\" is missing from:\n%s", later, text).that(second).isAtLeast(0);
    assertWithMessage("\"%s\" comes after \"%s\" in:\n%s", earlier, later, text)
        .that(first)
        .isLessThan(second);
  }
}
