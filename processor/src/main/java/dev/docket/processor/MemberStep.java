package dev.docket.processor;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.auto.common.BasicAnnotationProcessor.Step;
import dev.docket.processor.base.DocketAnnotations;
import dev.docket.processor.validation.ErrorMessages;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;

/**
 * Reports {@code @Param}, {@code @Requires} and {@code @Output} members outside a {@code @Task}
 * class or an abstract class (a base class of tasks); those are checked by {@link TaskStep}
 * with each task that has them. One subclass per annotation keeps the
 * step list of {@link DocketProcessor} readable.
 */
abstract class MemberStep implements Step {
  private final Messager messager;
  private final CompilationState state;
  private final String annotation;

  MemberStep(Messager messager, CompilationState state, String annotation) {
    this.messager = messager;
    this.state = state;
    this.annotation = annotation;
  }

  @Override
  public final Set<String> annotations() {
    return ImmutableSet.of(annotation);
  }

  @Override
  public final Set<? extends Element> process(ImmutableSetMultimap<String, Element> elements) {
    for (Element member : elements.get(annotation)) {
      Element owner = member.getEnclosingElement();
      if (DocketAnnotations.isTask(owner)
          || (owner.getKind() == ElementKind.CLASS
              && owner.getModifiers().contains(Modifier.ABSTRACT))) {
        // A task checks its own and its superclasses' members: an abstract base class is
        // checked with each task that extends it.
        continue;
      }
      state.error();
      String simple = annotation.substring(annotation.lastIndexOf('.') + 1);
      messager.printMessage(Diagnostic.Kind.ERROR,
          ErrorMessages.notInTask(simple, member.getKind().name().toLowerCase(Locale.ROOT),
              member.getSimpleName().toString(), owner.getSimpleName().toString()),
          member, DocketAnnotations.mirror(member, annotation).orElse(null));
    }
    return ImmutableSet.of();
  }
}
