package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class XrootdUrlTest {
  @Test
  void splitsServerAndDecodedAbsolutePath() {
    XrootdUrl url = XrootdUrl.of(URI.create("root://user@eos.cern.ch:1094//eos/user/a%20b/h.root"));
    assertThat(url.server()).isEqualTo("root://user@eos.cern.ch:1094");
    assertThat(url.path()).isEqualTo("/eos/user/a b/h.root");
    assertThat(url.copyUrl()).isEqualTo("root://user@eos.cern.ch:1094//eos/user/a b/h.root");
    assertThat(url.name()).isEqualTo("h.root");
    assertThat(url.parent()).isEqualTo("/eos/user/a b");
  }

  @Test
  void aSingleSlashPathIsAbsoluteToo() {
    assertThat(XrootdUrl.of(URI.create("root://host/data/x")).path()).isEqualTo("/data/x");
  }

  @Test
  void aDirectoryUrlIsNamedWithoutItsTrailingSlash() {
    XrootdUrl url = XrootdUrl.of(URI.create("root://host//data/out/"));
    assertThat(url.bare()).isEqualTo("/data/out");
    assertThat(url.name()).isEqualTo("out");
    assertThat(XrootdUrl.of(URI.create("root://host//")).name()).isEqualTo(".");
  }
}
