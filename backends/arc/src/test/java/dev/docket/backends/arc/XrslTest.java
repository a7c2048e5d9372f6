package dev.docket.backends.arc;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.Templates;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rendering the xRSL: every value a literal, the user's template and extra relations. */
class XrslTest {
  private static final ArcSettings PLAIN = ArcSettings.none();

  private static String defaultTemplate() {
    return Templates.read(Optional.empty(), ArcBackend.class, Xrsl.DEFAULT_TEMPLATE, "[arc] job-template");
  }

  @Test
  void theDefaultDescriptionRunsTheJobFileWithItsIndex() {
    String xrsl = Xrsl.render(defaultTemplate(), "docket-Skim-3", 3, Path.of("/store/.docket/jobs/Skim/a/job.sh"),
        List.of(), PLAIN);
    assertThat(xrsl).startsWith("&\n");
    assertThat(xrsl).contains("(jobName = \"docket-Skim-3\")");
    assertThat(xrsl).contains("(executable = \"/bin/sh\")");
    assertThat(xrsl).contains("(arguments = \"job.sh\" \"3\")");
    assertThat(xrsl).contains("(inputFiles = (\"job.sh\" \"/store/.docket/jobs/Skim/a/job.sh\"))");
    assertThat(xrsl).contains("(stdout = \"docket-job.log\")");
    assertThat(xrsl).contains("(join = \"yes\")");
    assertThat(xrsl).doesNotContain("queue");
    assertThat(Xrsl.checkRelations(xrsl.substring(1))).isEmpty();
  }

  @Test
  void metacharactersInPathsAndNamesStayInsideTheirLiterals() {
    Path odd = Path.of("/data/it's \"$(rm -rf ~)\" `id`; ) (* x *) &|/job.sh");
    String xrsl = Xrsl.render(defaultTemplate(), "a\"b)(c", 0, odd, List.of(Path.of("/in/x \")(y.jar")), PLAIN);
    assertThat(xrsl).contains("(jobName = \"a\"\"b)(c\")");
    assertThat(xrsl).contains("\"/data/it's \"\"$(rm -rf ~)\"\" `id`; ) (* x *) &|/job.sh\"");
    assertThat(xrsl).contains("(\"x \"\")(y.jar\" \"/in/x \"\")(y.jar\")");
    // Still exactly the template's relations: nothing a value holds opened or closed one.
    assertThat(Xrsl.checkRelations(xrsl.substring(1))).isEmpty();
    assertThat(Xrsl.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
  }

  @Test
  void queueAndExtraXrslAreAdded_andInputsTravelUnderTheirOwnNames() {
    ArcSettings settings = new ArcSettings("", "grid", Optional.empty(), "(walltime = \"1 hour\")(memory = 2000)",
        Optional.empty(), "arcrest");
    String xrsl = Xrsl.render(defaultTemplate(), "n", 1, Path.of("/s/job.sh"),
        List.of(Path.of("/s/bundle/classpath.tar"), Path.of("/s/docket.cfg")), settings);
    assertThat(xrsl).contains("(inputFiles = (\"job.sh\" \"/s/job.sh\") (\"classpath.tar\" \"/s/bundle/classpath.tar\")"
        + " (\"docket.cfg\" \"/s/docket.cfg\"))");
    assertThat(xrsl).contains("(queue = \"grid\")");
    assertThat(xrsl).contains("(walltime = \"1 hour\")(memory = 2000)");
  }

  @Test
  void aUsersTemplateIsRendered_andAnUnknownPlaceholderIsBadInput() {
    assertThat(Xrsl.render("&(executable = {{job_file_name}})(arguments = {{job_index}})", "n", 7,
        Path.of("/j.sh"), List.of(), PLAIN)).isEqualTo("&(executable = \"job.sh\")(arguments = \"7\")");
    BadInputException e = assertThrows(BadInputException.class,
        () -> Xrsl.render("&(cpuTime = {{cpu}})", "n", 7, Path.of("/j.sh"), List.of(), PLAIN));
    assertThat(e).hasMessageThat().isEqualTo("the xRSL template has the unknown placeholder {{cpu}}; use {{input_files}},"
        + " {{job_file}}, {{job_file_name}}, {{job_index}}, {{name}}, {{queue}}, {{xrsl}}");
  }

  @Test
  void extraXrslMustBeWholeRelations() {
    assertThat(Xrsl.checkRelations("")).isEmpty();
    assertThat(Xrsl.checkRelations(" (a = \"x)\"\"(\")\n(b = 1) ")).isEmpty();
    assertThat(Xrsl.checkRelations("(a = 1))(executable = \"/bin/evil\"")).hasValue("a closing parenthesis has no opening one");
    assertThat(Xrsl.checkRelations("(a = \"1)")).hasValue("a double quote is not closed");
    assertThat(Xrsl.checkRelations("(a = 1")).hasValue("a parenthesis is not closed");
    assertThat(Xrsl.checkRelations("walltime = 1")).hasValue("'w' is outside parentheses");
  }
}
