package dev.docket.backends.sandbox.singularity;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxContext;
import dev.docket.runtime.spi.sandbox.SandboxProvider;
import java.util.Set;

/**
 * Serves {@code singularity::<image>} and {@code apptainer::<image>} (the same program under its
 * two names); a relative image path is taken from the directory of {@code docket.cfg} ({@link
 * SandboxContext#path}).
 */
@AutoService(SandboxProvider.class)
public final class SingularityProvider implements SandboxProvider {
  @Override
  public Set<String> kinds() {
    return Set.of("singularity", "apptainer");
  }

  @Override
  public Sandbox open(SandboxSpec spec, SandboxContext context) {
    String image = SingularitySandbox.isUri(spec.argument())
        ? spec.argument()
        : context.path(spec.argument()).toString();
    return new SingularitySandbox(spec, image, SingularitySettings.read(context.config(), spec.kind()));
  }
}
