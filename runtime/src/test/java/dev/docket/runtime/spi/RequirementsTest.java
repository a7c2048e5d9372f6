package dev.docket.runtime.spi;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sink that knows only single tasks gets a collection's tasks one at a time, in order. */
class RequirementsTest {
  @Test
  void addAllAddsEachTaskInOrder() {
    List<Object> added = new ArrayList<>();
    Requirements sink = new Requirements() {
      @Override
      public <R> void add(TaskFamily<R> family, R task) {
        assertThat(family).isSameInstanceAs(Chain_Family.INSTANCE);
        added.add(task);
      }

      @Override
      public void add(Object task) {
        throw new AssertionError("the family is known");
      }
    };
    List<Chain> links = List.of(link(3), link(1), link(2));

    sink.addAll(Chain_Family.INSTANCE, links);

    assertThat(added).containsExactlyElementsIn(links).inOrder();
  }

  private static Chain link(int n) {
    return TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, n).build();
  }
}
