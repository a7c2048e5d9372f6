package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config}'s listing of what is set beyond the defaults: other {@code [core]} keys, task
 * settings from {@code @Task} beside the file's, sections of backends; the job actions of a
 * run, which run nothing; and the header of one run in the history.
 */
class ConfigListingTest {
  @TempDir Path dir;
  private CliRunner cli;
  private Path file;

  @BeforeEach
  void setUp() throws IOException {
    TestStores.reset(dir.resolve("elsewhere"));
    cli = new CliRunner(dir);
    Files.createDirectories(dir.resolve("remote"));
    file = Files.writeString(dir.resolve("docket.cfg"),
        "[core]\nworkers = 3\nhistory = off\n\n"
            + "[fs.out]\nbase = " + dir.resolve("remote").toUri() + "\n\n"
            + "[Scheduled]\nretries = 5\n");
  }

  /** The lines of the section {@code header}, from it to the blank line that ends it. */
  private static List<String> section(List<String> lines, String header) {
    int start = lines.indexOf(header);
    assertThat(start).isAtLeast(1);
    assertThat(lines.get(start - 1)).isEmpty(); // a blank line between sections
    int end = start;
    while (end < lines.size() && !lines.get(end).isEmpty()) {
      end++;
    }
    return lines.subList(start, end);
  }

  @Test
  void everyCoreKeyTaskSettingAndBackendSectionIsListedWithItsOrigin() {
    CliRunner.Result config = cli.run("config");
    assertThat(config.status()).isEqualTo(0);
    List<String> lines = config.outLines();

    assertThat(lines.subList(0, 5))
        .containsExactly(
            "# configuration file: " + file,
            "[core]",
            "store = " + dir + "  # default: the directory of the file",
            "workers = 3  # " + file + ", line 2",
            "history = off  # " + file + ", line 3")
        .inOrder();
    assertThat(lines.get(5)).isEmpty();
    assertThat(section(lines, "[Scheduled]"))
        .containsExactly(
            "[Scheduled]",
            "name =   # required: no default; give --name",
            "priority = 10  # @Task",
            "retries = 5  # " + file + ", line 9",
            "retry-delay = 10ms  # @Task",
            "timeout = 300ms  # @Task",
            "resources = db=1  # @Task")
        .inOrder();
    // Sections no family reads come last, as read.
    assertThat(section(lines, "[fs.out]"))
        .containsExactly("[fs.out]", "base = " + dir.resolve("remote").toUri() + "  # " + file + ", line 6")
        .inOrder();
    assertThat(lines.get(lines.size() - 1)).startsWith("base = ");
    assertThat(lines.stream().filter(l -> l.equals("[core]")).count()).isEqualTo(1);
  }

  @Test
  void jobActionsWithoutASubmissionSaySoAndExitZero() {
    CliRunner.Result cancel = cli.run("run", "Sweep", "--cancel-jobs");
    assertThat(cancel.status()).isEqualTo(0);
    assertThat(cancel.out())
        .startsWith("no submission of Sweep(branch=-1, size=4) to cancel (looked in "
            + dir.resolve(".docket/jobs/Sweep"));
    assertThat(cancel.outLines()).hasSize(1);

    CliRunner.Result cleanup = cli.run("run", "Sweep", "--cleanup-jobs");
    assertThat(cleanup.status()).isEqualTo(0);
    assertThat(cleanup.out())
        .isEqualTo("no submission of Sweep(branch=-1, size=4) to clean up" + System.lineSeparator());

    CliRunner.Result both = cli.run("run", "Sweep", "--cancel-jobs", "--cleanup-jobs");
    assertThat(both.status()).isEqualTo(0);
    assertThat(both.outLines()).hasSize(2);
    assertThat(both.outLines().get(0)).startsWith("no submission of Sweep(branch=-1, size=4) to cancel");
    assertThat(both.outLines().get(1)).isEqualTo("no submission of Sweep(branch=-1, size=4) to clean up");
  }

  @Test
  void historyOfOneRunStartsWithItsTaskHostStartAndDuration() throws IOException {
    Files.delete(file); // the history is on by default
    assertThat(cli.run("run", "Selection", "--dataset", "ttbar").status()).isEqualTo(0);
    CliRunner.Result one = cli.run("history", "1");
    assertThat(one.status()).isEqualTo(0);
    String header = one.outLines().get(0);
    assertThat(header).matches("Run 1: Selection\\(dataset=ttbar, minJets=4, version=v1\\) on \\S+,"
        + " started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, took \\d+\\.\\d s, done");
    // The run took seconds, not the sum or product of two times since 1970.
    double took = Double.parseDouble(header.replaceAll(".*, took (\\S+) s, done", "$1"));
    assertThat(took).isLessThan(600.0);
    assertThat(one.outLines().subList(1, 3))
        .containsExactly("  1 ran, 0 already complete, 0 failed, 0 failed upstream", "No failures.")
        .inOrder();
  }
}
