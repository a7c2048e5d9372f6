package dev.docket.runtime.internal.cli;

import dev.docket.runtime.internal.config.ConfigCheck;
import dev.docket.runtime.internal.config.ConfigDefaults;
import dev.docket.runtime.internal.config.ConfigLoader;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.internal.config.SchedulingConfig;
import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.ParamSpec;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * {@code config}: the effective configuration, each value with where it came from, in INI form
 * so that it can be pasted back into {@code docket.cfg}:
 *
 * <pre>
 * # configuration file: /a/docket.cfg
 * [core]
 * store = /data/store  # /a/docket.cfg, line 2: ${env:DATA}/store
 * workers = 1  # default
 *
 * [Selection]
 * dataset =  # required: no default; give --dataset
 * min-jets = 6  # /a/docket.cfg, line 7
 * version = v1  # defaultValue
 * </pre>
 *
 * Every family is listed with all its parameters; other sections (backends) follow as read.
 * A file that {@code run} would refuse is refused here too ({@link ConfigCheck}).
 */
final class ConfigCommand {
  private final ConfigLoader loader;
  private final TaskRegistry registry;
  private final Environment environment;
  private final PrintStream out;

  @Inject
  ConfigCommand(ConfigLoader loader, TaskRegistry registry, Environment environment,
      @Named("out") PrintStream out) {
    this.loader = loader;
    this.registry = registry;
    this.environment = environment;
    this.out = out;
  }

  int run() {
    DocketConfig config = loader.load();
    ConfigCheck.check(config, registry.families());
    ConfigDefaults defaults = new ConfigDefaults(config);
    out.println(config.file()
        .map(f -> "# configuration file: " + f)
        .orElse("# no configuration file: $" + Environment.CONFIG_VARIABLE + " is not set and "
            + environment.workingDirectory().resolve(ConfigLoader.FILE_NAME) + " does not exist"));
    Map<String, String> core = config.section("core");
    out.println("[core]");
    line("store", config.store().toString(), core.containsKey("store")
        ? config.origin("core", "store")
        : config.file().isPresent() ? "default: the directory of the file"
            : "default: the working directory");
    line("workers", String.valueOf(config.workers().orElse(RunOption.WORKERS.defaultValue().orElseThrow())),
        core.containsKey("workers") ? config.origin("core", "workers") : "default");
    core.forEach((key, value) -> {
      if (!key.equals("store") && !key.equals("workers")) {
        line(key, value, config.origin("core", key));
      }
    });
    Set<String> shown = new HashSet<>(Set.of("core"));
    for (TaskFamily<?> family : registry.families()) {
      shown.add(family.name());
      out.println();
      out.println("[" + family.name() + "]");
      for (ParamSpec<?> spec : family.params()) {
        String key = defaults.key(family.name(), spec);
        String name = ParamSpec.kebabCase(spec.name());
        if (key != null) {
          line(name, config.section(family.name()).get(key), config.origin(family.name(), key));
        } else if (spec.isRequired()) {
          line(name, "", "required: no default; give " + spec.option());
        } else {
          line(name, spec.defaultText(), "defaultValue");
        }
      }
      scheduling(config, family);
    }
    config.sections().keySet().stream().sorted().filter(s -> !shown.contains(s)).forEach(s -> {
      out.println();
      out.println("[" + s + "]");
      config.section(s).forEach((key, value) -> line(key, value, config.origin(s, key)));
    });
    return 0;
  }

  /**
   * The family's task settings that are set: from its section, else from its {@code @Task}
   * attributes (which the section's keys override, key by key).
   */
  private void scheduling(DocketConfig config, TaskFamily<?> family) {
    Map<String, String> section = config.section(family.name());
    Map<String, String> fromCode = new java.util.HashMap<>(SchedulingConfig.texts(family.scheduling()));
    if (!family.sandbox().isBlank()) {
      fromCode.put("sandbox", family.sandbox().strip()); // read by internal.sandbox
    }
    for (String key : SchedulingConfig.TASK_KEYS) {
      if (section.containsKey(key)) {
        line(key, section.get(key), config.origin(family.name(), key));
      } else if (fromCode.containsKey(key)) {
        line(key, fromCode.get(key), "@Task");
      }
    }
  }


  private void line(String key, String value, String origin) {
    out.println(key + " = " + value + "  # " + origin);
  }
}
