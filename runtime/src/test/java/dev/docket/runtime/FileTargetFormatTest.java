package dev.docket.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.format.Format;
import dev.docket.runtime.format.Formats;
import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.internal.remote.TestRemote;
import dev.docket.runtime.internal.store.LocalStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FileTarget#read(Format)} and {@link FileTarget#write(Format, Object)} when the content
 * or the format is bad: the message names the file and the format, and a failed write leaves the
 * old file as it was.
 */
class FileTargetFormatTest {
  @TempDir Path store;

  @BeforeEach
  void installStore() {
    LocalStore.install(store);
  }

  record Cut(String variable, double min) {}

  /** Writes some bytes, then fails as a full disk or a bug in it would. */
  private static final class HalfFormat implements Format<String> {
    private final RuntimeException unchecked;

    HalfFormat(RuntimeException unchecked) {
      this.unchecked = unchecked;
    }

    @Override
    public String read(InputStream in) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void write(String value, OutputStream out) throws IOException {
      out.write(value.getBytes(UTF_8));
      out.flush();
      if (unchecked != null) {
        throw unchecked;
      }
      throw new IOException("the encoder gave up\nafter 3 bytes");
    }

    @Override
    public String name() {
      return "half";
    }
  }

  private LocalFileTarget file(String name, String content) throws IOException {
    Files.writeString(store.resolve(name), content, UTF_8);
    return LocalFileTarget.of(name);
  }

  private IOException readFails(LocalFileTarget target, Format<?> format) {
    return assertThrows(IOException.class, () -> target.read(format));
  }

  @Test
  void malformedJsonNamesTheFileTheFormatAndTheLine() throws IOException {
    LocalFileTarget target = file("a.json", "{\n  \"pt\": 1,\n  x: 2\n}\n");
    IOException e = readFails(target, Formats.JSON);
    assertThat(e)
        .hasMessageThat()
        .startsWith("cannot read " + target.describe() + " as JSON: Unexpected character ('x'");
    assertThat(e).hasMessageThat().endsWith("at line 3, column 3");
    assertThat(e).hasMessageThat().doesNotContain("\n");
    assertThat(e).hasMessageThat().doesNotContain("Source");
  }

  @Test
  void emptyAndTrailingJsonAreErrors() throws IOException {
    assertThat(readFails(file("e.json", "  \n"), Formats.JSON))
        .hasMessageThat()
        .endsWith("as JSON: the file is empty; a JSON value was expected");
    assertThat(readFails(file("t.json", "{}\n{}"), Formats.json(Cut.class)))
        .hasMessageThat()
        .contains("Trailing token");
    assertThat(readFails(file("d.json", "{\"pt\": 1, \"pt\": 2}"), Formats.JSON))
        .hasMessageThat()
        .contains("Duplicate field 'pt'");
  }

  @Test
  void jsonThatDoesNotFitTheRecordSaysWhere() throws IOException {
    IOException wrongType =
        readFails(file("c.json", "{\"variable\": \"pt\", \"min\": \"low\"}"), Formats.json(Cut.class));
    assertThat(wrongType).hasMessageThat().startsWith("cannot read ");
    assertThat(wrongType).hasMessageThat().contains("as JSON: Cannot deserialize value of type");
    assertThat(wrongType).hasMessageThat().endsWith(" at min");
    IOException unknown =
        readFails(
            file("u.json", "{\"variable\": \"pt\", \"min\": 1, \"max\": 2}"),
            Formats.json(Cut.class));
    assertThat(unknown).hasMessageThat().contains("Unrecognized field \"max\"");
  }

  @Test
  void malformedCsvSaysWhichLine() throws IOException {
    assertThat(readFails(file("a.csv", "a,b\n\"open,c\nd\n"), Formats.CSV))
        .hasMessageThat()
        .endsWith("a.csv as CSV: line 2: the quoted field that starts there is never closed");
    assertThat(readFails(file("b.csv", "a,b\nc,d\"e\n"), Formats.CSV))
        .hasMessageThat()
        .contains("b.csv as CSV: line 2: a quote inside a field");
    assertThat(readFails(file("c.csv", "\"x\ny\"z\n"), Formats.CSV))
        .hasMessageThat()
        .contains("as CSV: line 2: 'z' after a closing quote");
  }

  @Test
  void textThatIsNotUtf8SaysWhere() throws IOException {
    Files.write(store.resolve("l.txt"), new byte[] {'a', 'b', (byte) 0xE9, 'c'});
    LocalFileTarget target = LocalFileTarget.of("l.txt");
    for (Format<?> format : List.of(Formats.TEXT, Formats.LINES, Formats.CSV)) {
      assertThat(readFails(target, format))
          .hasMessageThat()
          .contains("as " + format.name().toUpperCase() + ": not UTF-8 text: the bytes at offset 2");
    }
    assertThat(target.read(Formats.BYTES)).hasLength(4);
  }

  @Test
  void aBrokenPropertiesEscapeIsAnIoError() throws IOException {
    assertThat(readFails(file("p.properties", "a=\\u12G4\n"), Formats.PROPERTIES))
        .hasMessageThat()
        .contains("as PROPERTIES: Malformed \\uxxxx encoding.");
  }

  @Test
  void aMissingFileIsTheStoragesErrorAsItIs() {
    assertThrows(
        NoSuchFileException.class, () -> LocalFileTarget.of("missing.json").read(Formats.JSON));
  }

  @Test
  void aFormatFailingHalfWayLeavesTheOldFileAsItWas() throws IOException {
    LocalFileTarget target = file("out.txt", "old");
    IOException e =
        assertThrows(IOException.class, () -> target.write(new HalfFormat(null), "new content"));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "cannot write " + target.describe()
                + " as HALF: the encoder gave up after 3 bytes (nothing of it was kept)");
    assertThat(target.read(Formats.TEXT)).isEqualTo("old");
    assertThat(filesIn(store)).containsExactly("out.txt");
  }

  @Test
  void aFormatFailingHalfWayUploadsNothingToRemoteStorage() throws IOException {
    Path base = Files.createDirectories(store.resolve("remote"));
    Files.writeString(base.resolve("out.txt"), "old", UTF_8);
    try (RemoteStorage storage =
        TestRemote.install(store, "out", base, "cache", store.resolve("cache").toString())) {
      RemoteFileTarget target = RemoteFileTarget.of("out", "out.txt");
      assertThrows(IOException.class, () -> target.write(new HalfFormat(null), "new content"));
      assertThat(Files.readString(base.resolve("out.txt"), UTF_8)).isEqualTo("old");
      assertThat(filesIn(base)).containsExactly("out.txt");
      // the local file the stream wrote into is gone too
      assertThat(filesIn(store.resolve("cache").resolve("uploads"))).isEmpty();
    }
  }

  @Test
  void anUncheckedFailureHalfWayIsRethrownAndLeavesTheOldFile() throws IOException {
    LocalFileTarget target = file("out.txt", "old");
    IllegalStateException bug = new IllegalStateException("a bug in the format");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> target.write(new HalfFormat(bug), "new"));
    assertThat(e).isSameInstanceAs(bug);
    assertThat(target.read(Formats.TEXT)).isEqualTo("old");
    assertThat(filesIn(store)).containsExactly("out.txt");
  }

  @Test
  void aValueJsonCannotWriteLeavesTheOldFile() throws IOException {
    LocalFileTarget target = file("v.json", "{}");
    IOException e =
        assertThrows(
            IOException.class, () -> target.write(Formats.json(Object.class), new Object()));
    assertThat(e).hasMessageThat().contains("as JSON: No serializer found for class");
    assertThat(target.read(Formats.TEXT)).isEqualTo("{}");
    assertThat(filesIn(store)).containsExactly("v.json");
  }

  @Test
  void aValueWrittenWholeReplacesTheFileWhenTheStreamCloses() throws IOException {
    LocalFileTarget target = file("t.txt", "old");

    target.write(Formats.TEXT, "new");

    assertThat(Files.readString(store.resolve("t.txt"), UTF_8)).isEqualTo("new");
    assertThat(filesIn(store)).containsExactly("t.txt");
  }

  @Test
  void aFormatWithoutANameIsCalledByItsClass() {
    Format<String> anonymous =
        new Format<>() {
          @Override
          public String read(InputStream in) {
            return "";
          }

          @Override
          public void write(String value, OutputStream out) {}
        };
    assertThat(anonymous.name()).isEqualTo(getClass().getName() + "$1");
    assertThat(new HalfFormat(null).name()).isEqualTo("half");
  }

  private static List<String> filesIn(Path directory) throws IOException {
    try (Stream<Path> listing = Files.list(directory)) {
      return listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
