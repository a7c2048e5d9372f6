package dev.docket.runtime.spi.param;

import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.param.Converter;
import java.util.Objects;

/**
 * One {@code @Param} of a task family, as the generated {@code Foo_Params} declares it.
 *
 * @param index the position of the parameter among its family's parameters
 * @param name the field name, e.g. {@code minJets}
 * @param type the canonical Java type, primitives boxed, e.g. {@code java.lang.Integer} or
 *     {@code java.util.List<java.lang.String>}; parameters propagate only between equal types
 * @param converter text to value and back
 * @param defaultValue the default as command-line text, or {@code null} when required
 * @param significant whether the parameter is part of the task's identity
 * @param description one line for help
 * @param propagate whether the parameter is copied from another task by {@code req} and
 *     {@code @Requires} fields ({@code @Param(propagate)}); when false it always takes its
 *     configured or default value unless set explicitly
 */
public record ParamSpec<T>(
    int index,
    String name,
    String type,
    Converter<T> converter,
    String defaultValue,
    boolean significant,
    String description,
    boolean propagate) {

  /**
   * Options of {@code run} itself ({@link RunOption}) and {@code --help}: no parameter may be
   * called so. The processor rejects such parameters at compile time.
   */
  public static final java.util.Set<String> RESERVED_OPTIONS = RunOption.reservedNames();

  public ParamSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(converter, "converter");
    Objects.requireNonNull(description, "description");
  }

  /**
   * The default as the task's identity spells it, for help, {@code list} and {@code config}:
   * a value with fixed choices (an enum constant, a list of them, a boolean) in its canonical
   * form, e.g. {@code TTBAR,WJETS} for {@code defaultValue = "ttbar,wjets"}; other values as
   * written. {@code null} when the parameter is required.
   */
  public String defaultText() {
    if (defaultValue == null || converter.choices().isEmpty()) {
      return defaultValue;
    }
    try {
      return converter.format(converter.parse(defaultValue));
    } catch (RuntimeException e) {
      return defaultValue; // the processor checked it; a user converter may still refuse
    }
  }

  /** {@code value} as command-line text, by this parameter's converter. */
  public String format(T value) {
    return converter.format(value);
  }

  /** A required parameter (no default). */
  public static <T> ParamSpec<T> required(
      int index, String name, String type, Converter<T> converter, boolean significant,
      String description) {
    return new ParamSpec<>(index, name, type, converter, null, significant, description, true);
  }

  /** A required parameter that does not propagate (see {@link #propagate()}). */
  public static <T> ParamSpec<T> required(
      int index, String name, String type, Converter<T> converter, boolean significant,
      boolean propagate, String description) {
    return new ParamSpec<>(index, name, type, converter, null, significant, description, propagate);
  }

  /** A parameter with a default, written as on the command line. */
  public static <T> ParamSpec<T> optional(
      int index, String name, String type, Converter<T> converter, String defaultValue,
      boolean significant, String description) {
    return new ParamSpec<>(
        index, name, type, converter, Objects.requireNonNull(defaultValue), significant,
        description, true);
  }

  /** A parameter with a default that does not propagate (see {@link #propagate()}). */
  public static <T> ParamSpec<T> optional(
      int index, String name, String type, Converter<T> converter, String defaultValue,
      boolean significant, boolean propagate, String description) {
    return new ParamSpec<>(
        index, name, type, converter, Objects.requireNonNull(defaultValue), significant,
        description, propagate);
  }

  /** Whether a value must be given (there is no default). */
  public boolean isRequired() {
    return defaultValue == null;
  }

  /** The option on the command line: {@code --} and the kebab case of the name. */
  public String option() {
    return "--" + kebabCase(name);
  }

  /**
   * {@code minJets} → {@code min-jets}; {@code nJets} → {@code n-jets}; {@code URL} → {@code url}.
   * Not Guava's {@code CaseFormat}: it splits every capital ({@code URL} → {@code u-r-l}), and
   * the processor and runtime share this rule without a dependency.
   */
  public static String kebabCase(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        out.append('-');
      } else if (Character.isUpperCase(c)) {
        boolean previousLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
        boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        boolean afterUpperRun = i > 0 && Character.isUpperCase(name.charAt(i - 1)) && nextLower;
        if (out.length() > 0 && out.charAt(out.length() - 1) != '-'
            && (previousLower || afterUpperRun)) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
