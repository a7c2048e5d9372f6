package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.Booleans;
import dev.docket.runtime.spi.sandbox.SandboxMount;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code [sandbox]} of {@code docket.cfg}: whether tasks run in their sandboxes at all, and the
 * extra paths a container binds for every task.
 *
 * @param enabled {@code enabled} (default {@code true}); {@code false} runs every task in place,
 *     as {@code --no-sandbox} does
 * @param volumes {@code volumes}: blank-separated {@code SOURCE[:TARGET][:rw]}, read-only unless
 *     {@code :rw}, relative sources against the configuration file's directory
 */
record SandboxSettings(boolean enabled, List<SandboxMount> volumes) {
  static final String SECTION = "sandbox";
  static final List<String> KEYS = List.of("enabled", "volumes");
  static final SandboxSettings DEFAULT = new SandboxSettings(true, List.of());

  SandboxSettings {
    volumes = List.copyOf(volumes);
  }

  /** The section's values; a bad one is bad input naming its line. */
  static SandboxSettings read(DocketConfig config) {
    Map<String, String> keys = config.section(SECTION);
    boolean enabled = true;
    String switchText = keys.getOrDefault("enabled", "").strip();
    if (!switchText.isEmpty()) {
      try {
        enabled = Booleans.parse(switchText);
      } catch (IllegalArgumentException e) {
        throw bad(config, "enabled", switchText, "expected " + Booleans.EXPECTED);
      }
    }
    List<SandboxMount> volumes = new ArrayList<>();
    String volumesText = keys.getOrDefault("volumes", "").strip();
    if (!volumesText.isEmpty()) {
      for (String volume : volumesText.split("\\s+")) {
        volumes.add(volume(config, volume));
      }
    }
    return new SandboxSettings(enabled, volumes);
  }

  private static SandboxMount volume(DocketConfig config, String text) {
    String rest = text;
    boolean writable = false;
    if (rest.endsWith(":rw") || rest.endsWith(":ro")) {
      writable = rest.endsWith(":rw");
      rest = rest.substring(0, rest.length() - 3);
    }
    String[] parts = rest.split(":", -1);
    if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
      throw bad(config, "volumes", text,
          "expected SOURCE[:TARGET][:rw] separated by blanks, e.g. /cvmfs data:/data:rw");
    }
    Path base = config.file().map(Path::getParent).orElse(config.store());
    try {
      Path source = base.resolve(parts[0]).toAbsolutePath().normalize();
      Path target = parts.length == 2 ? Path.of(parts[1]) : source;
      if (!target.isAbsolute()) {
        throw bad(config, "volumes", text, "the TARGET inside must be absolute, e.g. data:/data");
      }
      return new SandboxMount(source, target.normalize(), writable);
    } catch (InvalidPathException e) {
      throw bad(config, "volumes", text, "not a path (" + e.getReason() + ")");
    }
  }

  private static BadInputException bad(DocketConfig config, String key, String text, String advice) {
    return new BadInputException("bad value '" + text + "' for [" + SECTION + "] " + key + " in "
        + config.where(SECTION, key) + ": " + advice);
  }
}
