package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.Target;
import dev.docket.runtime.spi.storage.RemoteEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing of real xrdfs output, recorded from XRootD 5.5.3 (see the resources' README.md). */
class XrdOutputTest {
  private static final long RECORDED = Instant.parse("2026-12-01T14:04:53Z").toEpochMilli();

  static String recorded(String name) {
    try (InputStream in = XrdOutputTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void statOfAFileGivesItsSizeAndTimeInUtc() {
    assertThat(XrdOutput.stat("hist_1.root", recorded("stat-file.txt")))
        .isEqualTo(new RemoteEntry("hist_1.root", 12, RECORDED, false));
  }

  @Test
  void statOfADirectoryReadsTheIsDirFlagAndReportsNoSize() {
    assertThat(XrdOutput.stat("with space", recorded("stat-dir.txt")))
        .isEqualTo(new RemoteEntry("with space", 0, RECORDED, true));
  }

  @Test
  void statWithoutATimeHasAnUnknownTime() {
    RemoteEntry entry = XrdOutput.stat("f", "Path:   /f\nSize:   5\nFlags:  16 (IsReadable)\n");
    assertThat(entry.lastModified()).isEqualTo(Target.UNKNOWN_TIME);
    assertThat(entry.size()).isEqualTo(5);
  }

  @Test
  void statOutputWithoutSizeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> XrdOutput.stat("f", "Path: /f\n"));
  }

  @Test
  void aLongListingKeepsNamesWithSpacesWholeAndTellsDirectoriesApart() {
    List<XrdOutput.Listed> listed = XrdOutput.list(recorded("ls-l.txt"));
    assertThat(listed.stream().map(XrdOutput.Listed::entry).toList()).containsExactly(
        new RemoteEntry(".hist_2.root.docket-0123456789ab.tmp", 3, RECORDED, false),
        new RemoteEntry("a name with  spaces.txt", 12, RECORDED, false),
        new RemoteEntry("hist_1.root", 12, RECORDED, false),
        new RemoteEntry("with space", 0, RECORDED, true)).inOrder();
    assertThat(listed.get(3).path()).isEqualTo("/recorded/with space");
  }

  @Test
  void aRecursiveListingGivesTheFullPathOfDeeperEntries() {
    List<XrdOutput.Listed> listed = XrdOutput.list(recorded("ls-l-R.txt"));
    assertThat(listed.stream().map(XrdOutput.Listed::path).toList())
        .contains("/recorded/with space/inner");
    assertThat(listed.get(listed.size() - 1).entry()).isEqualTo(new RemoteEntry("inner", 0, RECORDED, true));
  }

  @Test
  void aListingWithoutOwnerAndGroupColumnsIsReadToo() {
    List<XrdOutput.Listed> listed = XrdOutput.list("-rw-r--r-- 42 2026-12-01 14:04:53 /d/x y.root\n");
    assertThat(listed.get(0).entry()).isEqualTo(new RemoteEntry("x y.root", 42, RECORDED, false));
  }

  @Test
  void anEmptyListingHasNoEntries() {
    assertThat(XrdOutput.list("")).isEmpty();
  }

  @Test
  void aLineThatIsNoEntryIsRefusedRatherThanSkipped() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> XrdOutput.list("-rw-r--r-- xrootd xrootd 3 2026-12-01 14:04:53 /a\nsomething else\n"));
    assertThat(e).hasMessageThat().contains("something else");
  }
}
