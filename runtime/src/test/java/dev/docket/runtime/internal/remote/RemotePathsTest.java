package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A remote path is plain names joined with '/', encoded part by part into a URL. */
class RemotePathsTest {
  @Test
  void plainNamesAreSafe() {
    for (String path : List.of("a", "a/b.root", "..a/b..", ".hidden/x", "a b/c#d")) {
      assertThat(RemotePaths.safe(path)).isTrue();
    }
  }

  @Test
  void whatLeavesOrAliasesTheBaseIsNot() {
    for (String path : List.of("", "/a", "a/", "a//b", ".", "a/.", "..", "a/../b", "a\\b",
        "a\0b", "\0a", "\\a")) {
      assertThat(RemotePaths.safe(path)).isFalse();
    }
  }

  @Test
  void partsAreJoinedAsWritten() {
    assertThat(RemotePaths.join("a", "b/c", "")).isEqualTo("a/b/c/");
    assertThat(RemotePaths.parent("a/b/c.txt")).isEqualTo("a/b");
    assertThat(RemotePaths.parent("c.txt")).isEmpty();
    assertThat(RemotePaths.name("a/b/c.txt")).isEqualTo("c.txt");
  }

  @Test
  void lettersAndDigitsAtTheEndsOfTheirRangesStayAsTheyAre() {
    assertThat(RemotePaths.encode("azAZ09")).isEqualTo("azAZ09");
    assertThat(RemotePaths.encode("`{[")).isEqualTo("%60%7B%5B");
  }

  @Test
  void eachByteOutsideTheSafeSetIsPercentEncoded() {
    assertThat(RemotePaths.encode("a b/ü?#%:@.txt")).isEqualTo("a%20b/%C3%BC%3F%23%25:@.txt");
  }
}
