package dev.docket.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that converts a parameter type of the user's own between its command-line text
 * and its value, so that {@code @Param} fields of that type are allowed.
 *
 * <p>The class must be a public, non-abstract, top-level (or static nested) class implementing
 * {@code dev.docket.runtime.param.Converter<T>} for a concrete class {@code T}, with a public
 * no-argument constructor: generated code creates it with {@code new}. The processor finds
 * converters among the classes it compiles in the same compilation as the tasks that use them,
 * and checks all of this at compile time ({@code [DocketConverterShape]},
 * {@code [DocketConverterConstructor]}); two converters for one type, or a converter for a type
 * that Docket already converts, are an error ({@code [DocketConverterDuplicate]}).
 *
 * <pre>{@code
 * @ParamConverter
 * public final class EnergyConverter implements Converter<Energy> {
 *   public Energy parse(String text) { return Energy.parse(text); } // IllegalArgumentException if bad
 *   public String format(Energy value) { return value.toString(); }
 *   public String expectation() { return "an energy like 13.6TeV"; }
 * }
 * }</pre>
 *
 * <p>{@code parse} throws {@code IllegalArgumentException} (or any runtime exception) for a bad
 * value; Docket turns it into one message naming the parameter, the value and
 * {@code expectation()}. {@code Optional}, {@code List}, {@code Set} and {@code Map} of the
 * type work too.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ParamConverter {}
