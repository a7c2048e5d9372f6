package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import org.junit.jupiter.api.Test;

/** The outputs a node keeps from the planner's buffer: one alone, several in their own array. */
class TaskNodeTest {
  private static final Target A = LocalFileTarget.of("t", "a.txt");
  private static final Target B = LocalFileTarget.of("t", "b.txt");
  private static final Target C = LocalFileTarget.of("t", "c.txt");

  private static TaskNode node() {
    return new TaskNode(new TaskId("Plain", "i=1"), null, null, 0);
  }

  @Test
  void oneOutputIsKept_andTheBuffersLaterUseDoesNotChangeIt() {
    Target[] buffer = {A, C, C};
    TaskNode node = node();

    node.outputs(buffer, 1);
    buffer[0] = B;

    assertThat(node.outputs()).containsExactly(A);
    assertThat(node.outputCount()).isEqualTo(1);
    assertThat(node.output(0)).isSameInstanceAs(A);
    assertThrows(IndexOutOfBoundsException.class, () -> node.output(1));
    assertThat(node.isWrapper()).isFalse();
    assertThat(node.outputs().contains(null)).isFalse(); // as the list of several answers
  }

  @Test
  void severalOutputsAreCopiedInOrder_withoutTheRestOfTheBuffer() {
    Target[] buffer = {A, B, C};
    TaskNode node = node();

    node.outputs(buffer, 2);
    buffer[0] = C;

    assertThat(node.outputs()).containsExactly(A, B).inOrder();
    assertThat(node.outputCount()).isEqualTo(2);
    assertThat(node.output(0)).isSameInstanceAs(A);
    assertThat(node.output(1)).isSameInstanceAs(B);
    assertThrows(IndexOutOfBoundsException.class, () -> node.output(2));
  }

  @Test
  void noOutputsMakeAWrapper() {
    TaskNode node = node();

    node.outputs(new Target[] {A}, 0);

    assertThat(node.outputs()).isEmpty();
    assertThat(node.outputCount()).isEqualTo(0);
    assertThat(node.isWrapper()).isTrue();
  }

  @Test
  void aNullOnlyOutputIsStillAnOutput_notAWrapper() {
    TaskNode node = node();

    node.outputs(new Target[] {null, A}, 1);

    assertThat(node.outputCount()).isEqualTo(1);
    assertThat(node.output(0)).isNull();
    assertThat(node.isWrapper()).isFalse();
  }

  @Test
  void anArrayReplacesAnEarlierSingleOutput() {
    TaskNode node = node();
    node.outputs(new Target[] {A}, 1);

    node.outputs(new Target[] {B, C});

    assertThat(node.outputs()).containsExactly(B, C).inOrder();
    assertThat(node.output(0)).isSameInstanceAs(B);
  }
}
