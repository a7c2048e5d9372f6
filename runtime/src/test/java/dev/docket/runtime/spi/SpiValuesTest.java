package dev.docket.runtime.spi;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.fixtures.Selection;
import dev.docket.runtime.fixtures.Selection_Family;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SPI's value types and the forwarding family a wrapper builds on. */
class SpiValuesTest {
  @Test
  void schedulingIsEmptyOnlyWhenNothingIsDeclared() {
    assertThat(Scheduling.NONE.isEmpty()).isTrue();
    assertThat(Scheduling.NONE.withPriority(1).isEmpty()).isFalse();
    assertThat(Scheduling.NONE.withRetries(0).isEmpty()).isFalse(); // retries = 0 is a declaration
    assertThat(Scheduling.NONE.withRetryDelay(Duration.ZERO).isEmpty()).isFalse();
    assertThat(Scheduling.NONE.withTimeout(Duration.ofSeconds(1)).isEmpty()).isFalse();
    assertThat(Scheduling.NONE.withResources(Map.of()).isEmpty()).isFalse();
  }

  @Test
  void declaredResourcesAreCheckedAndCopied() {
    Map<String, Long> resources = new HashMap<>(Map.of("gpu", 1L));
    Scheduling scheduling = Scheduling.NONE.withResources(resources);
    resources.put("gpu", 2L);

    assertThat(scheduling.resources()).containsExactly("gpu", 1L);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scheduling.NONE.withResources(Map.of("memory", -1L)));
    assertThat(e).hasMessageThat().isEqualTo("resource memory must not be negative, got -1");
  }

  @Test
  void parameterValuesAreEqualByValueAndPrintedByName() {
    // Every value given: a default configured by a test before this one must not matter.
    ParamValues values = values("ttbar");
    ParamValues same = values("ttbar");
    ParamValues other = values("wjets");

    assertThat(values).isEqualTo(same);
    assertThat(values.hashCode()).isEqualTo(same.hashCode());
    assertThat(values).isNotEqualTo(other);
    assertThat(values.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(values).isNotEqualTo("dataset=ttbar, minJets=6, version=v1");
    assertThat(values.toString()).isEqualTo("dataset=ttbar, minJets=6, version=v1");
  }

  private static ParamValues values(String dataset) {
    return Selection_Family.INSTANCE.values(
        Selection_Family.parse("--dataset", dataset, "--min-jets", "6", "--version", "v1"));
  }

  /** Forwards everything, as a wrapper that changes one method does for the rest. */
  private static final class Plain extends ForwardingTaskFamily<Selection> {
    Plain() {
      super(Selection_Family.INSTANCE);
    }
  }

  @Test
  void aForwardingFamilyAnswersAsItsDelegate() {
    Plain plain = new Plain();
    Selection task = Selection_Family.parse("--dataset", "ttbar");
    Selection_Family real = Selection_Family.INSTANCE;

    assertThat(plain.name()).isEqualTo(real.name());
    assertThat(plain.description()).isEqualTo(real.description());
    assertThat(plain.type()).isEqualTo(Selection.class);
    assertThat(plain.params()).isEqualTo(real.params());
    assertThat(real.values(plain.create(real.values(task)))).isEqualTo(real.values(task));
    assertThat(plain.id(task)).isEqualTo(new TaskId("Selection", real.values(task).significantText()));
    assertThat(plain.scheduling()).isEqualTo(real.scheduling());
    assertThat(plain.coordinates(task)).isEqualTo(real.coordinates(task));
  }

  @Test
  void aForwardingFamilyForwardsWhatItsDelegateSaysOtherwiseThanTheDefaults() {
    TaskFamily<Selection> sandboxed = new ForwardingTaskFamily<>(Selection_Family.INSTANCE) {
      @Override
      public String sandbox() {
        return "docker";
      }

      @Override
      public boolean coordinates(Selection task) {
        return true;
      }
    };
    TaskFamily<Selection> outer = new ForwardingTaskFamily<>(sandboxed) {};

    assertThat(outer.sandbox()).isEqualTo("docker");
    assertThat(outer.coordinates(Selection_Family.parse("--dataset", "ttbar"))).isTrue();
  }
}
