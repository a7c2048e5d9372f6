package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the tools are run: their settings, and a tool that cannot run at all. */
class ToolRunTest {
  private static final URI URL = URI.create("root://localhost:1094//data/a.root");

  @Test
  void theClientLibraryGetsOneAttemptAndOurTimeoutUnlessTheUserSetsThem() {
    Map<String, String> env = ToolRun.environment(Map.of("XRD_REQUESTTIMEOUT", "600", "TZ", "CET"),
        Duration.ofSeconds(30));

    assertThat(env).containsExactly("XRD_CONNECTIONRETRY", "1", "XRD_CONNECTIONWINDOW", "30",
        "XRD_STREAMTIMEOUT", "30", "TZ", "UTC");
  }

  @Test
  void aToolThatCannotRunIsAPermanentFaultWithTheInstallAdvice() {
    StorageException e = assertThrows(StorageException.class, () -> ToolRun.run(
        List.of("/nonexistent/xrdfs", "stat"), Duration.ofSeconds(5), false, URL));

    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(e).hasMessageThat().startsWith(URL + ": cannot run /nonexistent/xrdfs");
    assertThat(e).hasMessageThat().contains(XrootdProvider.INSTALL_ADVICE);
  }

  @Test
  void whatTheToolPrintedComesBackWithItsExitCode() throws Exception {
    ToolRun.Result result = ToolRun.run(List.of("sh", "-c", "echo $TZ; echo oops >&2; exit 54"),
        Duration.ofSeconds(30), true, URL);

    assertThat(result.exitCode()).isEqualTo(54);
    assertThat(result.stdout()).isEqualTo("UTC\n");
    assertThat(result.stderr()).isEqualTo("oops\n");
  }
}
