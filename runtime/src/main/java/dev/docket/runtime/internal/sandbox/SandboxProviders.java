package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.SandboxProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The sandbox providers on the class path, found with {@link ServiceLoader}. */
final class SandboxProviders {
  private final List<SandboxProvider> providers;

  SandboxProviders(List<SandboxProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  static SandboxProviders load() {
    List<SandboxProvider> found = new ArrayList<>();
    ServiceLoader.load(SandboxProvider.class, SandboxProvider.class.getClassLoader())
        .forEach(found::add);
    return new SandboxProviders(found);
  }

  /**
   * The one provider of {@code spec}'s kind.
   *
   * @throws BadInputException when no module on the class path serves it (naming the module to
   *     add), or two do
   */
  SandboxProvider of(SandboxSpec spec, String where) {
    List<SandboxProvider> serving = new ArrayList<>();
    for (SandboxProvider provider : providers) {
      if (provider.kinds().contains(spec.kind())) {
        serving.add(provider);
      }
    }
    if (serving.isEmpty()) {
      throw new BadInputException("the sandbox " + spec + " of " + where + " needs the "
          + spec.kind() + " sandbox backend, which is not on the class path: add the dependency"
          + " dev.docket:" + SandboxSpec.module(spec.kind()) + " to the analysis");
    }
    if (serving.size() > 1) {
      throw new BadInputException("two sandbox backends serve " + spec.kind() + ": "
          + serving.get(0).getClass().getName() + " and " + serving.get(1).getClass().getName()
          + "; keep one of their modules on the class path");
    }
    return serving.get(0);
  }
}
