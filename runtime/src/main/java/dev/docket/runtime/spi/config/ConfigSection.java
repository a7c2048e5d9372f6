package dev.docket.runtime.spi.config;

import java.util.List;

/**
 * A section of {@code docket.cfg} that a part of Docket reads: the runtime's own ({@code [core]},
 * {@code [job]}, {@code [resources]}) and a backend's ({@code [slurm]}; later {@code [fs.<name>]}
 * of a storage backend, a sandbox's). Implementations are found with {@link
 * java.util.ServiceLoader}; a backend registers its own with {@code
 * @AutoService(ConfigSection.class)}, the runtime lists its own in {@code
 * META-INF/services}. A section that no implementation and no task family owns is refused with
 * the closest known name, and so is a key that the owner does not list (the runtime's check of
 * the whole file, before anything runs).
 *
 * <p>A section is owned, and so known, only when its module is on the class path: {@code
 * [slurm]} is an unknown section for an analysis without {@code docket-backend-slurm}.
 */
public interface ConfigSection {
  /**
   * The name between the brackets, e.g. {@code slurm}; a name ending in a placeholder owns every
   * section that begins with the part before it: {@code fs.<name>} owns {@code [fs.eos]}.
   */
  String name();

  /**
   * The keys the section takes, in the order messages list them; a key ending in a placeholder
   * stands for every key that begins with the part before it ({@code template.<Family>}), a
   * placeholder alone for any key ({@code <name>}: the resources of {@code [resources]}).
   */
  List<String> keys();

  /**
   * Checks the values of {@code [section]} (one of the sections {@link #name()} owns), before
   * anything runs: a value that would fail later must be refused now with a {@link
   * dev.docket.runtime.BadInputException} naming it and its line ({@link
   * DocketConfig#where(String, String)}). Unknown keys are already refused. The default checks
   * nothing.
   */
  default void check(DocketConfig config, String section) {}
}
