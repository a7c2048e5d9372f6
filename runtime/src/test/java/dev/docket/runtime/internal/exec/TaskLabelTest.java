package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.TaskId;
import org.junit.jupiter.api.Test;

class TaskLabelTest {
  @Test
  void shortValuesAreShownWhole() {
    TaskId id = new TaskId("GenerateEvents", "version=v1, branch=0, dataset=TTBAR, chunks=4");
    assertThat(TaskLabel.of(id)).isEqualTo(id.toString());
  }

  @Test
  void aLongListKeepsItsFirstItemsAndSaysHowManyMore() {
    TaskId id = new TaskId("FitSignalStrength",
        "version=v1, bins=20, datasets=TTBAR,SINGLE_TOP,WJETS,DATA, shifts=NOMINAL,UP,DOWN");
    String label = TaskLabel.of(id);
    assertThat(label).matches("FitSignalStrength\\(version=v1, bins=20,"
        + " datasets=TTBAR,SINGLE_TOP,\\+2~[0-9a-f]{4}, shifts=NOMINAL,UP,DOWN\\)");
    assertThat(label.length()).isLessThan(id.toString().length());
  }

  @Test
  void aLongTextKeepsItsStart() {
    TaskId id = new TaskId("Skim", "input=/eos/cms/store/user/someone/very/long/path.root, version=v1");
    assertThat(TaskLabel.of(id)).matches("Skim\\(input=/eos/cms/store/u\\.\\.\\.~[0-9a-f]{4}, version=v1\\)");
  }

  @Test
  void tasksThatDifferOnlyFurtherOnStillReadDifferently() {
    String a = TaskLabel.of(new TaskId("Plot", "datasets=TTBAR,SINGLE_TOP,WJETS,DATA"));
    String b = TaskLabel.of(new TaskId("Plot", "datasets=TTBAR,SINGLE_TOP,WJETS,QCD"));
    assertThat(a).isNotEqualTo(b);
    String c = TaskLabel.of(new TaskId("Plot", "note=a text much longer than the limit, one"));
    String d = TaskLabel.of(new TaskId("Plot", "note=a text much longer than the limit, two"));
    assertThat(c).isNotEqualTo(d);
  }

  @Test
  void anEscapedBackslashBeforeACommaEndsAnItem() {
    // The first item ends in a backslash, which the list's text doubles; the comma after it
    // separates: three items, of which the first is kept.
    String label =
        TaskLabel.of(new TaskId("Run", "paths=aaaaaaaaaaaaaa\\\\,bbbbbbbbbbbbbbbb,c"));
    assertThat(label).startsWith("Run(paths=aaaaaaaaaaaaaa\\\\,+2~");
  }
}
