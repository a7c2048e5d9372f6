package dev.docket.testkit;

import java.security.Permission;
import org.junit.jupiter.api.Assumptions;

/**
 * Catches {@code System.exit} and {@code Runtime.halt} of one thread in-process, keeping the
 * status: a security manager that refuses that thread's exit and allows everything else. Only
 * for the few tests whose code under test ends the JVM (the generated main, the second Ctrl-C);
 * on a JDK that allows no security manager any more the test is skipped (the integration tests
 * end real processes too).
 */
@SuppressWarnings("removal") // the JDK's only hook on an exit in-process
public final class ExitTrap extends SecurityManager implements AutoCloseable {
  private final Thread trapped = Thread.currentThread();
  private volatile Integer status;

  private ExitTrap() {}

  /** Traps the calling thread's exit until closed; skips the test where the JDK refuses. */
  public static ExitTrap install() {
    ExitTrap trap = new ExitTrap();
    try {
      System.setSecurityManager(trap);
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("this JDK allows no security manager, so an exit cannot be caught in-process");
    }
    return trap;
  }

  /** The status the trapped thread tried to exit with, or {@code null}. */
  public Integer status() {
    return status;
  }

  @Override
  public void checkPermission(Permission permission) {}

  @Override
  public void checkExit(int status) {
    if (Thread.currentThread() == trapped) {
      this.status = status;
      throw new SecurityException("exit " + status + " trapped by the test");
    }
  }

  @Override
  public void close() {
    System.setSecurityManager(null);
  }
}
