package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The text-joining fast path resolves every path exactly as Path's resolve and normalize do. */
class StorePathsTest {
  private static final Path STORE = Path.of("/data/store");

  @AfterEach
  void restore() {
    LocalStore.install(Path.of(""));
  }

  @Test
  void resolvesLikeResolveAndNormalize() {
    List<String[]> cases =
        List.of(
            new String[] {"out", "leaf1.txt"},
            new String[] {"sel/v1", "ttbar.json"},
            new String[] {"a", "", "b"},
            new String[] {"a//b", "c/"},
            new String[] {"./a", "b"},
            new String[] {"a", "..", "b"},
            new String[] {"a/./b"},
            new String[] {"a/..hidden", ".dot", "b.."},
            new String[] {"/abs/path", "x"},
            new String[] {"..", "up"},
            new String[] {"."},
            new String[] {""});
    for (Path store : List.of(STORE, Path.of("/"))) {
      LocalStore.install(store);
      for (String[] parts : cases) {
        String first = parts[0];
        String[] more = List.of(parts).subList(1, parts.length).toArray(new String[0]);
        Path expected = store.resolve(Path.of(first, more)).normalize();
        assertThat(resolve(first, more)).isEqualTo(expected.toString());
      }
    }
  }

  @Test
  void theTwoPartFormJoinsAndRefusesExactlyAsTheVarargsForm() {
    List<String> parts = List.of("out", "leaf1.txt", "sel/v1", "", ".", "..", "./a", "a/",
        "a//b", "/abs", ".hidden", "a..b", "a\0b");
    for (Path store : List.of(STORE, Path.of("/"))) {
      LocalStore.install(store);
      for (String first : parts) {
        for (String second : parts) {
          assertThat(StorePaths.plain(first, second))
              .isEqualTo(StorePaths.plain(first, new String[] {second}));
        }
      }
    }
    assertThat(StorePaths.plain("out", "leaf1.txt")).isEqualTo("/out/leaf1.txt");
  }

  /** The path {@code LocalFileTarget.of} gives: the fast path where it applies, else the slow one. */
  private static String resolve(String first, String... more) {
    String plain = StorePaths.plain(first, more);
    return plain != null ? plain : StorePaths.slow(first, more);
  }

  @Test
  void onlyPlainRelativeNamesTakeTheFastPath() {
    assertThat(StorePaths.isPlain("out/leaf1.txt")).isTrue();
    assertThat(StorePaths.isPlain("a..b/y..")).isTrue();
    assertThat(StorePaths.isPlain("a/.hidden")).isFalse(); // correct, only slower
    assertThat(StorePaths.isPlain("/abs")).isFalse();
    assertThat(StorePaths.isPlain("a//b")).isFalse();
    assertThat(StorePaths.isPlain("a/")).isFalse();
    assertThat(StorePaths.isPlain("./a")).isFalse();
    assertThat(StorePaths.isPlain("a/..")).isFalse();
    assertThat(StorePaths.isPlain("")).isFalse();
    assertThat(StorePaths.isPlain("\0a")).isFalse(); // a NUL first, too
  }

  @Test
  void aNulCharacterIsKeptAsWrittenForThePlannerToReport() {
    LocalStore.install(STORE);
    // Path refuses NUL; the text stays, so that the planner can name the parameter (#10).
    assertThat(resolve("out", "a\0b")).isEqualTo("/data/store/out/a\0b");
    assertThat(StorePaths.unsafe("out/a\0b", "/data/store/out/a\0b")).isTrue();
    assertThat(StorePaths.inside("/data/store/out/a\0b")).isFalse();
  }

  @Test
  void aNulPathUnderTheRootOrAbsoluteIsJoinedOnce() {
    LocalStore.install(Path.of("/"));
    assertThat(StorePaths.slow("a", "b\0c")).isEqualTo("/a/b\0c");
    LocalStore.install(STORE);
    assertThat(StorePaths.slow("/elsewhere/a\0b")).isEqualTo("/elsewhere/a\0b");
    assertThat(StorePaths.slow("\0a")).isEqualTo("/data/store/\0a");
    assertThat(StorePaths.plain("out", "a\0b")).isNull();
  }

  @Test
  void theWrittenTextKeepsEveryPart() {
    assertThat(StorePaths.written("a")).isEqualTo("a");
    assertThat(StorePaths.written("a", "", "b/")).isEqualTo("a//b/");
  }

  @Test
  void insideMeansStrictlyUnderTheStore() {
    LocalStore.install(STORE);
    assertThat(StorePaths.inside("/data/store/a")).isTrue();
    assertThat(StorePaths.inside("/data/store")).isFalse(); // the store itself is no file
    assertThat(StorePaths.inside("/data/store/")).isFalse();
    assertThat(StorePaths.inside("/data/storeroom/a")).isFalse();
    assertThat(StorePaths.inside("/data/a")).isFalse();
    LocalStore.install(Path.of("/"));
    assertThat(StorePaths.inside("/a")).isTrue();
    assertThat(StorePaths.inside("/")).isFalse();
  }

  @Test
  void unsafeIsOutsideOrAnEmptyDotOrDotDotPart() {
    LocalStore.install(STORE);
    assertThat(StorePaths.unsafe("a/.hidden", "/data/store/a/.hidden")).isFalse();
    assertThat(StorePaths.unsafe("/data/store/a", "/data/store/a")).isFalse();
    assertThat(StorePaths.unsafe("a/../b", "/data/store/b")).isTrue();
    assertThat(StorePaths.unsafe("a/./b", "/data/store/a/b")).isTrue();
    assertThat(StorePaths.unsafe("a//b", "/data/store/a/b")).isTrue();
    assertThat(StorePaths.unsafe("a/", "/data/store/a")).isTrue();
    assertThat(StorePaths.unsafe("", "/data/store")).isTrue();
    assertThat(StorePaths.unsafe("/etc/passwd", "/etc/passwd")).isTrue();
    assertThat(StorePaths.unsafe("../x", "/data/x")).isTrue();
    assertThat(StorePaths.unsafe("a/..", "/data/store")).isTrue();
    assertThat(StorePaths.unsafe("a/b/..", "/data/store/a")).isTrue();
    assertThat(StorePaths.unsafe("/data/store/a/.", "/data/store/a")).isTrue();
    assertThat(StorePaths.unsafe("a/..b/c..", "/data/store/a/..b/c..")).isFalse();
  }
}
