package dev.docket.runtime.internal.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxContext;
import dev.docket.runtime.spi.sandbox.SandboxProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which provider serves a sandbox: the one whose kinds hold it; none or two are bad input. */
class SandboxProvidersTest {
  private static final SandboxSpec DOCKER = new SandboxSpec("docker", "img");

  /** Serves {@code kinds}; never opened here. */
  private abstract static class Serving implements SandboxProvider {
    private final Set<String> kinds;

    Serving(String... kinds) {
      this.kinds = Set.of(kinds);
    }

    @Override
    public Set<String> kinds() {
      return kinds;
    }

    @Override
    public Sandbox open(SandboxSpec spec, SandboxContext context) {
      throw new AssertionError("not opened in these tests");
    }
  }

  private static final class Venv extends Serving {
    Venv() {
      super("venv", "bash");
    }
  }

  private static final class Containers extends Serving {
    Containers() {
      super("docker", "podman");
    }
  }

  private static final class OtherDocker extends Serving {
    OtherDocker() {
      super("docker");
    }
  }

  @Test
  void theProviderOfTheKindServesItAmongOthers() {
    Containers containers = new Containers();
    SandboxProviders providers = new SandboxProviders(List.of(new Venv(), containers));

    assertThat(providers.of(DOCKER, "Fit (@Task(sandbox))")).isSameInstanceAs(containers);
    assertThat(providers.of(new SandboxSpec("podman", "img"), "Fit (@Task(sandbox))"))
        .isSameInstanceAs(containers);
  }

  @Test
  void withoutAProviderTheModuleToAddIsNamed() {
    SandboxProviders providers = new SandboxProviders(List.of(new Venv()));

    BadInputException e =
        assertThrows(BadInputException.class, () -> providers.of(DOCKER, "[Fit] sandbox in docket.cfg"));

    assertThat(e).hasMessageThat().isEqualTo("the sandbox docker::img of [Fit] sandbox in docket.cfg"
        + " needs the docker sandbox backend, which is not on the class path: add the dependency"
        + " dev.docket:docket-backend-sandbox-docker to the analysis");
  }

  @Test
  void twoProvidersOfOneKindAreNamedBoth() {
    SandboxProviders providers =
        new SandboxProviders(List.of(new Containers(), new Venv(), new OtherDocker()));

    BadInputException e = assertThrows(BadInputException.class, () -> providers.of(DOCKER, "Fit"));

    assertThat(e).hasMessageThat().isEqualTo("two sandbox backends serve docker: "
        + Containers.class.getName() + " and " + OtherDocker.class.getName()
        + "; keep one of their modules on the class path");
  }

  @Test
  void theListIsCopiedAndTheRuntimesOwnClassPathHasNone() {
    List<SandboxProvider> list = new ArrayList<>(List.of(new Venv()));
    SandboxProviders providers = new SandboxProviders(list);
    list.add(new Containers());

    assertThrows(BadInputException.class, () -> providers.of(DOCKER, "Fit"));
    assertThrows(BadInputException.class, () -> SandboxProviders.load().of(DOCKER, "Fit"));
  }
}
