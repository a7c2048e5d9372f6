package dev.docket.runtime.internal.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Slow_Family;
import dev.docket.runtime.internal.exec.ProgressStyle;
import dev.docket.runtime.internal.exec.RunSettings;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExecutionConfigTest {
  private static DocketConfig config(Map<String, Map<String, String>> sections) {
    return new DocketConfig(
        Optional.of(Path.of("/a/docket.cfg")), Path.of("/a"), OptionalInt.empty(), sections);
  }

  private static RunSettings settings(DocketConfig config, int workers, boolean terminal) {
    return ExecutionConfig.read(config, TaskRegistry.global().families())
        .settings(workers, terminal);
  }

  @Test
  void theCheckHandsOnWhatItRead() {
    DocketConfig config =
        config(
            Map.of(
                "core", Map.of("progress", "periodic", "keep-going", "off"),
                "resources", Map.of("db", "2"),
                "Selection", Map.of("retries", "2", "timeout", "")));

    RunSettings settings =
        ConfigCheck.check(config, List.of(Selection_Family.INSTANCE, Slow_Family.INSTANCE))
            .settings(3, true);

    assertThat(settings.workers()).isEqualTo(3);
    assertThat(settings.progress()).isEqualTo(ProgressStyle.PERIODIC);
    assertThat(settings.keepGoing()).isFalse();
    assertThat(settings.resourceLimits()).containsExactly("db", 2L);
    assertThat(settings.tasks().policy(Selection_Family.INSTANCE))
        .isEqualTo(new Scheduling.Policy(2, Duration.ofSeconds(1), null));
  }

  @Test
  void scheduleTextsReadBackAsTheSameScheduling() {
    Scheduling declared =
        new Scheduling(5, 2, Duration.ofMillis(1500), Duration.ofMinutes(90), Map.of("db", 1L, "cpu", 2L));
    Map<String, String> texts = SchedulingConfig.texts(declared);

    assertThat(texts)
        .containsExactly(
            "priority", "5", "retries", "2", "retry-delay", "1500ms", "timeout", "90m",
            "resources", "cpu=2, db=1")
        .inOrder();
    assertThat(SchedulingConfig.configured(config(Map.of("Fit", texts)), "Fit")).isEqualTo(declared);
    assertThat(SchedulingConfig.texts(Scheduling.NONE)).isEmpty();
  }

  @Test
  void defaultsAreLiveOnATerminalAndTasksInALog() {
    assertThat(settings(config(Map.of()), 2, true).progress())
        .isEqualTo(ProgressStyle.LIVE);
    RunSettings log = settings(config(Map.of()), 2, false);
    assertThat(log.progress()).isEqualTo(ProgressStyle.TASKS);
    assertThat(log.progressInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(log.keepGoing()).isTrue();
    assertThat(log.workers()).isEqualTo(2);
  }

  @Test
  void coreKeysChooseStyleIntervalAndKeepGoing() {
    RunSettings settings =
        settings(
            config(
                Map.of(
                    "core",
                    Map.of("progress", "periodic", "progress-interval", "1m", "keep-going", "no"))),
            1,
            true);
    assertThat(settings.progress()).isEqualTo(ProgressStyle.PERIODIC);
    assertThat(settings.progressInterval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.keepGoing()).isFalse();
  }

  @Test
  void familySectionsGiveRetriesDelayAndTimeout() {
    Scheduling.Policies tasks =
        settings(
                config(
                    Map.of(
                        "Selection",
                        Map.of("retries", "3", "retry-delay", "500ms", "timeout", "2h"))),
                1,
                false)
            .tasks();
    assertThat(tasks.policy(Selection_Family.INSTANCE))
        .isEqualTo(new Scheduling.Policy(3, Duration.ofMillis(500), Duration.ofHours(2)));
    assertThat(tasks.policy(Slow_Family.INSTANCE)).isEqualTo(Scheduling.Policy.DEFAULT);
  }

  @Test
  void durationsTakeTheFormsOfCodeToo() {
    Scheduling.Policies tasks =
        settings(
                config(Map.of("Selection", Map.of("retry-delay", "PT1M30S", "timeout", "1d"))),
                1,
                false)
            .tasks();
    assertThat(tasks.policy(Selection_Family.INSTANCE))
        .isEqualTo(new Scheduling.Policy(0, Duration.ofSeconds(90), Duration.ofDays(1)));
  }

  @Test
  void durationsAndSwitchesTakeTheGrammarOfParameters() {
    // docket.cfg and @Param/@Task share one grammar (Durations, Booleans): fractions, plain
    // seconds, days and on/off, each of which only one side used to take.
    RunSettings settings =
        settings(
            config(
                Map.of(
                    "core", Map.of("progress-interval", "2.5", "keep-going", "off"),
                    "Selection", Map.of("retry-delay", "1.5m", "timeout", "1.5d"))),
            1,
            false);
    assertThat(settings.progressInterval()).isEqualTo(Duration.ofMillis(2500));
    assertThat(settings.keepGoing()).isFalse();
    assertThat(settings.tasks().policy(Selection_Family.INSTANCE))
        .isEqualTo(new Scheduling.Policy(0, Duration.ofSeconds(90), Duration.ofHours(36)));
    assertThat(
            settings(config(Map.of("core", Map.of("keep-going", "On"))), 1, false)
                .keepGoing())
        .isTrue();
    BadInputException maybe =
        assertThrows(
            BadInputException.class,
            () ->
                settings(
                    config(Map.of("core", Map.of("keep-going", "maybe"))), 1, false));
    assertThat(maybe)
        .hasMessageThat()
        .isEqualTo(
            "bad value 'maybe' for [core] keep-going in /a/docket.cfg: expected true or false");
  }

  @Test
  void aTimeoutIsAtMost365Days() {
    assertThat(
            settings(
                    config(Map.of("Selection", Map.of("timeout", "365d"))), 1, false)
                .tasks()
                .policy(Selection_Family.INSTANCE)
                .timeout())
        .isEqualTo(Duration.ofDays(365));
    BadInputException tooLong =
        assertThrows(
            BadInputException.class,
            () ->
                settings(
                    config(Map.of("Selection", Map.of("timeout", "3000000h"))), 1, false));
    assertThat(tooLong).hasMessageThat().contains("at most 365d");
  }

  @Test
  void taskSettingsAreKnownKeysOfAFamilySection() {
    new ConfigDefaults(config(Map.of("Selection", Map.of("retries", "2", "timeout", "30s"))))
        .check(Selection_Family.INSTANCE); // no "unknown key"
  }

  @Test
  void badValuesNameTheKeyTheFileAndTheExpectedForm() {
    BadInputException progress =
        assertThrows(
            BadInputException.class,
            () ->
                settings(
                    config(Map.of("core", Map.of("progress", "loud"))), 1, false));
    assertThat(progress)
        .hasMessageThat()
        .isEqualTo(
            "bad value 'loud' for [core] progress in /a/docket.cfg: expected auto, live, tasks or"
                + " periodic");
    BadInputException timeout =
        assertThrows(
            BadInputException.class,
            () ->
                settings(
                    config(Map.of("Selection", Map.of("timeout", "soon"))), 1, false));
    assertThat(timeout)
        .hasMessageThat()
        .isEqualTo(
            "bad value 'soon' for [Selection] timeout in /a/docket.cfg: expected a duration like"
                + " 90s, 5m, 2h, 1d or PT1H30M");
    BadInputException negative =
        assertThrows(
            BadInputException.class,
            () ->
                settings(
                    config(Map.of("Selection", Map.of("retry-delay", "-PT1S"))), 1, false));
    assertThat(negative).hasMessageThat().contains("must not be negative");
    BadInputException retries =
        assertThrows(
            BadInputException.class,
            () ->
                settings(
                    config(Map.of("Selection", Map.of("retries", "-1"))), 1, false));
    assertThat(retries).hasMessageThat().contains("[Selection] retries");
  }

  @Test
  void prioritiesResourcesAndTheirLimits() {
    RunSettings settings =
        settings(
            config(
                Map.of(
                    "resources", Map.of("db", "1", "memory", "16G"),
                    "Selection", Map.of("priority", "5", "resources", "memory=4G, db=1, cpu=2"))),
            2,
            false);
    assertThat(settings.resourceLimits()).containsExactly("db", 1L, "memory", 16L << 30);
    Scheduling.Policy selection = settings.tasks().policy(Selection_Family.INSTANCE);
    assertThat(selection.priority()).isEqualTo(5);
    assertThat(selection.resources()).containsExactly("memory", 4L << 30, "db", 1L, "cpu", 2L);
  }

  @Test
  void aTaskThatNeedsMoreThanTheLimitIsBadInput() {
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () ->
                settings(
                    config(
                        Map.of(
                            "resources", Map.of("db", "1"),
                            "Selection", Map.of("resources", "db=2"))),
                    1,
                    false));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "[Selection] resources in /a/docket.cfg asks for db=2, more than the [resources] limit"
                + " db=1: such a task could never run; lower the one or raise the other");
  }

  @Test
  void aSchedulingKeyOfAnotherOwnersSectionIsItsOwnersToRead() {
    // [testfs.<name>] (TestFsSection) takes a key named retries, with its own meaning.
    DocketConfig config =
        config(
            Map.of(
                "testfs.eos", Map.of("base", "root://eos", "retries", "3 times"),
                "Selection", Map.of("retries", "2")));

    RunSettings settings =
        ConfigCheck.check(config, List.of(Selection_Family.INSTANCE)).settings(1, false);

    assertThat(settings.tasks().policy(Selection_Family.INSTANCE).retries()).isEqualTo(2);
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> ConfigCheck.check(
                config(Map.of("Selection", Map.of("retries", "3 times"))),
                List.of(Selection_Family.INSTANCE)));
    assertThat(e).hasMessageThat().contains("for [Selection] retries in /a/docket.cfg");
  }
}
