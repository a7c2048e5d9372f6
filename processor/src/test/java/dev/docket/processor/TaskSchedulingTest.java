package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.docket.processor.Diagnostics.assertError;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The scheduling attributes of {@code @Task}: each mistake is an error on the value that has
 * it, and what is not written is not generated.
 */
class TaskSchedulingTest {
  private static JavaFileObject fit(String... annotation) {
    String[] lines = new String[annotation.length + 6];
    lines[0] = "package test;";
    lines[1] = "import dev.docket.annotations.*;";
    System.arraycopy(annotation, 0, lines, 2, annotation.length);
    lines[annotation.length + 2] = "class Fit {";
    lines[annotation.length + 3] = "  void run() {}";
    lines[annotation.length + 4] = "}";
    lines[annotation.length + 5] = "";
    return Samples.source("test.Fit", lines);
  }

  private static Compilation compile(JavaFileObject source) {
    return javac().withProcessors(new DocketProcessor()).compile(source);
  }

  private static String family(Compilation c) throws IOException {
    return c.generatedSourceFile("test.Fit_Family").orElseThrow().getCharContent(false).toString();
  }

  @Test
  void negativeRetries() {
    JavaFileObject source = fit("@Task(priority = 1,", "    retries = -1)");
    assertError(compile(source), source,
        "[DocketTaskRetries] @Task class Fit has retries = -1, but retries"
            + " counts the further attempts after a failure, so it must be 0 or more; write"
            + " retries = 0 for no retry, or leave it out to let docket.cfg decide",
        "retries = -1");
  }

  @Test
  void timeoutThatIsNotADuration() {
    JavaFileObject source = fit("@Task(retries = 1,", "    timeout = \"2 hours\")");
    assertError(compile(source), source,
        "[DocketTaskTimeout] @Task class Fit has timeout = \"2 hours\", which"
            + " is not a duration (expected a duration like 90s, 5m, 2h, 1d or PT1H30M); write"
            + " e.g. timeout = \"2h\", or leave it out for no limit", "2 hours");
  }

  @Test
  void timeoutOfZero() {
    JavaFileObject source = fit("@Task(", "    timeout = \"0s\")");
    assertError(compile(source), source,
        "[DocketTaskTimeout] @Task class Fit has timeout = \"0s\", but no"
            + " attempt can finish in no time; give more than 0", "\"0s\"");
  }

  @Test
  void timeoutOverTheLongestARunTakes() {
    // The bound of [<Family>] timeout in docket.cfg (Durations.MAX_TIMEOUT), checked as early.
    JavaFileObject source = fit("@Task(", "    timeout = \"3000000h\")");
    assertError(compile(source), source,
        "[DocketTaskTimeout] @Task class Fit has timeout = \"3000000h\", more"
            + " than 365d, the longest timeout a run takes; give at most 365d, e.g. timeout ="
            + " \"2h\", or leave it out for no limit", "3000000h");
    assertThat(compile(fit("@Task(timeout = \"365d\")"))).succeededWithoutWarnings();
  }

  @Test
  void durationsTakeTheFormsOfDocketCfg() throws IOException {
    // One grammar for code and docket.cfg: fractions and plain seconds compile too.
    Compilation c = compile(fit("@Task(retryDelay = \"30\", timeout = \"1.5h\")"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(family(c)).contains(".withRetryDelay(Duration.ofSeconds(30))");
    assertThat(family(c)).contains(".withTimeout(Duration.ofMinutes(90))");
  }

  @Test
  void retryDelayThatIsNotADuration() {
    JavaFileObject source = fit("@Task(retries = 2,", "    retryDelay = \"soon\")");
    assertError(compile(source), source,
        "[DocketTaskRetryDelay] @Task class Fit has retryDelay = \"soon\","
            + " which is not a duration (expected a duration like 90s, 5m, 2h, 1d or PT1H30M);"
            + " write e.g. retryDelay = \"30s\", or leave it out for the default (1 s, doubling)",
        "soon");
  }

  @Test
  void negativeRetryDelay() {
    JavaFileObject source = fit("@Task(retries = 2,", "    retryDelay = \"-PT1S\")");
    assertError(compile(source), source,
        "[DocketTaskRetryDelay] @Task class Fit has retryDelay = \"-PT1S\","
            + " which is negative; give 0 or more", "-PT1S");
  }

  @Test
  void malformedResourcesAreEachUnderlined() {
    JavaFileObject source = fit("@Task(resources = {",
        "    \"db=1\",",
        "    \"memory=4 gigs\",",
        "    \"cpu\"})");
    Compilation c = compile(source);
    assertError(c, source,
        "[DocketTaskResources] @Task class Fit has the resources entry"
            + " \"memory=4 gigs\", which is not name=amount with a whole number as the amount,"
            + " optionally with K, M, G or T; write it like \"db=1\" or \"memory=4G\"",
        "memory=4 gigs");
    assertError(c, source,
        "[DocketTaskResources] @Task class Fit has the resources entry \"cpu\"", "\"cpu\"");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void aResourceNamedTwice() {
    JavaFileObject source = fit("@Task(resources = {",
        "    \"db=1\",",
        "    \" db = 2\"})");
    assertError(compile(source), source,
        "[DocketTaskResourceDuplicate] @Task class Fit names the resource"
            + " 'db' twice in resources; keep one entry per resource", "db = 2");
  }

  @Test
  void aTaskExtendingATaskInheritsWhatItDoesNotWrite() throws IOException {
    JavaFileObject base = Samples.source("test.Skim",
        "package test;",
        "import dev.docket.annotations.*;",
        "@Task(retries = 3, timeout = \"2h\", resources = {\"db=1\"})",
        "class Skim {",
        "  void run() {}",
        "}");
    JavaFileObject tight = Samples.source("test.TightSkim",
        "package test;",
        "import dev.docket.annotations.*;",
        "@Task(retries = 1, timeout = \"\")", // an empty value: not declared, not inherited
        "class TightSkim extends Skim {}");
    Compilation c = javac().withProcessors(new DocketProcessor()).compile(base, tight);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c.generatedSourceFile("test.TightSkim_Family").orElseThrow().getCharContent(false)
        .toString()).contains("    return Scheduling.NONE\n"
            + "        .withRetries(1)\n"
            + "        .withResources(Map.of(\"db\", 1L));\n");
  }

  @Test
  void whatIsNotWrittenIsNotGenerated() throws IOException {
    Compilation plain = compile(fit("@Task(retryDelay = \"\", timeout = \"\", resources = {})"));
    assertThat(plain).succeededWithoutWarnings();
    assertThat(family(plain)).doesNotContain("scheduling");

    // Written values count even when they equal the built-in defaults: docket.cfg still wins.
    Compilation zero = compile(fit("@Task(retries = 0, priority = -5, retryDelay = \"1500ms\")"));
    assertThat(zero).succeededWithoutWarnings();
    assertThat(family(zero)).contains("    return Scheduling.NONE\n"
        + "        .withPriority(-5)\n"
        + "        .withRetries(0)\n"
        + "        .withRetryDelay(Duration.ofMillis(1500));\n");
  }
}
