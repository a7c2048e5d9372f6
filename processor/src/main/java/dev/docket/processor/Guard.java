package dev.docket.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import dev.docket.processor.validation.ErrorMessages;

/**
 * Runs the processing of one element so that a bug in Docket becomes one error on that element
 * instead of an exception that stops javac (and hides every other diagnostic).
 */
final class Guard {
  interface Work {
    void run() throws Exception;
  }

  private Guard() {}

  /** Returns false when {@code work} failed unexpectedly; the error is already printed. */
  static boolean run(Messager messager, Element element, Work work) {
    try {
      work.run();
      return true;
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      messager.printMessage(Diagnostic.Kind.ERROR,
          ErrorMessages.internal(String.valueOf(element), trace.toString()), element);
      return false;
    }
  }
}
