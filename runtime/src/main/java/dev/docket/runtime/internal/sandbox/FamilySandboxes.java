package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.SandboxSpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox of each family: {@code [<Family>] sandbox} of {@code docket.cfg} when the key is
 * there (an empty value: none), else what {@code @Task(sandbox)} declares.
 */
final class FamilySandboxes {
  static final String KEY = "sandbox";

  private final DocketConfig config;
  private final Map<String, Optional<SandboxSpec>> specs = new ConcurrentHashMap<>();

  FamilySandboxes(DocketConfig config) {
    this.config = config;
  }

  /** The sandbox of {@code family}, if any; a bad value is bad input naming where it is. */
  Optional<SandboxSpec> of(TaskFamily<?> family) {
    return specs.computeIfAbsent(family.name(), name -> read(family));
  }

  /** Where {@code family}'s sandbox is given, for messages. */
  String where(TaskFamily<?> family) {
    return config.section(family.name()).containsKey(KEY)
        ? "[" + family.name() + "] " + KEY + " in " + config.where(family.name(), KEY)
        : family.name() + " (@Task(sandbox))";
  }

  private Optional<SandboxSpec> read(TaskFamily<?> family) {
    Map<String, String> section = config.section(family.name());
    String text = section.containsKey(KEY) ? section.get(KEY) : family.sandbox();
    try {
      return SandboxSpec.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("bad value '" + text.strip() + "' for " + where(family) + ": "
          + e.getMessage());
    }
  }
}
