package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** Guard turns a failure of Docket's own code into one error, with or without an element. */
class GuardTest {
  private final List<String> errors = new ArrayList<>();
  private final Messager messager =
      new Messager() {
        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
          errors.add(kind + " " + msg);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
          errors.add(kind + " on " + e + " " + msg);
        }

        @Override
        public void printMessage(
            Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
          printMessage(kind, msg, e);
        }

        @Override
        public void printMessage(
            Diagnostic.Kind kind,
            CharSequence msg,
            Element e,
            AnnotationMirror a,
            AnnotationValue v) {
          printMessage(kind, msg, e);
        }
      };

  @Test
  void workWithoutAnElementFailsAsOneErrorNamingItsSubject() {
    boolean done =
        Guard.run(
            messager,
            "the task index",
            () -> {
              throw new LinkageError("missing class");
            });

    assertThat(done).isFalse();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .startsWith("ERROR [DocketInternal] Docket's processor failed on the task index.");
    assertThat(errors.get(0)).contains("java.lang.LinkageError: missing class");
  }

  @Test
  void workThatSucceedsPrintsNothing() {
    assertThat(Guard.run(messager, "the task index", () -> {})).isTrue();
    assertThat(errors).isEmpty();
  }
}
