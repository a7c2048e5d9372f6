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
    return run(messager, String.valueOf(element), element, work);
  }

  /**
   * The same for work that belongs to no element ({@code subject} names it, e.g. the task
   * index): the error is printed without a position.
   */
  static boolean run(Messager messager, String subject, Work work) {
    return run(messager, subject, null, work);
  }

  private static boolean run(Messager messager, String subject, Element element, Work work) {
    try {
      work.run();
      return true;
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      String message = ErrorMessages.internal(subject, trace.toString());
      if (element == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, message);
      } else {
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
      }
      return false;
    }
  }
}
