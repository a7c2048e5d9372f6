package dev.docket.runtime.internal.config;

import dev.docket.runtime.internal.exec.RunSettings;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.Collection;
import java.util.Map;

/**
 * What {@code docket.cfg} says about running, read once and checked before anything runs:
 * {@code [core] progress}, {@code progress-interval} and {@code keep-going} ({@link
 * CoreSettings}), each family's {@link Scheduling} ({@link SchedulingConfig}) and the limits of
 * {@code [resources]} ({@link ResourceLimits}). {@link ConfigCheck#check} reads it and hands it
 * on; a run adds what only it knows (workers, terminal, command-line options) with {@link
 * #settings}. A bad value is bad input.
 *
 * @param core the {@code [core]} keys of a run
 * @param policies each family's policy: declared, then configured
 * @param resourceLimits the limits of {@code [resources]}
 */
public record ExecutionConfig(
    CoreSettings core, Scheduling.Policies policies, Map<String, Long> resourceLimits) {
  public ExecutionConfig {
    resourceLimits = Map.copyOf(resourceLimits);
  }

  /**
   * Reads the execution settings of {@code config} for a run of {@code families}; each family's
   * policy is what it declares ({@code @Task} attributes), overridden key by key by its {@code
   * [<Family>]} section.
   */
  public static ExecutionConfig read(DocketConfig config, Collection<TaskFamily<?>> families) {
    return new Reader(config).read(families);
  }

  /**
   * Reads the sections of an {@code ExecutionConfig} one by one, each once: {@link ConfigCheck}
   * reads {@code [core]} and {@code [resources]} when it comes to them in the file, so that
   * their mistakes are reported in the file's order, and the rest at the end.
   */
  static final class Reader {
    private final DocketConfig config;
    private CoreSettings core;
    private Map<String, Long> limits;

    Reader(DocketConfig config) {
      this.config = config;
    }

    /** Reads {@code [section]} now if it is one of this config's; other sections are left. */
    void readSection(String section) {
      switch (section) {
        case CoreSection.NAME -> core = CoreSettings.read(config);
        case ResourcesSection.NAME -> limits = ResourceLimits.read(config);
        default -> {}
      }
    }

    /** The whole config for a run of {@code families}, the sections not read yet read now. */
    ExecutionConfig read(Collection<TaskFamily<?>> families) {
      if (core == null) {
        core = CoreSettings.read(config);
      }
      if (limits == null) {
        limits = ResourceLimits.read(config);
      }
      Scheduling.Policies policies = SchedulingConfig.read(config, families);
      ResourceLimits.checkFits(config, families, policies, limits);
      return new ExecutionConfig(core, policies, limits);
    }
  }

  /**
   * The settings of a run with {@code workers} threads; {@code terminal} chooses the live line
   * when {@code [core] progress} is {@code auto} or absent.
   */
  public RunSettings settings(int workers, boolean terminal) {
    return RunSettings.of(workers)
        .withKeepGoing(core.keepGoing())
        .withProgress(core.style(terminal), core.interval(terminal))
        .withTasks(policies)
        .withResourceLimits(resourceLimits);
  }
}
