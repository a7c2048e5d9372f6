package dev.docket.backends.sandbox.bwrap;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxContext;
import dev.docket.runtime.spi.sandbox.SandboxProvider;
import java.nio.file.Path;
import java.util.Set;

/**
 * Serves {@code bwrap::<root directory>}; a relative directory is taken from the directory of
 * {@code docket.cfg} ({@link SandboxContext#path}).
 */
@AutoService(SandboxProvider.class)
public final class BwrapProvider implements SandboxProvider {
  @Override
  public Set<String> kinds() {
    return Set.of("bwrap");
  }

  @Override
  public Sandbox open(SandboxSpec spec, SandboxContext context) {
    Path root = context.path(spec.argument());
    return new BwrapSandbox(spec, root, BwrapSettings.read(context.config()));
  }
}
