package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;
import static dev.docket.runtime.TextOrder.assertBefore;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Report_Family;
import dev.docket.runtime.fixtures.Report_Params;
import dev.docket.runtime.fixtures.Scheduled;
import dev.docket.runtime.fixtures.Scheduled_Family;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.internal.config.ExecutionConfig;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scheduling declared with {@code @Task(priority = 10, retries = 2, retryDelay = "10ms", timeout
 * = "300ms", resources = {"db=1"})} ({@link Scheduled}) applies with nothing configured, and a
 * key of its {@code [Scheduled]} section overrides it.
 */
class DeclaredSchedulingTest {
  private static final List<TaskFamily<?>> FAMILIES =
      List.of(Scheduled_Family.INSTANCE, Selection_Family.INSTANCE);

  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  @BeforeEach
  void reset() {
    Scheduled.attempts.clear();
  }

  @AfterEach
  void noBarrier() {
    Scheduled.barrier = null;
  }

  private static RunSettings configured(int workers, Map<String, Map<String, String>> sections) {
    DocketConfig config =
        new DocketConfig(
            Optional.of(Path.of("/a/docket.cfg")), Path.of("/a"), OptionalInt.empty(), sections);
    return ExecutionConfig.read(config, FAMILIES).settings(workers, false);
  }

  private RunSummary run(RunSettings settings, String... datasets) {
    return exec.run(
        exec.graphs.plan(Report_Family.parse("--datasets", String.join(",", datasets))), settings);
  }

  private static TaskId scheduled(String name) {
    return new TaskId("Scheduled", "name=" + name);
  }

  private String output() {
    return exec.out();
  }

  @Test
  void declaredRetriesRetryWithNothingConfigured() {
    RunSummary summary = run(RunSettings.of(1), "sched-flaky-a");

    assertThat(summary.result(scheduled("flaky-a")).outcome()).isEqualTo(Outcome.RAN);
    assertThat(Scheduled.attempts.get("flaky-a").get()).isEqualTo(3);
    assertThat(output()).contains("attempt 2 of 3 failed (IllegalStateException: flaky attempt 2)");
  }

  @Test
  void aConfiguredRetriesKeyOverridesTheDeclaredOne() {
    RunSummary summary =
        run(configured(1, Map.of("Scheduled", Map.of("retries", "1"))), "sched-flaky-a");

    assertThat(summary.result(scheduled("flaky-a")).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(Scheduled.attempts.get("flaky-a").get()).isEqualTo(2);
  }

  @Test
  void retriesZeroMeansOneAttempt() {
    RunSummary summary =
        run(configured(1, Map.of("Scheduled", Map.of("retries", "0"))), "sched-flaky-a");

    TaskResult flaky = summary.result(scheduled("flaky-a"));
    assertThat(flaky.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(flaky.reason()).isEqualTo("IllegalStateException: flaky attempt 1");
    assertThat(Scheduled.attempts.get("flaky-a").get()).isEqualTo(1);
    assertThat(output()).doesNotContain("retrying");
  }

  @Test
  void theRetryDelayStartsAtTheDeclaredOneAndDoubles() {
    run(RunSettings.of(1), "sched-flaky-a");
    assertThat(output())
        .contains("attempt 1 of 3 failed (IllegalStateException: flaky attempt 1); retrying in 0.01 s\n");
    assertThat(output())
        .contains("attempt 2 of 3 failed (IllegalStateException: flaky attempt 2); retrying in 0.02 s\n");
  }

  @Test
  void aTasksDurationIsTheTimeItsRunTook() {
    // slow-* sleeps 500 ms; coordinating, it is not stopped by the 300 ms timeout.
    GraphBuilder coordinating =
        exec.graphs.adapting(f -> f == Scheduled_Family.INSTANCE ? new Coordinating() : f);
    RunSummary summary =
        exec.run(
            coordinating.plan(Report_Family.parse("--datasets", "sched-slow-a")),
            configured(1, Map.of()));

    double seconds = summary.result(scheduled("slow-a")).seconds();
    assertThat(seconds).isAtLeast(0.5);
    assertThat(seconds).isLessThan(30.0);
    assertThat(summary.seconds()).isAtLeast(seconds);
    assertThat(summary.seconds()).isLessThan(60.0);
    assertThat(output())
        .contains("done Scheduled(name=slow-a) in " + Reporter.seconds(seconds) + "\n");
    assertThat(summary.result(new TaskId("Report", "datasets=sched-slow-a")).seconds())
        .isLessThan(seconds); // a wrapper's own run is short; it does not include its requirements
  }

  @Test
  void theDeclaredTimeoutStopsAnAttempt() {
    // retries = 0 from docket.cfg, so the test waits for one timeout, not three.
    RunSummary summary =
        run(configured(1, Map.of("Scheduled", Map.of("retries", "0"))), "sched-stuck-a");

    TaskResult stuck = summary.result(scheduled("stuck-a"));
    assertThat(stuck.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(stuck.reason()).contains("took longer than its timeout of 0.30 s");
  }

  @Test
  void aTaskThatCoordinatesIsNeitherTimedOutNorRetried() {
    // As a workflow's own task waits for its branches' jobs: longer than the family's timeout.
    GraphBuilder coordinating =
        exec.graphs.adapting(f -> f == Scheduled_Family.INSTANCE ? new Coordinating() : f);
    RunSummary summary =
        exec.run(
            coordinating.plan(Report_Family.parse("--datasets", "sched-slow-a")),
            configured(1, Map.of()));

    assertThat(summary.result(scheduled("slow-a")).outcome()).isEqualTo(Outcome.RAN);
    assertThat(Scheduled.attempts.get("slow-a").get()).isEqualTo(1);

    // The same task as plain work is stopped by the declared 300 ms timeout.
    RunSummary work =
        run(configured(1, Map.of("Scheduled", Map.of("retries", "0"))), "sched-slow-b");
    assertThat(work.result(scheduled("slow-b")).outcome()).isEqualTo(Outcome.FAILED);
  }

  /** {@link Scheduled_Family}, except that its tasks coordinate. */
  private static final class Coordinating extends ForwardingTaskFamily<Scheduled> {
    Coordinating() {
      super(Scheduled_Family.INSTANCE);
    }

    @Override
    public boolean coordinates(Scheduled task) {
      return true;
    }
  }

  @Test
  void anEmptyTimeoutKeyRemovesTheDeclaredTimeout() {
    RunSettings settings =
        configured(1, Map.of("Scheduled", Map.of("timeout", "", "retry-delay", "2s")));
    Scheduling.Policy policy = settings.tasks().policy(Scheduled_Family.INSTANCE);

    assertThat(policy.timeout()).isNull();
    assertThat(policy.retryDelay()).isEqualTo(java.time.Duration.ofSeconds(2));
    assertThat(policy.retries()).isEqualTo(2); // not configured: declared
    assertThat(policy.priority()).isEqualTo(10);
    assertThat(policy.resources()).containsExactly("db", 1L);
  }

  @Test
  void theDeclaredPriorityRunsItFirstAndAConfiguredOneWins() {
    // In graph order ttbar's Selection would start first; the declared priority 10 goes first.
    run(RunSettings.of(1), "ttbar", "sched-quick");
    String log = output();
    assertBefore(log, "start Scheduled(name=quick)", "start Selection");

    exec.clearOut();
    TestStores.reset(exec.store().resolve("again"));
    run(configured(1, Map.of("Scheduled", Map.of("priority", "-1"))), "ttbar", "sched-quick");
    String again = output();
    assertBefore(again, "start Selection", "start Scheduled(name=quick)");
  }

  @Test
  void declaredResourcesAreLimitedByTheConfiguredLimit() {
    // Two pair-* tasks finish only if they run at once; db = 1 each, limit 1: one at a time.
    Scheduled.barrier = new CyclicBarrier(2);
    Map<String, String> noRetries = Map.of("retries", "0");
    RunSummary limited =
        run(
            configured(2, Map.of("resources", Map.of("db", "1"), "Scheduled", noRetries)),
            "sched-pair-a",
            "sched-pair-b");
    assertThat(limited.result(scheduled("pair-a")).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(limited.result(scheduled("pair-b")).outcome()).isEqualTo(Outcome.FAILED);

    Scheduled.barrier = new CyclicBarrier(2);
    TestStores.reset(exec.store().resolve("unlimited"));
    RunSummary unlimited =
        run(configured(2, Map.of("resources", Map.of("db", "2"))), "sched-pair-a", "sched-pair-b");
    assertThat(unlimited.success()).isTrue();
  }

  @Test
  void aDeclaredResourceOverItsLimitIsBadInputBeforeAnythingRuns() {
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> configured(1, Map.of("resources", Map.of("db", "0"))));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "Scheduled asks for db=1 in its @Task(resources = ...) (class"
                + " dev.docket.runtime.fixtures.Scheduled), more than the [resources] limit db=0"
                + " in /a/docket.cfg: such a task could never run; lower the one (or override it"
                + " with [Scheduled] resources) or raise the other");

    // Overridden in docket.cfg: the section's value is what counts.
    configured(
        1, Map.of("resources", Map.of("db", "0"), "Scheduled", Map.of("resources", "db=0")));
  }
}
