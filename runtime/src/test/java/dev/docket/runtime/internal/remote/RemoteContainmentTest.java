package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Selection;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Selection_Params;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.ParamValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planner refuses, naming the parameter, a value that leads a remote output off its base. */
class RemoteContainmentTest {
  @TempDir Path temp;
  private RemoteStorage storage;

  @BeforeEach
  void install() throws IOException {
    TestStores.reset(temp);
    storage = TestRemote.install(temp, "out", Files.createDirectories(temp.resolve("remote")));
  }

  @AfterEach
  void close() throws IOException {
    storage.close();
  }

  /** Selection with the remote output {@code <fs>:sel/<version>/<dataset>.root}. */
  private static final class RemoteSelection extends ForwardingTaskFamily<Selection> {
    private final String fs;

    RemoteSelection(String fs) {
      super(Selection_Family.INSTANCE);
      this.fs = fs;
    }

    @Override
    public void outputs(Selection task, Consumer<Target> sink) {
      ParamValues values = values(task);
      sink.accept(RemoteFileTarget.of(fs, "sel", values.get(Selection_Params.VERSION),
          values.get(Selection_Params.DATASET) + ".root"));
    }
  }

  private static String refused(String fs, String dataset) {
    RemoteSelection family = new RemoteSelection(fs);
    Selection task = Selection_Family.INSTANCE.create(
        ParamValues.of(Selection_Params.ALL, dataset, 4, "v1"));
    GraphBuilder graphs = new GraphBuilder(TaskRegistry.global())
        .adapting(f -> f == Selection_Family.INSTANCE ? family : f);
    BadInputException e = assertThrows(BadInputException.class, () -> graphs.plan(task));
    return e.getMessage();
  }

  @Test
  void aClimbingValueIsBadInputNamingTheParameter() {
    assertThat(refused("out", "../../x")).isEqualTo("bad value '../../x' for --dataset of"
        + " Selection: it gives the remote output 'sel/v1/../../x.root' of [fs.out] a '..' part,"
        + " which would climb out of the base; a remote path stays under its base and names one"
        + " file: give a plain name");
  }

  @Test
  void emptyAbsoluteAndBackslashValuesAreBadInput() {
    assertThat(refused("out", "a//b")).contains("bad value 'a//b' for --dataset of Selection");
    assertThat(refused("out", "a//b")).contains("an empty part");
    assertThat(refused("out", "/abs")).contains("bad value '/abs' for --dataset");
    assertThat(refused("out", "a\\b")).contains("a backslash");
    assertThat(refused("out", "a\0b")).contains("a NUL character");
  }

  @Test
  void anUnconfiguredFileSystemIsBadInputNamingTheSection() {
    assertThat(refused("eos", "ttbar")).isEqualTo("the output sel/v1/ttbar.root of"
        + " Selection(dataset=ttbar, minJets=4, version=v1) is on file system 'eos', which is not"
        + " configured: add a section [fs.eos] to docket.cfg with base = <URL of the directory"
        + " that holds its files>");
  }

  @Test
  void localOutputsBesideRemoteOnesAreCheckedAgainstTheStore() {
    Selection task = Selection_Family.INSTANCE.create(
        ParamValues.of(Selection_Params.ALL, "../up", 4, "v1"));
    BadInputException e = assertThrows(BadInputException.class,
        () -> RemoteContainment.checkAll(Selection_Family.INSTANCE, task,
            new Target[] {RemoteFileTarget.of("out", "ok.root"),
                dev.docket.runtime.LocalFileTarget.of("sel", "../up.root")}));
    assertThat(e).hasMessageThat().startsWith("bad value '../up' for --dataset of Selection: ");
  }

  @Test
  void onlyTheFirstCountOutputsOfThePlannersBufferAreChecked() {
    // The rest of the buffer is an earlier task's: its bad outputs were that task's error.
    Selection task = Selection_Family.INSTANCE.create(
        ParamValues.of(Selection_Params.ALL, "../up", 4, "v1"));
    Target ok = dev.docket.runtime.LocalFileTarget.of("sel", "ok.root");
    Target[] badLocal = {ok, dev.docket.runtime.LocalFileTarget.of("sel", "../up.root")};
    Target[] badRemote = {ok, RemoteFileTarget.of("nowhere", "ok.root")};

    RemoteContainment.checkAll(Selection_Family.INSTANCE, task, badLocal, 1);
    RemoteContainment.checkAll(Selection_Family.INSTANCE, task, badRemote, 1);

    assertThrows(BadInputException.class,
        () -> RemoteContainment.checkAll(Selection_Family.INSTANCE, task, badLocal, 2));
    assertThrows(BadInputException.class,
        () -> RemoteContainment.checkAll(Selection_Family.INSTANCE, task, badRemote, 2));
  }
}
