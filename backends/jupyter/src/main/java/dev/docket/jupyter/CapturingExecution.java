package dev.docket.jupyter;

import java.lang.reflect.Field;
import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's local execution engine (cells run in the kernel's JVM, on its class path), which
 * also keeps the object behind the last variable value JShell asked for: JShell itself hands
 * back only a string, and a task's status or a plot is displayed from the object.
 */
final class CapturingExecution implements ExecutionControlProvider {
  private volatile Control control;

  @Override
  public String name() {
    return "docket-local";
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
    Control made = new Control();
    control = made;
    return made;
  }

  /** The object read by the last {@code JShell.varValue}, {@code null} if none. */
  Object lastValue() {
    Control made = control;
    return made == null ? null : made.value;
  }

  private static final class Control extends LocalExecutionControl {
    private volatile Object value;

    @Override
    public String varValue(String className, String varName)
        throws RunException, EngineTerminationException, InternalException {
      value = null;
      try {
        Field field = findClass(className).getDeclaredField(varName);
        field.setAccessible(true);
        value = field.get(null);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // JShell's own call below reports what went wrong
      }
      return super.varValue(className, varName);
    }
  }
}
