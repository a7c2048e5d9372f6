package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.RemoteEntry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stat and dirlist-with-stat answers as XRootD 5's server words them (see XrdStatText). */
class XrdStatTextTest {
  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aStatGivesSizeTimeInMillisecondsAndTheDirectoryFlag() {
    assertThat(XrdStatText.entry("f.root", "8589934593 1234 48 1796181200"))
        .isEqualTo(new RemoteEntry("f.root", 1234, 1796181200000L, false));
    // flags 51 = readable, writable, xset and kXR_isDir; a directory's size is never used
    assertThat(XrdStatText.entry("d", "1 4096 51 1796181200"))
        .isEqualTo(new RemoteEntry("d", 0, 1796181200000L, true));
  }

  @Test
  void theExtendedWordsAfterTheTimeAreIgnored() {
    assertThat(XrdStatText.entry("f", "2 7 48 1796181200 1796181201 1796181202 0644 xrootd xrootd"))
        .isEqualTo(new RemoteEntry("f", 7, 1796181200000L, false));
  }

  @Test
  void aStatOfFewerThanFourNumbersIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> XrdStatText.entry("f", "2 7 48"));
    assertThrows(IllegalArgumentException.class, () -> XrdStatText.entry("f", "2 seven 48 1"));
  }

  @Test
  void aListingDropsTheLeadInAndKeepsNamesWithSpacesWhole() {
    byte[] answer = bytes(".\n0 0 0 0\na b.root\n1 3 48 1796181200\nsub dir\n2 4096 51 1796181201\0");
    assertThat(XrdStatText.listing(answer)).containsExactly(
        new RemoteEntry("a b.root", 3, 1796181200000L, false),
        new RemoteEntry("sub dir", 0, 1796181201000L, true)).inOrder();
  }

  @Test
  void partsJoinedAndAnEmptyLastPartReadAsOneListing() {
    // an oksofar part ends after a whole entry; the final part may then be empty
    byte[] answer = bytes(".\n0 0 0 0\nx\n1 1 48 1796181200\n");
    assertThat(XrdStatText.listing(answer)).containsExactly(new RemoteEntry("x", 1, 1796181200000L, false));
  }

  @Test
  void anEmptyDirectoryIsTheLeadInAlone() {
    assertThat(XrdStatText.listing(bytes(".\n0 0 0 0\0"))).isEmpty();
  }

  @Test
  void aListingWithoutTheLeadInOrCutAfterANameIsRefused() {
    // a server that did not stat its entries lists names only
    assertThrows(IllegalArgumentException.class, () -> XrdStatText.listing(bytes("a\nb\0")));
    assertThrows(IllegalArgumentException.class, () -> XrdStatText.listing(bytes(".\n0 0 0 0\nx")));
    assertThrows(IllegalArgumentException.class, () -> XrdStatText.listing(new byte[0]));
  }
}
