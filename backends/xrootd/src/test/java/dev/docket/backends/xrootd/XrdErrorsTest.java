package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;
import static dev.docket.backends.xrootd.XrdOutputTest.recorded;

import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classification of real failures of xrdfs and xrdcp (recorded; see the resources' README.md). */
class XrdErrorsTest {
  private static final URI URL = URI.create("root://localhost:1094//recorded/x.txt");

  private static ToolRun.Result failed(String tool, int exit, String stdout, String stderr) {
    return new ToolRun.Result(List.of("/usr/bin/" + tool, "root://localhost:1094"), exit, stdout, stderr);
  }

  @Test
  void notFoundIsMissing() {
    assertThat(XrdErrors.missing(failed("xrdfs", 54, "", recorded("stat-missing.err")))).isTrue();
    assertThat(XrdErrors.missing(
        failed("xrdfs", 54, recorded("rm-missing.out"), recorded("rm-missing.err")))).isTrue();
    assertThat(XrdErrors.missing(failed("xrdcp", 54, "", recorded("xrdcp-missing.err")))).isTrue();
  }

  @Test
  void otherFailuresAreNotMissing() {
    assertThat(XrdErrors.missing(failed("xrdfs", 54, "", recorded("rmdir-notempty.err")))).isFalse();
    assertThat(XrdErrors.missing(failed("xrdfs", 51, "", recorded("stat-refused.err")))).isFalse();
    assertThat(XrdErrors.missing(failed("xrdcp", 54, "", recorded("xrdcp-denied.err")))).isFalse();
  }

  @Test
  void permissionDeniedIsPermanentWithAdviceOnCredentials() {
    StorageException e = XrdErrors.failure(failed("xrdcp", 54, "", recorded("xrdcp-denied.err")), URL);
    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(e.url()).isEqualTo(URL);
    assertThat(e).hasMessageThat().startsWith(URL + ": xrdcp: [ERROR] Server responded with an error:"
        + " [3010] Unable to create /ro/x.txt; permission denied (destination); access denied:");
    assertThat(e).hasMessageThat().contains("X509_USER_PROXY");
  }

  @Test
  void aRefusedConnectionIsTransient() {
    StorageException e = XrdErrors.failure(failed("xrdfs", 51, "", recorded("stat-refused.err")), URL);
    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e).hasMessageThat().isEqualTo(URL + ": xrdfs: [FATAL] Connection error");
  }

  @Test
  void anUnknownHostIsPermanentAndPointsAtTheBase() {
    StorageException e = XrdErrors.failure(failed("xrdfs", 51, "", recorded("stat-badhost.err")), URL);
    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(e).hasMessageThat().endsWith("check the host in the section's base");
  }

  @Test
  void aServerSideFilesystemErrorMayBeRetried() {
    StorageException e = XrdErrors.failure(failed("xrdfs", 54, "", recorded("rmdir-notempty.err")), URL);
    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e).hasMessageThat().contains("[3005] Unable to remove /recorded; directory not empty");
  }

  @Test
  void aFullStorageIsPermanent() {
    StorageException e = XrdErrors.failure(failed("xrdcp", 54, "",
        "Run: [ERROR] Server responded with an error: [3009] Unable to write /d/x; no space left on device"), URL);
    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(e).hasMessageThat().contains("full, over quota or read-only");
  }

  @Test
  void anExistingTargetIsRecognisedForTheUploadsMove() {
    assertThat(XrdErrors.exists(failed("xrdfs", 54, "",
        "[ERROR] Server responded with an error: [3018] Unable to rename /d/.x.tmp to /d/x; file exists"))).isTrue();
    assertThat(XrdErrors.exists(failed("xrdfs", 54, "", recorded("stat-missing.err")))).isFalse();
  }

  @Test
  void aToolThatPrintsNoErrorLineIsSummarisedByItsLastLineOrExitStatus() {
    assertThat(XrdErrors.summary(failed("xrdfs", 50, "", "usage\n[x] Invalid arguments? no\n")))
        .isEqualTo("[x] Invalid arguments? no");
    assertThat(XrdErrors.summary(failed("xrdfs", 50, "", ""))).isEqualTo("exit status 50");
  }
}
