package dev.docket.runtime.spi.sandbox;

import dev.docket.runtime.spi.param.SandboxSpec;
import java.io.IOException;
import java.util.Set;

/**
 * The kinds of sandbox one backend serves, e.g. {@code docker} and {@code podman}. Found with
 * {@link java.util.ServiceLoader}; a backend registers itself with {@code
 * @AutoService(SandboxProvider.class)}. When two providers serve a kind, the run refuses to
 * choose and names both modules.
 */
public interface SandboxProvider {
  /** The kinds it serves, each one of {@link SandboxSpec#KINDS}. */
  Set<String> kinds();

  /**
   * The sandbox {@code spec} names ({@code spec.kind()} is one of {@link #kinds()}). Opening is
   * cheap and checks nothing: the run calls {@link Sandbox#check()} before the first task in it
   * starts, once per run (and once per batch job, on the worker node).
   */
  Sandbox open(SandboxSpec spec, SandboxContext context) throws IOException;
}
