package dev.docket.jupyter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The kernel process: {@code java -cp <the analysis's class path> dev.docket.jupyter.KernelMain
 * <connection file>}, as the kernelspec {@code ./docket notebook install} writes says. The
 * cells' class path is the process's.
 */
public final class KernelMain {
  private KernelMain() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      fail("usage: java -cp <class path> dev.docket.jupyter.KernelMain <connection file>"
          + " (Jupyter starts it so from the kernelspec; see docs/notebooks.md)");
    }
    Connection connection;
    try {
      connection = Connection.read(Path.of(args[0]));
    } catch (IOException | RuntimeException e) {
      fail("cannot read the connection file " + args[0] + ": " + e.getMessage());
      return;
    }
    PrintStream log = System.err; // the Jupyter server's log
    System.setProperty("java.awt.headless", "true");
    Evaluator evaluator = new Evaluator(System.getProperty("java.class.path", ""));
    System.setOut(CellOutput.of("stdout", log));
    System.setErr(CellOutput.of("stderr", log));
    new Kernel(connection, evaluator, log).serve();
  }

  private static void fail(String message) {
    System.err.println("docket: error: " + message);
    System.exit(2);
  }
}
