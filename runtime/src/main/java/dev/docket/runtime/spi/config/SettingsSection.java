package dev.docket.runtime.spi.config;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A section whose check is reading its settings: a bad value fails the check of the whole file
 * with the same message that the settings' reader gives later. A module declares each of its
 * sections as a subclass with a constructor that takes no arguments (as {@link
 * java.util.ServiceLoader} makes it), e.g. {@code super("sandbox.bwrap", BwrapSettings.KEYS,
 * BwrapSettings::read)}.
 */
public abstract class SettingsSection implements ConfigSection {
  private final String name;
  private final List<String> keys;
  private final Consumer<DocketConfig> read;

  /**
   * @param name the name between the brackets
   * @param keys the keys the section takes, in the order messages list them
   * @param read reads the settings from the whole file, throwing bad input for a bad value
   */
  protected SettingsSection(String name, List<String> keys, Consumer<DocketConfig> read) {
    this.name = Objects.requireNonNull(name);
    this.keys = List.copyOf(keys);
    this.read = Objects.requireNonNull(read);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> keys() {
    return keys;
  }

  @Override
  public final void check(DocketConfig config, String section) {
    read.accept(config);
  }
}
