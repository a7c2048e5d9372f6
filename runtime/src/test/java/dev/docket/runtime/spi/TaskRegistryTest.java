package dev.docket.runtime.spi;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.fixtures.Reconstruction_Family;
import dev.docket.runtime.fixtures.Selection;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskRegistryTest {
  /** A family of another class that calls itself {@code Selection}, as a second module's might. */
  private static final class Impostor extends ForwardingTaskFamily<Selection> {
    Impostor() {
      super(Selection_Family.INSTANCE);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override
    public Class<Selection> type() {
      return (Class) String.class;
    }
  }

  @Test
  void theSameFamilyTwiceIsHarmlessButTwoClassesOfOneNameAreBadInput() {
    TaskRegistry registry = TaskRegistry.global();
    registry.register(() -> List.of(Selection_Family.INSTANCE, Reconstruction_Family.INSTANCE));
    assertThat(registry.find("Selection")).hasValue(Selection_Family.INSTANCE);

    BadInputException e = assertThrows(BadInputException.class, () -> registry.register(() -> List.of(new Impostor())));

    assertThat(e).hasMessageThat().isEqualTo("two task classes claim the family name 'Selection': "
        + Selection.class.getName() + " and java.lang.String; give one of them @Task(name = ...) or a namespace");
    assertThat(registry.find("Selection")).hasValue(Selection_Family.INSTANCE);
  }
}
