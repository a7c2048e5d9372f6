package dev.docket.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.internal.store.AtomicFiles;
import dev.docket.runtime.internal.store.LocalStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileTargetTest {
  @TempDir Path store;

  @BeforeEach
  void installStore() {
    LocalStore.install(store);
  }

  @Test
  void theTwoPartFormIsTheVarargsForm() {
    for (String[] parts : List.of(new String[] {"sel", "ttbar.json"},
        new String[] {"sel/v1", "ttbar.json"}, new String[] {"sel", ".hidden"},
        new String[] {"sel", "../x"}, new String[] {"sel", ""}, new String[] {"/abs", "x"},
        new String[] {"sel", "a\0b"})) {
      LocalFileTarget two = LocalFileTarget.of(parts[0], parts[1]);
      LocalFileTarget varargs = LocalFileTarget.of(parts[0], new String[] {parts[1]});
      assertThat(two).isEqualTo(varargs);
      assertThat(two.describe()).isEqualTo(varargs.describe());
      assertThat(two.unsafePath()).isEqualTo(varargs.unsafePath());
      assertThat(two.insideStore()).isEqualTo(varargs.insideStore());
    }
    assertThat(LocalFileTarget.of("sel", "../x").unsafePath()).isEqualTo("sel/../x");
    assertThat(LocalFileTarget.of("sel", "x").unsafePath()).isNull();
  }

  @Test
  void relativePathsResolveAgainstTheStore() {
    LocalFileTarget target = LocalFileTarget.of("sel", "v1", "ttbar.json");
    assertThat(target.path()).isEqualTo(store.resolve("sel/v1/ttbar.json"));
    assertThat(target.exists()).isFalse();
  }

  @Test
  void writeStringCreatesParentsAndReplacesContent() throws IOException {
    LocalFileTarget target = LocalFileTarget.of("a", "b", "c.txt");
    target.writeString("one");
    target.writeString("two");
    assertThat(target.readString()).isEqualTo("two");
    assertThat(files(target.path().getParent())).containsExactly("c.txt");
  }

  @Test
  void streamContentAppearsOnlyWhenClosed() throws IOException {
    LocalFileTarget target = LocalFileTarget.of("out.txt");
    OutputStream out = target.newOutputStream();
    out.write("partial".getBytes(StandardCharsets.UTF_8));
    out.flush();
    assertThat(target.exists()).isFalse();
    List<String> during = files(store);
    assertThat(during).hasSize(1);
    assertThat(during.get(0)).startsWith(AtomicFiles.TEMP_PREFIX);
    assertThat(during.get(0)).isNotEqualTo("out.txt");
    out.close();
    assertThat(target.readString()).isEqualTo("partial");
    assertThat(files(store)).containsExactly("out.txt");
  }

  @Test
  void failedRenameLeavesNoFile() throws IOException {
    LocalFileTarget target = LocalFileTarget.of("out.bin");
    OutputStream broken = target.newOutputStream();
    Path temp = Files.list(store).filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)).findFirst().orElseThrow();
    Files.delete(temp); // the temporary file vanishes: the rename at close must fail
    assertThrows(IOException.class, broken::close);
    assertThat(target.exists()).isFalse();
    assertThat(files(store)).isEmpty();
  }

  @Test
  void writeThatThrowsLeavesNoFileWhenClosed() throws IOException {
    LocalFileTarget target = LocalFileTarget.of("out.bin");
    OutputStream out = target.newOutputStream();
    assertThrows(IndexOutOfBoundsException.class, () -> out.write(new byte[1], 5, 1));
    out.close();
    assertThat(target.exists()).isFalse();
    assertThat(files(store)).isEmpty();
  }

  @Test
  void removeDeletesAndToleratesAbsence() throws IOException {
    LocalFileTarget target = LocalFileTarget.of("x.txt");
    target.remove();
    target.writeString("x");
    target.remove();
    assertThat(target.exists()).isFalse();
  }

  @Test
  void removingADirectoryTakesWhatItHoldsButNotWhatItsLinksName(@TempDir Path outside)
      throws IOException {
    Path kept = Files.writeString(outside.resolve("kept.txt"), "k");
    LocalFileTarget.of("hists", "a", "h.txt").writeString("h");
    Files.createSymbolicLink(store.resolve("hists/link"), outside);
    LocalFileTarget dir = LocalFileTarget.of("hists");

    dir.remove();

    assertThat(dir.exists()).isFalse();
    assertThat(Files.readString(kept)).isEqualTo("k");
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void targetsOfTheSameFileAreEqualWhetherOrNotTheirPathsWereMade() {
    LocalFileTarget a = LocalFileTarget.of("sel", "v1", "ttbar.json");
    LocalFileTarget b = LocalFileTarget.of(Path.of("sel/v1/ttbar.json"));
    // Neither has made its Path yet: equality and hash come from the file's text alone.
    assertThat(a).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    a.path();
    assertThat(b).isEqualTo(a);
    assertThat(a).isNotEqualTo(LocalFileTarget.of("sel", "v1", "wjets.json"));
  }

  @Test
  void childrenAreTheSortedEntriesOfADirectoryAndNoneOfAFile() throws IOException {
    LocalFileTarget dir = LocalFileTarget.of("hists");
    assertThat(dir.children()).isEmpty(); // missing
    dir.child("b", "2.root").writeBytes(new byte[] {2});
    dir.child("a.root").writeBytes(new byte[] {1, 1});

    assertThat(dir.isDirectory()).isTrue();
    assertThat(dir.children()).containsExactly(LocalFileTarget.of("hists", "a.root"), LocalFileTarget.of("hists", "b"))
        .inOrder();
    LocalFileTarget file = dir.child("a.root");
    assertThat(file.isDirectory()).isFalse();
    assertThat(file.children()).isEmpty();
    assertThat(file.readBytes()).isEqualTo(new byte[] {1, 1});
    assertThat(file.localized()).isEqualTo(store.resolve("hists/a.root"));
    assertThat(dir.child("b", "2.root").path()).isEqualTo(store.resolve("hists/b/2.root"));
  }

  @Test
  void aReaderReadsAsUtf8AndEqualTargetsHashAlike() throws IOException {
    LocalFileTarget target = LocalFileTarget.of("notes", "µ.txt");
    target.writeString("µ → e\n");

    try (var reader = target.newReader()) {
      assertThat(reader.readLine()).isEqualTo("µ → e");
    }
    assertThat(LocalFileTarget.of("notes", "µ.txt").hashCode()).isEqualTo(target.hashCode());
    assertThat(LocalFileTarget.of("notes/µ.txt")).isEqualTo(target);
    assertThat(target.toString()).isEqualTo("LocalFileTarget(" + store.resolve("notes/µ.txt") + ")");
  }

  /** A target that knows only whether it exists, as a minimal remote one might. */
  private static final class ExistenceOnly implements FileTarget {
    private final LocalFileTarget file;

    ExistenceOnly(LocalFileTarget file) {
      this.file = file;
    }

    @Override
    public boolean exists() {
      return file.exists();
    }

    @Override
    public void remove() throws IOException {
      file.remove();
    }

    @Override
    public String describe() {
      return "existence-only " + file.describe();
    }

    @Override
    public void writeBytes(byte[] content) throws IOException {
      file.writeBytes(content);
    }

    @Override
    public java.io.InputStream newInputStream() throws IOException {
      return file.newInputStream();
    }

    @Override
    public OutputStream newOutputStream() throws IOException {
      return file.newOutputStream();
    }

    @Override
    public byte[] readBytes() throws IOException {
      return file.readBytes();
    }

    @Override
    public String readString() throws IOException {
      return file.readString();
    }

    @Override
    public void writeString(String content) throws IOException {
      file.writeString(content);
    }

    @Override
    public void copyTo(Path local) throws IOException {
      file.copyTo(local);
    }

    @Override
    public void copyFrom(Path local) throws IOException {
      file.copyFrom(local);
    }

    @Override
    public Path localized() {
      return file.localized();
    }

    @Override
    public FileTarget child(String first, String... more) {
      return new ExistenceOnly(file.child(first, more));
    }

    @Override
    public List<? extends FileTarget> children() throws IOException {
      return file.children();
    }

    @Override
    public boolean isDirectory() {
      return file.isDirectory();
    }
  }

  @Test
  void theDefaultsKnowOnlyExistenceAndReadAndWriteUtf8ThroughTheStreams() throws IOException {
    FileTarget target = new ExistenceOnly(LocalFileTarget.of("plain.txt"));
    assertThat(target.lastModified()).isEqualTo(Target.MISSING);

    try (var writer = target.newWriter()) {
      writer.write("µ line\n");
    }

    assertThat(target.lastModified()).isEqualTo(Target.UNKNOWN_TIME);
    try (var reader = target.newReader()) {
      assertThat(reader.readLine()).isEqualTo("µ line");
    }
  }
}
