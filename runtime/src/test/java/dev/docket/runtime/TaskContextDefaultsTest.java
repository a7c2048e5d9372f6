package dev.docket.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link TaskContext}'s defaults do for a context that implements only its two methods (a
 * task's own test double, a context without a scheduler).
 */
class TaskContextDefaultsTest {
  /** Records the fractions it is given; everything else is the interface's. */
  private static class Minimal implements TaskContext {
    final List<Double> fractions = new ArrayList<>();

    @Override
    public TaskId id() {
      return new TaskId("Selection", "dataset=ttbar");
    }

    @Override
    public void log(String message) {}

    @Override
    public void setProgress(double fraction) {
      fractions.add(fraction);
    }
  }

  @Test
  void progressAsItemsIsTheirFractionAndNothingWithoutItems() {
    Minimal context = new Minimal();

    context.setProgress(3, 4);
    context.setProgress(0, 8);
    context.setProgress(5, 0);
    context.setProgress(1, -2);

    assertThat(context.fractions).containsExactly(0.75, 0.0).inOrder();
  }

  @Test
  void withoutASchedulerNoMessageComesAndTheReportsDoNothing() {
    TaskContext context = new Minimal();

    context.setStatusMessage("reading");
    context.setTrackingUrl("https://example.org/job/1");
    context.completedElsewhere();

    assertThat(context.nextMessage()).isEmpty();
  }

  @Test
  void aContextThatCannotRunDependenciesSaysSoForOneOrMany() {
    TaskContext context = new Minimal();

    UnsupportedOperationException one = assertThrows(UnsupportedOperationException.class,
        () -> context.require("Selection"));
    UnsupportedOperationException many = assertThrows(UnsupportedOperationException.class,
        () -> context.requireAll(List.of("a", "b")));

    assertThat(one).hasMessageThat().isEqualTo("this context cannot run dynamic dependencies");
    assertThat(many).hasMessageThat().isEqualTo("this context cannot run dynamic dependencies");
  }

  @Test
  void requireAllRequiresEachInTurnAndGivesTheirResultsInTheSameOrder() throws Exception {
    List<Object> asked = new ArrayList<>();
    TaskContext context = new Minimal() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T require(T task) {
        asked.add(task);
        return (T) (task + " done");
      }
    };

    assertThat(context.requireAll(List.of("b", "a", "c"))).containsExactly("b done", "a done", "c done").inOrder();
    assertThat(asked).containsExactly("b", "a", "c").inOrder();
    assertThat(context.requireAll(List.of())).isEmpty();
  }
}
