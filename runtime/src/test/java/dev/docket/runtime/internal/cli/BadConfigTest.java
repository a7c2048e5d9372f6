package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.runtime.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad {@code docket.cfg} is refused before anything runs, by every command that reads it:
 * exit 2, one line naming the file, the line and the culprit, nothing written.
 */
class BadConfigTest {
  @TempDir Path dir;
  private CliRunner cli;
  private Path cfg;

  @BeforeEach
  void setUp() {
    TestStores.reset(dir.resolve("elsewhere"));
    cli = new CliRunner(dir);
    cfg = dir.resolve("docket.cfg");
  }

  private CliRunner.Result run(String config) throws IOException {
    Files.writeString(cfg, config);
    return cli.run("run", "Reconstruction", "--dataset", "ttbar");
  }

  /** Exit 2, exactly {@code docket: error: <message>}, and no task ran. */
  private void assertRefused(CliRunner.Result result, String message) {
    assertWithMessage(result.toString()).that(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("docket: error: " + message + System.lineSeparator());
    assertThat(result.out()).isEmpty();
    assertThat(Files.exists(dir.resolve("reco"))).isFalse();
  }

  @Test
  void aTimeoutOfZeroIsRefusedUpFront() throws IOException {
    assertRefused(
        run("[core]\nworkers = 1\n\n[Selection]\ntimeout = 0\n"),
        "bad value '0' for [Selection] timeout in " + cfg + ", line 5: a timeout must be more"
            + " than 0 and at most 365d, e.g. 2h (leave the value empty, timeout =, for no limit)");
    for (String zero : new String[] {"0s", "0.0001", "PT0S", "0.4ms"}) {
      CliRunner.Result result = run("[Selection]\ntimeout = " + zero + "\n");
      assertWithMessage(zero + ": " + result).that(result.status()).isEqualTo(2);
      assertThat(result.err()).contains("more than 0");
    }
  }

  @Test
  void aTimeoutTooLongForTheClockIsRefused() throws IOException {
    // 3,000,000 hours do not fit in a long of nanoseconds: every attempt would fail.
    CliRunner.Result result = run("[Selection]\ntimeout = 3000000h\n");
    assertWithMessage(result.toString()).that(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("at most 365d");
  }

  @Test
  void anUnknownCoreKeyIsRefusedWithTheClosestName() throws IOException {
    assertRefused(
        run("[core]\nwokers = 2\n"),
        "unknown key 'wokers' in section [core] of " + cfg + ", line 2; did you mean workers?"
            + " ([core] has store, workers, progress, progress-interval, keep-going, history, scheduler,"
            + " scheduler-token-file)");
  }

  @Test
  void anUnknownSectionIsRefusedWithTheClosestName() throws IOException {
    assertRefused(
        run("[core]\nworkers = 1\n\n[Selectoin]\nmin-jets = 3\n"),
        "unknown section [Selectoin] in " + cfg + ", line 4; did you mean [Selection]?"
            + " (known sections: [core], [fs.<name>], [job], [resources], [sandbox], [testfs.<name>] and one per task family, e.g."
            + " [Selection]; a backend's section is known when its module is on the class path)");
    CliRunner.Result lower = run("[selection]\nmin-jets = 3\n");
    assertThat(lower.err()).contains("unknown section [selection] in " + cfg + ", line 1; did you mean [Selection]?");
    CliRunner.Result dotted = run("[ttbar.calib]\nmin-jets = 3\n");
    assertThat(dotted.err()).contains("did you mean [ttbar.Calib]?");
    CliRunner.Result far = run("[nothing-like-it]\nx = 1\n");
    assertThat(far.status()).isEqualTo(2);
    assertThat(far.err()).doesNotContain("did you mean");
  }

  @Test
  void aBackendDeclaresItsSectionsThroughTheServiceLoader() throws IOException {
    // TestFsSection, registered in the tests' META-INF/services, owns [testfs.<name>].
    assertRefused(
        run("[testfs.eos]\nbsae = root://eos\n"),
        "unknown key 'bsae' in section [testfs.eos] of " + cfg + ", line 2; did you mean base?"
            + " ([testfs.eos] has base, retries)");
    assertRefused(
        run("[testfs.eos]\nretries = 2\n"),
        "[testfs.eos] in " + cfg + ", line 1 needs base = <URL>");
    CliRunner.Result unknown = run("[testf.eos]\nbase = x\n");
    assertThat(unknown.err()).contains("(known sections: [core], [fs.<name>], [job], [resources], [sandbox], [testfs.<name>]");
    CliRunner.Result fine = run("[testfs.eos]\nbase = root://eos\n\n[testfs.dcache]\nbase = davs://x\n");
    assertWithMessage(fine.toString()).that(fine.status()).isEqualTo(0);
  }

  @Test
  void anUnknownKeyInATaskSectionSuggestsTaskSettingsToo() throws IOException {
    assertRefused(
        run("[Selection]\ntimout = 5s\n"),
        "unknown key 'timout' in section [Selection] of " + cfg + ", line 2; did you mean timeout?"
            + " (Selection has dataset, min-jets, version; task settings: priority, retries,"
            + " retry-delay, timeout, resources, sandbox)");
  }

  @Test
  void aParameterGivenUnderBothItsNamesIsRefused() throws IOException {
    assertRefused(
        run("[Selection]\nmin-jets = 3\nminJets = 4\n"),
        "[Selection] sets min-jets twice in " + cfg + ": as min-jets (line 2) and as minJets"
            + " (line 3); keep one");
  }

  @Test
  void duplicatedKeysAndSectionsAreRefused() throws IOException {
    assertRefused(
        run("[core]\nworkers = 2\nstore = s\nworkers = 3\n"),
        "malformed configuration " + cfg + ", line 4 'workers = 3': workers is already set in"
            + " section [core] (line 2); keep one");
    assertRefused(
        run("[core]\nworkers = 2\n\n[Selection]\nmin-jets = 3\n[core]\nstore = s\n"),
        "malformed configuration " + cfg + ", line 6 '[core]': section [core] already began on"
            + " line 1; merge the two into one");
  }

  @Test
  void anUnclosedQuoteOrTextAfterTheClosingQuoteIsRefused() throws IOException {
    assertRefused(
        run("[Selection]\ndataset = \"ttbar\n"),
        "malformed configuration " + cfg + ", line 2 'dataset = \"ttbar': the quote \" is not"
            + " closed on this line; close it (a quoted value is one line), or write the value"
            + " without quotes");
    assertRefused(
        run("[Selection]\ndataset = 'ttbar' wjets\n"),
        "malformed configuration " + cfg + ", line 2 'dataset = 'ttbar' wjets': the text after"
            + " the closing quote (wjets) would be dropped; put it inside the quotes, or begin a"
            + " comment with ;");
    CliRunner.Result fine = run("[Selection]\ndataset = \"ttbar \\\" x\" ; a comment\n");
    assertThat(fine.err()).isEmpty();
  }

  @Test
  void aBinaryFileIsRefused() throws IOException {
    Files.write(cfg, new byte[] {'[', 'c', 'o', 'r', 'e', ']', '\n', 'a', 0, 'b', '\n'});
    assertRefused(
        cli.run("run", "Reconstruction", "--dataset", "ttbar"),
        "configuration " + cfg + " is not a text file: line 2 has a NUL byte; docket.cfg is"
            + " UTF-8 text (is it the right file?)");
    Files.write(cfg, new byte[] {'[', 'c', 'o', 'r', 'e', ']', '\n', '\n', (byte) 0xC3, '(', '\n'});
    assertRefused(
        cli.run("run", "Reconstruction", "--dataset", "ttbar"),
        "configuration " + cfg + " is not a text file: line 3 is not valid UTF-8; docket.cfg is"
            + " UTF-8 text (is it the right file?)");
  }

  @Test
  void aByteOrderMarkIsFine() throws IOException {
    Files.write(cfg, ("\uFEFF[Selection]\nmin-jets = 3\n").getBytes(StandardCharsets.UTF_8));
    CliRunner.Result result = cli.run("run", "Selection", "--dataset", "ttbar", "--dry-run");
    assertWithMessage(result.toString()).that(result.status()).isEqualTo(0);
    assertThat(result.out()).contains("minJets=3");
  }

  @Test
  void docketConfigNamingADirectoryOrNothingIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("conf"));
    cli.env("DOCKET_CONFIG", "conf");
    assertRefused(
        cli.run("run", "Reconstruction", "--dataset", "ttbar"),
        "configuration file " + dir.resolve("conf") + " (from $DOCKET_CONFIG) is a directory;"
            + " name the file, e.g. DOCKET_CONFIG=" + dir.resolve("conf").resolve("docket.cfg"));
    cli.env("DOCKET_CONFIG", "conf/missing.cfg");
    assertRefused(
        cli.run("run", "Reconstruction", "--dataset", "ttbar"),
        "configuration file " + dir.resolve("conf/missing.cfg") + " (from $DOCKET_CONFIG) does"
            + " not exist; set DOCKET_CONFIG to an existing file, or unset it to read docket.cfg"
            + " in the working directory");
  }

  @Test
  void aDocketCfgDirectoryInTheWorkingDirectoryIsRefused() throws IOException {
    Files.createDirectories(cfg);
    assertRefused(
        cli.run("run", "Reconstruction", "--dataset", "ttbar"),
        "configuration file " + cfg + " is a directory; docket.cfg must be a file (or absent)");
  }

  @Test
  void anUnreadableFileIsRefused() throws IOException {
    Files.writeString(cfg, "[core]\n");
    Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString("-w-------"));
    Assumptions.assumeFalse(Files.isReadable(cfg), "root reads every file");
    assertRefused(
        cli.run("run", "Reconstruction", "--dataset", "ttbar"),
        "configuration file " + cfg + " cannot be read (permission denied); make it readable,"
            + " e.g. chmod u+r " + cfg);
  }

  @Test
  void jobValuesThatWouldFailLaterAreRefused() throws IOException {
    for (String poll : new String[] {"NaN", "Infinity", "2d", "0.0001", "0x10", "٤", "-5"}) {
      CliRunner.Result result = run("[job]\npoll-interval = " + poll + "\n");
      assertWithMessage(poll + ": " + result).that(result.status()).isEqualTo(2);
      assertThat(result.err()).contains("for [job] poll-interval in " + cfg + ", line 2");
    }
    CliRunner.Result acceptance = run("[job]\nacceptance = NaN\n");
    assertWithMessage(acceptance.toString()).that(acceptance.status()).isEqualTo(2);
    assertThat(acceptance.err()).contains("a fraction between 0 and 1");
  }

  @Test
  void jobTemplatesAreCheckedUpFront() throws IOException {
    CliRunner.Result family = run("[job]\ntemplate.Selectoin = jobs/x.sh\n");
    assertWithMessage(family.toString()).that(family.status()).isEqualTo(2);
    assertThat(family.err()).startsWith(
        "docket: error: unknown task family 'Selectoin' in key template.Selectoin of section [job]"
            + " in " + cfg + ", line 2; did you mean template.Selection? (the task families: ");
    CliRunner.Result missing = run("[job]\ntemplate = jobs/missing.sh\n");
    assertWithMessage(missing.toString()).that(missing.status()).isEqualTo(2);
    assertThat(missing.err()).startsWith("docket: error: [job] template in " + cfg + ", line 2: cannot read the job template");
    Files.createDirectories(dir.resolve("jobs"));
    Files.writeString(dir.resolve("jobs/x.sh"), "#!/bin/sh\n{{comand}}\n");
    CliRunner.Result placeholder = run("[job]\ntemplate.Selection = jobs/x.sh\n");
    assertThat(placeholder.err()).startsWith("docket: error: [job] template.Selection in " + cfg
        + ", line 2: the job template has the unknown placeholder {{comand}}");
  }

  @Test
  void coreValuesThatWouldFailLaterAreRefused() throws IOException {
    assertRefused(
        run("[core]\nhistory = /tmp/history.db\n"),
        "bad value '/tmp/history.db' for [core] history in " + cfg + ", line 2: expected off or a"
            + " JDBC URL such as jdbc:sqlite:/path/to/history.db");
    CliRunner.Result interval = run("[core]\nprogress-interval = 3000000h\n");
    assertWithMessage(interval.toString()).that(interval.status()).isEqualTo(2);
    assertThat(interval.err()).contains("[core] progress-interval in " + cfg + ", line 2 must be more than 0 and at most 1d");
    for (String number : new String[] {"٤", "４"}) {
      CliRunner.Result result = run("[Selection]\nretries = " + number + "\n");
      assertWithMessage(number + ": " + result).that(result.status()).isEqualTo(2);
    }
  }

  @Test
  void theConfigCommandRefusesTheSameMistakes() throws IOException {
    Files.writeString(cfg, "[Selectoin]\nmin-jets = 3\n");
    CliRunner.Result result = cli.run("config");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("did you mean [Selection]?");
    Files.writeString(cfg, "[Selection]\ntimeout = 0\n");
    assertThat(cli.run("config").status()).isEqualTo(2);
  }

  @Test
  void theConfigCommandStillPrintsAGoodFile() throws IOException {
    Files.writeString(
        cfg,
        "[core]\nworkers = 2\nprogress = tasks\n\n[job]\npoll-interval = 2\n\n[resources]\n"
            + "db = 1\n\n[Selection]\nmin-jets = 3\ntimeout = 2h\n");
    CliRunner.Result result = cli.run("config");
    assertWithMessage(result.toString()).that(result.status()).isEqualTo(0);
    assertThat(result.out()).contains("workers = 2  # " + cfg + ", line 2");
    assertThat(result.out()).contains("min-jets = 3  # " + cfg + ", line 12");
    assertThat(result.out()).contains("timeout = 2h  # " + cfg + ", line 13");
    assertThat(result.out()).contains("[job]\npoll-interval = 2  # " + cfg + ", line 6");
  }
}
