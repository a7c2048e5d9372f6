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

  @Test
  void theLimitsAreInclusive() {
    String x24 = "x".repeat(24);
    String x25 = "x".repeat(25);
    String a16 = "a".repeat(16);
    String a17 = "a".repeat(17);
    // Parameters of exactly 24 characters are shown whole; so is a value of 24 in longer ones.
    TaskId whole = new TaskId("T", "p=" + "y".repeat(22));
    assertThat(TaskLabel.of(whole)).isEqualTo(whole.toString());
    assertThat(TaskLabel.of(new TaskId("T", "v=" + x24 + ", w=1"))).isEqualTo("T(v=" + x24 + ", w=1)");
    // 25 characters are cut to 16 and a hash.
    assertThat(TaskLabel.of(new TaskId("T", "v=" + x25))).matches("T\\(v=x{16}\\.\\.\\.~[0-9a-f]{4}\\)");
    // A list whose first item has exactly 16 characters keeps it; two items fill exactly 16.
    assertThat(TaskLabel.of(new TaskId("T", "v=" + a16 + ",bbbbbbbbbb")))
        .matches("T\\(v=a{16},\\+1~[0-9a-f]{4}\\)");
    assertThat(TaskLabel.of(new TaskId("T", "v=aaaaaaa,bbbbbbbb,cccccccccccc")))
        .matches("T\\(v=aaaaaaa,bbbbbbbb,\\+1~[0-9a-f]{4}\\)");
    // The comma counts: 7 + 1 + 9 is one more than 16, so the second item is not kept.
    assertThat(TaskLabel.of(new TaskId("T", "v=aaaaaaa,bbbbbbbbb,cccccccccc")))
        .matches("T\\(v=aaaaaaa,\\+2~[0-9a-f]{4}\\)");
    // A first item of 17 characters is cut like a text.
    assertThat(TaskLabel.of(new TaskId("T", "v=" + a17 + ",bbbbbbb")))
        .matches("T\\(v=a{16}\\.\\.\\.~[0-9a-f]{4}\\)");
  }

  @Test
  void theHashKeepsFourHexDigitsEvenForSmallHashes() {
    // Values whose hash code's low 16 bits are small still print four digits.
    String label = TaskLabel.of(new TaskId("T", "v=" + "z".repeat(30)));
    assertThat(label).matches(".*~[0-9a-f]{4}\\)");
    String hash = String.format(java.util.Locale.ROOT, "%04x", "z".repeat(30).hashCode() & 0xffff);
    assertThat(label).endsWith("~" + hash + ")");
  }
}
