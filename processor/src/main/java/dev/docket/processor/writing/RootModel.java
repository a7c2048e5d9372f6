package dev.docket.processor.writing;

import com.google.common.collect.ImmutableList;
import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * What the aggregating files need: the main class, and the task classes of the compilation,
 * sorted by family name.
 */
public record RootModel(ClassName main, ImmutableList<Family> families) {
  /** One task family; the element is re-fetched by name in the round that writes the files. */
  public record Family(String name, ClassName type, TypeElement element) {}

  public ClassName index() {
    return GeneratedNames.index(main);
  }
}
