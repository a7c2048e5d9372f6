package dev.docket.processor.model;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.docket.runtime.param.Converter;

/**
 * A supported parameter type.
 *
 * @param fieldType the type as declared ({@code int} stays {@code int}: builder setters use it)
 * @param boxedType the type argument of {@code ParamSpec}
 * @param canonical the canonical boxed name that the runtime compares when it propagates
 *     parameters, e.g. {@code java.util.List<java.lang.String>}
 * @param converter the expression of the runtime converter in generated code
 * @param checker a converter with the runtime's grammar, to check defaults at compile time;
 *     {@code null} when a user's {@code @ParamConverter} is involved (it is not compiled yet)
 * @param optional whether the type is {@code Optional}: such a parameter defaults to empty
 */
public record ParamType(
    TypeName fieldType,
    TypeName boxedType,
    String canonical,
    CodeBlock converter,
    Converter<?> checker,
    boolean optional) {

  /** The canonical name without packages, for messages: {@code List<String>}. */
  public String simpleName() {
    return simpleName(canonical);
  }

  public static String simpleName(String canonical) {
    // Only whole package segments: the "oo." of "Foo.Color" is not a package.
    return canonical.replaceAll("(?<![\\w$])[a-z][a-z0-9_]*\\.", "");
  }
}
