package dev.docket.backends.sandbox.venv;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxContext;
import dev.docket.runtime.spi.sandbox.SandboxProvider;
import java.util.Set;

/** Serves {@code venv::<path>}. */
@AutoService(SandboxProvider.class)
public final class VenvSandboxProvider implements SandboxProvider {
  @Override
  public Set<String> kinds() {
    return Set.of("venv");
  }

  @Override
  public Sandbox open(SandboxSpec spec, SandboxContext context) {
    return new VenvSandbox(spec, context.path(spec.argument()));
  }
}
