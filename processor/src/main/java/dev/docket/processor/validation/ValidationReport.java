package dev.docket.processor.validation;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * What validation found about one element, printed once by the step; only a clean report lets
 * a task go on to modelling and generation.
 */
public final class ValidationReport {
  /** One diagnostic, located as precisely as known: element, annotation, attribute value. */
  public record Item(
      Diagnostic.Kind kind,
      String message,
      Element element,
      Optional<AnnotationMirror> annotation,
      Optional<AnnotationValue> value) {}

  private final ImmutableList<Item> items;

  private ValidationReport(ImmutableList<Item> items) {
    this.items = items;
  }

  public static Builder builder() {
    return new Builder();
  }

  public ImmutableList<Item> items() {
    return items;
  }

  public boolean isClean() {
    return items.stream().noneMatch(item -> item.kind() == Diagnostic.Kind.ERROR);
  }

  public void printTo(Messager messager) {
    for (Item item : items) {
      if (item.value().isPresent()) {
        messager.printMessage(item.kind(), item.message(), item.element(),
            item.annotation().orElseThrow(), item.value().get());
      } else if (item.annotation().isPresent()) {
        messager.printMessage(item.kind(), item.message(), item.element(), item.annotation().get());
      } else {
        messager.printMessage(item.kind(), item.message(), item.element());
      }
    }
  }

  /** Collects items; {@code build} freezes them. */
  public static final class Builder {
    private final ImmutableList.Builder<Item> items = ImmutableList.builder();

    private Builder() {}

    public Builder error(String message, Element element) {
      return add(message, element, Optional.empty(), Optional.empty());
    }

    public Builder error(String message, Element element, Optional<AnnotationMirror> annotation) {
      return add(message, element, annotation, Optional.empty());
    }

    public Builder error(
        String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
      return add(message, element, Optional.of(annotation), Optional.of(value));
    }

    public Builder addAll(ValidationReport report) {
      items.addAll(report.items);
      return this;
    }

    private Builder add(String message, Element element, Optional<AnnotationMirror> annotation,
        Optional<AnnotationValue> value) {
      items.add(new Item(Diagnostic.Kind.ERROR, message, element, annotation, value));
      return this;
    }

    public ValidationReport build() {
      return new ValidationReport(items.build());
    }
  }
}
