package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * law's forms of the output options through the command line: {@code -1} for every depth,
 * {@code DEPTH,MODE[,RUN]} of {@code --remove-output}, {@code --print-output} and
 * {@code --fetch-output}. Plot requires Reconstruction and Selection; Reconstruction requires
 * Selection.
 */
class OutputOptionsTest extends CliFixture {
  private Path plot;
  private Path reco;
  private Path sel;

  @BeforeEach
  void setUp() {
    plot = dir.resolve("plot/v1/ttbar.txt");
    reco = dir.resolve("reco/v1/ttbar.json");
    sel = dir.resolve("sel/v1/ttbar.json");
  }

  private CliRunner.Result plot(String... options) {
    String[] args = new String[3 + options.length];
    args[0] = "run";
    args[1] = "Plot";
    args[2] = "--dataset=ttbar";
    System.arraycopy(options, 0, args, 3, options.length);
    return cli.run(args);
  }

  private void runAll() {
    assertThat(plot().status()).isEqualTo(0);
    assertThat(Files.exists(plot)).isTrue();
  }

  private static void assertBadInput(CliRunner.Result result, String message) {
    assertThat(result.err()).isEqualTo("docket: error: " + message + System.lineSeparator());
    assertThat(result.status()).isEqualTo(2);
  }

  @Test
  void printStatusMinusOneShowsEveryLevel() {
    runAll();
    CliRunner.Result all = plot("--print-status", "-1");
    assertThat(all.status()).isEqualTo(0);
    assertThat(all.out()).contains("    Selection(dataset=ttbar, minJets=4, version=v1): complete");
    assertThat(plot("--print-status", "-1").out()).isEqualTo(plot("--print-status", "9").out());
    assertThat(plot("--print-status", "0").outLines()).hasSize(2);
    assertThat(plot("--print-status=-1,1").out()).isEqualTo(all.out());
  }

  @Test
  void removeOutputMinusOneRemovesEveryLevel_modeDListsOnly_modeARemovesWithoutAsking() {
    runAll();
    CliRunner.Result dry = plot("--remove-output", "-1,d");
    assertThat(dry.status()).isEqualTo(0);
    assertThat(dry.out()).contains("Outputs to remove (3):");
    assertThat(dry.out()).contains("Dry run: nothing removed.");
    assertThat(Files.exists(sel)).isTrue();

    CliRunner.Result all = plot("--remove-output", "-1,a");
    assertThat(all.status()).isEqualTo(0);
    assertThat(all.out()).contains("Removed 3 outputs.");
    assertThat(Files.exists(plot)).isFalse();
    assertThat(Files.exists(reco)).isFalse();
    assertThat(Files.exists(sel)).isFalse();

    runAll();
    assertThat(plot("--remove-output", "-1", "--yes").out()).contains("Removed 3 outputs.");
  }

  @Test
  void removeOutputWithRunYesRunsTheTaskAfterwards() {
    runAll();
    CliRunner.Result again = plot("--remove-output", "1,a,yes");
    assertThat(again.status()).isEqualTo(0);
    assertThat(again.out()).contains("Removed 3 outputs.");
    assertThat(again.out()).contains("Summary: 3 ran, 0 already complete");
    assertThat(Files.exists(plot)).isTrue();
  }

  @Test
  void badFormsAreBadInputGivingTheAcceptedFormsAndRemoveNothing() {
    runAll();
    assertBadInput(plot("--remove-output", "1,x"),
        "bad value '1,x' for --remove-output: expected DEPTH[,MODE[,RUN]]: DEPTH 0 for this task"
            + " alone, N for N levels of what it requires, -1 for every level; MODE i (list, then"
            + " ask; the default), a (all, without asking) or d (dry run: list only); RUN yes to"
            + " run the task afterwards (default no), e.g. --remove-output 1,a,yes");
    assertBadInput(plot("--remove-output", "-2", "--yes"),
        "bad value '-2' for --remove-output: expected DEPTH[,MODE[,RUN]]: DEPTH 0 for this task"
            + " alone, N for N levels of what it requires, -1 for every level; MODE i (list, then"
            + " ask; the default), a (all, without asking) or d (dry run: list only); RUN yes to"
            + " run the task afterwards (default no), e.g. --remove-output 1,a,yes");
    assertBadInput(plot("--print-status", "1,1,missing"),
        "bad value '1,1,missing' for --print-status: expected DEPTH or DEPTH,TARGET_DEPTH: DEPTH 0"
            + " for this task alone, N for N levels of what it requires, -1 for every level;"
            + " TARGET_DEPTH 1 to list each branch output of a workflow (default 0: counts), e.g."
            + " --print-status -1 or 1,1");
    assertBadInput(plot("--print-output", "Selection"),
        "bad value 'Selection' for --print-output: expected DEPTH: DEPTH 0 for this task alone,"
            + " N for N levels of what it requires, -1 for every level, e.g. --print-output -1");
    assertThat(Files.exists(sel)).isTrue();
    assertThat(Files.exists(plot)).isTrue();
  }

  @Test
  void printOutputGivesThePathsOnePerLineAndNothingElse() {
    CliRunner.Result paths = plot("--print-output", "-1");
    assertThat(paths.status()).isEqualTo(0);
    assertThat(paths.outLines())
        .containsExactly(plot.toString(), sel.toString(), reco.toString()) // by depth
        .inOrder();
    assertThat(plot("--print-output", "0").outLines()).containsExactly(plot.toString());
    assertThat(Files.exists(plot)).isFalse(); // nothing ran
  }

  @Test
  void fetchOutputCopiesIntoADirectoryKeepingTheStoresLayout() throws Exception {
    runAll();
    CliRunner.Result fetched = plot("--fetch-output", "-1,a,copies");
    assertThat(fetched.status()).isEqualTo(0);
    Path copies = dir.resolve("copies");
    assertThat(fetched.out()).contains("Fetched 3 files into " + copies + ".");
    assertThat(Files.readString(copies.resolve("sel/v1/ttbar.json"))).isEqualTo(Files.readString(sel));
    assertThat(Files.readString(copies.resolve("plot/v1/ttbar.txt"))).isEqualTo(Files.readString(plot));

    CliRunner.Result again = plot("--fetch-output", "-1,copies");
    assertThat(again.status()).isEqualTo(0);
    assertThat(again.out()).contains("Fetched 0 files into " + copies + " (3 already there, unchanged).");

    CliRunner.Result depthZero = plot("--fetch-output", "0,d," + dir.resolve("other"));
    assertThat(depthZero.out()).contains("Outputs to fetch into " + dir.resolve("other") + " (1):");
    assertThat(depthZero.out()).contains("Dry run: nothing copied.");
    assertThat(Files.exists(dir.resolve("other"))).isFalse();
  }

  @Test
  void fetchOutputNeverOverwritesAFileThatDiffers() throws Exception {
    runAll();
    Path copies = dir.resolve("copies");
    Files.createDirectories(copies.resolve("sel/v1"));
    Files.writeString(copies.resolve("sel/v1/ttbar.json"), "mine");
    assertBadInput(plot("--fetch-output", "-1,copies"),
        "--fetch-output would overwrite 1 file in " + copies + " that differs from the output,"
            + " e.g. " + copies.resolve("sel/v1/ttbar.json") + "; nothing copied: remove them or"
            + " fetch into another directory");
    assertThat(Files.readString(copies.resolve("sel/v1/ttbar.json"))).isEqualTo("mine");
    assertThat(Files.exists(copies.resolve("plot/v1/ttbar.txt"))).isFalse();
  }

  @Test
  void fetchOutputIntoAFileOrWithModeIWithoutATerminalIsBadInput() throws Exception {
    runAll();
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertBadInput(plot("--fetch-output", "0,notes.txt"),
        "bad directory 'notes.txt' for --fetch-output: " + dir.resolve("notes.txt") + " is not a"
            + " directory; give a directory to copy into (it is created when missing), e.g."
            + " --fetch-output 1,a,fetched");
    assertBadInput(plot("--fetch-output", "0,notes.txt/sub"),
        "bad directory 'notes.txt/sub' for --fetch-output: " + dir.resolve("notes.txt") + " is not"
            + " a directory; give a directory to copy into (it is created when missing), e.g."
            + " --fetch-output 1,a,fetched");
    assertBadInput(plot("--fetch-output", "0,a,"),
        "bad value '0,a,' for --fetch-output: expected DEPTH[,MODE[,DIR]] or DEPTH,DIR: DEPTH 0"
            + " for this task alone, N for N levels of what it requires, -1 for every level; MODE a"
            + " (all, the default), i (list, then ask) or d (dry run: list only); DIR the directory"
            + " to copy into (default: the working directory), e.g. --fetch-output 1,a,fetched or"
            + " 1,fetched");
    assertBadInput(plot("--fetch-output", "0,a,co\u0001pies"),
        "bad directory 'co\\u0001pies' for --fetch-output: it holds a control character; give a"
            + " directory to copy into (it is created when missing), e.g. --fetch-output 1,a,fetched");
    if (Files.isDirectory(Path.of("/proc/self"))) { // a directory no one may make a directory in
      CliRunner.Result proc = plot("--fetch-output", "0,a,/proc/self/copies");
      assertThat(proc.status()).isEqualTo(2);
      assertThat(proc.err()).startsWith("docket: error: bad directory '/proc/self/copies' for --fetch-output: ");
      assertThat(proc.err().lines().count()).isEqualTo(1);
    }
    CliRunner.Result ask = plot("--fetch-output", "0,i,copies");
    assertBadInput(ask,
        "--fetch-output with mode i asks before copying, and this session is not interactive:"
            + " use mode a, e.g. --fetch-output 1,a," + dir.resolve("copies"));
    assertThat(Files.exists(dir.resolve("copies"))).isFalse();
  }
}
