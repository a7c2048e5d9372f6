package dev.docket.backends.sandbox.bash;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxContext;
import dev.docket.runtime.spi.sandbox.SandboxProvider;
import java.util.Set;

/** Serves {@code bash::<setup script>}. */
@AutoService(SandboxProvider.class)
public final class BashSandboxProvider implements SandboxProvider {
  static final String KIND = "bash";

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public Sandbox open(SandboxSpec spec, SandboxContext context) {
    return new BashSandbox(spec, context.path(spec.argument()),
        new CapturedEnvironment(context));
  }
}
