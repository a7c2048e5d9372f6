package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.spi.TaskBuilder;
import dev.docket.runtime.spi.TaskFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A collection of requirements is recorded as its tasks added one at a time would be. */
class ExpansionTest {
  private static final TaskFamily<Chain> FAMILY = Chain_Family.INSTANCE;

  private static Chain link(int n) {
    return TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, n).build();
  }

  private static List<Object> recorded(Expansion expansion) {
    List<Object> tasks = new ArrayList<>();
    for (int i = 0; i < expansion.count(); i++) {
      assertThat(expansion.family(i)).isSameInstanceAs(FAMILY);
      tasks.add(expansion.task(i));
    }
    return tasks;
  }

  @Test
  void aCollectionAfterSingleTasksKeepsEveryTaskInOrder() {
    List<Chain> many = IntStream.range(2, 40).mapToObj(ExpansionTest::link).toList();
    Chain first = link(0);
    Chain second = link(1);
    Chain last = link(40);
    Expansion expansion = new Expansion(null);

    expansion.add(FAMILY, first);
    expansion.add(FAMILY, second);
    expansion.addAll(FAMILY, many);
    expansion.addAll(FAMILY, List.of());
    expansion.add(FAMILY, last);

    List<Object> expected = new ArrayList<>(List.of(first, second));
    expected.addAll(many);
    expected.add(last);
    assertThat(recorded(expansion)).containsExactlyElementsIn(expected).inOrder();
  }

  @Test
  void anIterableWithoutASizeIsAddedAsItComes() {
    List<Chain> many = IntStream.range(0, 9).mapToObj(ExpansionTest::link).toList();
    Iterable<Chain> unsized = many::iterator;
    Expansion expansion = new Expansion(null);

    expansion.addAll(FAMILY, unsized);

    assertThat(recorded(expansion)).containsExactlyElementsIn(many).inOrder();
  }

  @Test
  void aNullCollectionIsRefusedNamingTheRequiredFamilyAndTheFix() {
    Expansion expansion = new Expansion(null);
    expansion.add(FAMILY, link(0));

    NullPointerException e =
        assertThrows(NullPointerException.class, () -> expansion.addAll(FAMILY, null));

    assertThat(e).hasMessageThat().contains("@Requires member gave null instead of its Chain tasks");
    assertThat(e).hasMessageThat().contains("give an empty collection");
    assertThat(expansion.count()).isEqualTo(1);
  }
}
