package dev.docket.backends.sandbox.docker;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxContext;
import dev.docket.runtime.spi.sandbox.SandboxProvider;
import java.util.Set;

/** Serves {@code docker::<image>} and {@code podman::<image>}. */
@AutoService(SandboxProvider.class)
public final class ContainerProvider implements SandboxProvider {
  @Override
  public Set<String> kinds() {
    return Set.of(Engine.DOCKER.kind(), Engine.PODMAN.kind());
  }

  @Override
  public Sandbox open(SandboxSpec spec, SandboxContext context) {
    Engine engine = Engine.of(spec.kind());
    OutsideUser user = OutsideUser.current();
    return new ContainerSandbox(
        spec, engine, ContainerSettings.read(context.config(), engine), user, !user.isRoot());
  }
}
