package dev.docket.runtime.internal.cli;

import dev.docket.runtime.spi.param.ParamSpec;
import java.util.Map;

/**
 * Parameter types as help shows them: packages dropped ({@code List<String>}) and the boxed
 * types of primitives unboxed ({@code int}): {@link ParamSpec#type()} boxes primitives, and a
 * parameter value is never {@code null}, so {@code int} is what the user declared or means.
 */
final class TypeNames {
  private static final Map<String, String> UNBOXED =
      Map.of(
          "Integer", "int",
          "Long", "long",
          "Short", "short",
          "Byte", "byte",
          "Double", "double",
          "Float", "float",
          "Boolean", "boolean",
          "Character", "char");

  private TypeNames() {}

  static String of(ParamSpec<?> spec) {
    String simple = spec.type().replaceAll("[a-z][a-z0-9_]*\\.", "");
    return UNBOXED.getOrDefault(simple, simple);
  }

  static boolean isBoolean(ParamSpec<?> spec) {
    return spec.type().equals("java.lang.Boolean");
  }

  /** {@code (required)} or {@code = 4}. */
  static String defaultText(ParamSpec<?> spec) {
    return spec.isRequired() ? "(required)" : "= " + spec.defaultText();
  }
}
