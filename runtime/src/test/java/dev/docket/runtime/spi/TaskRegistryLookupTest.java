package dev.docket.runtime.spi;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.fixtures.More_TaskIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the registry answers about the families it holds: sorted, by name, and the unknown. */
class TaskRegistryLookupTest {
  private final TaskRegistry registry = TaskRegistry.global();

  @Test
  void familiesAreSortedByNameAndNamesListEveryOne() {
    List<String> names = registry.families().stream().map(TaskFamily::name).toList();

    assertThat(names).isInStrictOrder();
    assertThat(names).containsAtLeast("Chain", "Selection", "ttbar.Calib");
    assertThat(registry.names()).containsExactlyElementsIn(names);
  }

  @Test
  void registeringAgainIsHarmlessAndReturnsTheRegistry() {
    int before = registry.families().size();

    assertThat(registry.register(new More_TaskIndex())).isSameInstanceAs(registry);
    assertThat(registry.families()).hasSize(before);
    assertThat(TaskRegistry.global()).isSameInstanceAs(registry);
  }

  @Test
  void anUnknownTaskIsNamedWithTheClosestAndEveryKnownOneSorted() {
    String message = registry.unknownTask("Selectoin").getMessage();

    assertThat(message).startsWith("unknown task 'Selectoin'");
    assertThat(message).contains("Selection");
    String known = message.substring(message.indexOf("(known tasks: ") + "(known tasks: ".length(),
        message.length() - 1);
    assertThat(List.of(known.split(", "))).isInStrictOrder();
    assertThat(List.of(known.split(", "))).containsExactlyElementsIn(registry.names());
  }
}
