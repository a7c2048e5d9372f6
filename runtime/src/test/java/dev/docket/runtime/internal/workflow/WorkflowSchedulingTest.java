package dev.docket.runtime.internal.workflow;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.workflow.Branches;
import dev.docket.runtime.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A workflow's family, as a run sees it, keeps what the user's class declares. */
class WorkflowSchedulingTest {
  /** A workflow class; never instantiated here. */
  static final class Fan implements Workflow<Integer> {
    @Override
    public Map<Integer, Integer> branchMap() {
      return Branches.range(2);
    }
  }

  /** Stands for the generated {@code Fan_Family} of {@code @Task(retries = 3, timeout = "2h")}. */
  private static final class FanNode implements TaskFamily<Fan> {
    private static final ParamSpec<Integer> BRANCH =
        ParamSpec.optional(0, "branch", "java.lang.Integer", Converters.INT, "-1", true, "");

    @Override
    public String name() {
      return "Fan";
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public Class<Fan> type() {
      return Fan.class;
    }

    @Override
    public List<ParamSpec<?>> params() {
      return List.of(BRANCH);
    }

    @Override
    public Scheduling scheduling() {
      return Scheduling.NONE.withRetries(3).withTimeout(Duration.ofHours(2));
    }

    @Override
    public Fan create(ParamValues values) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ParamValues values(Fan task) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void requirements(Fan task, Requirements sink) {}

    @Override
    public void outputs(Fan task, Consumer<Target> sink) {}

    @Override
    public void run(Fan task, TaskContext context) {}
  }

  @Test
  void aWrappedFamilyReportsTheDeclaredScheduling() {
    TaskFamily<?> seen = WorkflowFamilies.local(null).apply(new FanNode());

    assertThat(seen).isInstanceOf(WorkflowFamily.class);
    assertThat(seen.scheduling())
        .isEqualTo(Scheduling.NONE.withRetries(3).withTimeout(Duration.ofHours(2)));
    Scheduling.Policy policy = Scheduling.Policies.DECLARED.policy(seen);
    assertThat(policy.retries()).isEqualTo(3);
    assertThat(policy.timeout()).isEqualTo(Duration.ofHours(2));
  }
}
