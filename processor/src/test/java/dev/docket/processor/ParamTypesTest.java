package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.docket.processor.Diagnostics.assertError;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Parameter types beyond scalars, user converters, and {@code @Param(propagate)} (issue #3). */
class ParamTypesTest {
  private static final String IMPORTS = "import dev.docket.annotations.*;"
      + " import dev.docket.runtime.*; import dev.docket.runtime.param.*;"
      + " import dev.docket.runtime.param.Converter; import java.util.*; import java.time.*;"
      + " import java.math.BigDecimal; import java.net.URI;";

  private static JavaFileObject source(String name, String... body) {
    String[] lines = new String[body.length + 2];
    lines[0] = "package test;";
    lines[1] = IMPORTS;
    System.arraycopy(body, 0, lines, 2, body.length);
    return Samples.source("test." + name, lines);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new DocketProcessor())
        .withOptions("-Xlint:all,-processing").compile(sources);
  }

  private static final JavaFileObject ENERGY = source("Energy",
      "public record Energy(double tev) {}");

  private static final JavaFileObject ENERGY_CONVERTER = source("EnergyConverter",
      "@ParamConverter public final class EnergyConverter implements Converter<Energy> {",
      "  public Energy parse(String text) {",
      "    return new Energy(Double.parseDouble(text.replace(\"TeV\", \"\")));",
      "  }",
      "  public String format(Energy value) { return value.tev() + \"TeV\"; }",
      "  public String expectation() { return \"an energy like 13.6TeV\"; }",
      "}");

  @Test
  void everyTypeCompilesWithItsDefaultChecked() {
    JavaFileObject foo = source("Foo",
        "@Task class Foo {",
        "  @Param Optional<Integer> limit;",
        "  @Param(defaultValue = \"b,a\") Set<String> tags;",
        "  @Param(defaultValue = \"mu=0.9,e=0.8\") Map<String, Double> weights;",
        "  @Param(defaultValue = \"2024-01-31T10:00:00Z\") Instant since;",
        "  @Param(defaultValue = \"2024-01-31T10:00\") LocalDateTime start;",
        "  @Param(defaultValue = \"0.125\") BigDecimal scale;",
        "  @Param(defaultValue = \"https://cern.ch/x\") URI endpoint;",
        "  @Param(defaultValue = \"2024-01\") DateInterval period;",
        "  @Param(defaultValue = \"0:10\") IntRange bins;",
        "  @Param(defaultValue = \"0.5:2.5\") DoubleRange eta;",
        "  @Param(defaultValue = \"13.6TeV\") Energy energy;",
        "  @Param Optional<Energy> other;",
        "  @Param(defaultValue = \"\") List<Energy> energies;",
        "  void run() {}",
        "}");
    Compilation c = compile(ENERGY, ENERGY_CONVERTER, foo);
    assertThat(c).succeededWithoutWarnings();
    String params = text(c, "test.Foo_Params");
    assertThat(params).contains("ContainerConverters.optionalOf(Converters.INT), \"\"");
    assertThat(params).contains("ContainerConverters.setOf(Converters.STRING)");
    assertThat(params).contains("\"java.util.Map<java.lang.String,java.lang.Double>\"");
    assertThat(params).contains("ContainerConverters.mapOf(Converters.DOUBLE)");
    assertThat(params).contains("Converters.DATE_INTERVAL");
    assertThat(params).contains("new EnergyConverter()");
    assertThat(params).contains("Converters.listOf(new EnergyConverter())");
  }

  @Test
  void durationAndBooleanDefaultsTakeTheFormsOfDocketCfg() {
    // One grammar each (Durations, Booleans) for @Param, @Task, the command line and docket.cfg.
    JavaFileObject foo = source("Foo",
        "@Task class Foo {",
        "  @Param(defaultValue = \"1.5h\") Duration window;",
        "  @Param(defaultValue = \"30\") Duration pause;",
        "  @Param(defaultValue = \"off\") boolean verbose;",
        "  void run() {}",
        "}");
    assertThat(compile(foo)).succeededWithoutWarnings();
    JavaFileObject bad = source("Foo",
        "@Task class Foo {",
        "  @Param(defaultValue = \"maybe\") boolean verbose;",
        "  @Param(defaultValue = \"2 hours\") Duration window;",
        "  void run() {}",
        "}");
    Compilation c = compile(bad);
    assertError(c, bad,
        "[DocketParamDefault] @Param field 'verbose' has defaultValue"
            + " \"maybe\", which is not a valid boolean (expected true or false)", "verbose");
    assertError(c, bad,
        "[DocketParamDefault] @Param field 'window' has defaultValue"
            + " \"2 hours\", which is not a valid Duration (expected a duration like 90s, 5m, 2h,"
            + " 1d or PT1H30M)", "window");
  }

  @Test
  void badDateIntervalDefault() {
    JavaFileObject foo = source("Foo",
        "@Task class Foo {",
        "  @Param(defaultValue = \"2024-13\") DateInterval period;",
        "  void run() {}",
        "}");
    assertError(compile(foo), foo,
        "[DocketParamDefault] @Param field 'period' has defaultValue"
            + " \"2024-13\", which is not a valid DateInterval (expected a date interval like"
            + " 2024, 2024-01", "DateInterval period");
  }

  @Test
  void badMapDefaultAndUnsupportedMapKey() {
    JavaFileObject foo = source("Foo",
        "@Task class Foo {",
        "  @Param(defaultValue = \"a=x\") Map<String, Integer> counts;",
        "  @Param Map<Integer, String> byNumber;",
        "  void run() {}",
        "}");
    Compilation c = compile(foo);
    assertError(c, foo,
        "[DocketParamDefault] @Param field 'counts' has defaultValue"
            + " \"a=x\", which is not a valid Map<String, Integer>", "counts");
    assertError(c, foo,
        "[DocketParamType] @Param field 'byNumber' has type"
            + " Map<Integer, String>, which has no converter", "byNumber");
  }

  @Test
  void converterThatIsNotAConverter() {
    JavaFileObject bad = source("Bad", "@ParamConverter public class Bad {}");
    assertError(compile(bad), bad,
        "[DocketConverterShape] @ParamConverter Bad must be a public,"
            + " non-abstract, non-generic, top-level or static nested class implementing"
            + " dev.docket.runtime.param.Converter<T>", "class Bad");
  }

  @Test
  void converterWithoutPublicConstructor() {
    JavaFileObject bad = source("Bad",
        "@ParamConverter public class Bad implements Converter<Energy> {",
        "  Bad(int x) {}",
        "  public Energy parse(String t) { return null; }",
        "  public String format(Energy e) { return \"\"; }",
        "  public String expectation() { return \"\"; }",
        "}");
    assertError(compile(ENERGY, bad), bad,
        "[DocketConverterConstructor] @ParamConverter Bad needs a public"
            + " no-argument constructor", "class Bad");
  }

  @Test
  void twoConvertersForOneTypeAndOneForABuiltInType() {
    JavaFileObject second = source("Second",
        "@ParamConverter public class Second implements Converter<Energy> {",
        "  public Energy parse(String t) { return null; }",
        "  public String format(Energy e) { return \"\"; }",
        "  public String expectation() { return \"\"; }",
        "}");
    JavaFileObject ints = source("Ints",
        "@ParamConverter public class Ints implements Converter<Integer> {",
        "  public Integer parse(String t) { return 1; }",
        "  public String format(Integer e) { return \"\"; }",
        "  public String expectation() { return \"\"; }",
        "}");
    Compilation c = compile(ENERGY, ENERGY_CONVERTER, second, ints);
    assertError(c, second,
        "[DocketConverterDuplicate] @ParamConverter Second converts"
            + " test.Energy, which test.EnergyConverter already converts; keep one of them",
        "class Second");
    assertError(c, ints,
        "[DocketConverterDuplicate] @ParamConverter Ints converts"
            + " java.lang.Integer, which Docket's built-in converter already converts",
        "class Ints");
  }

  @Test
  void notPropagatedParameter() {
    JavaFileObject bar = source("Bar",
        "@Task class Bar {",
        "  @Param(defaultValue = \"1\", propagate = false) int threads;",
        "  @Param String dataset;",
        "  void run() {}",
        "}");
    JavaFileObject foo = source("Foo",
        "@Task class Foo {",
        "  @Param(defaultValue = \"8\") int threads;",
        "  @Param String dataset;",
        "  @Requires Bar bar;",
        "  void run() {}",
        "}");
    Compilation c = compile(bar, foo);
    assertThat(c).succeededWithoutWarnings();
    assertThat(text(c, "test.Bar_Params")).contains("\"1\", true, false,");
    String family = text(c, "test.Foo_Family");
    assertThat(family).contains(".dataset(task.dataset)");
    assertThat(family).doesNotContain(".threads(");
  }

  @Test
  void requiredParameterThatDoesNotPropagate() {
    JavaFileObject bar = source("Bar",
        "@Task class Bar {",
        "  @Param(propagate = false) String dataset;",
        "  void run() {}",
        "}");
    JavaFileObject foo = source("Foo",
        "@Task class Foo {",
        "  @Param String dataset;",
        "  @Requires Bar bar;",
        "  void run() {}",
        "}");
    assertError(compile(bar, foo), foo,
        "[DocketRequiresParam] @Requires field 'bar' needs parameter"
            + " 'dataset' of Bar, which is declared @Param(propagate = false) and has no default",
        "Bar bar");
  }

  private static String text(Compilation c, String name) {
    try {
      return c.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
