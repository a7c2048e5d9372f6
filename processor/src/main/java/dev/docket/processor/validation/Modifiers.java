package dev.docket.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Finds the forbidden modifiers of a member, for one message that names them all. */
final class Modifiers {
  private Modifiers() {}

  /** E.g. {@code "private and final"}; empty when none of {@code forbidden} is present. */
  static String offending(Element element, Modifier... forbidden) {
    List<String> found = new ArrayList<>();
    for (Modifier modifier : forbidden) {
      if (element.getModifiers().contains(modifier)) {
        found.add(modifier.name().toLowerCase(Locale.ROOT));
      }
    }
    return String.join(" and ", found);
  }
}
