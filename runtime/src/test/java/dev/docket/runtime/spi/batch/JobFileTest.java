package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job file is a real shell script: these tests run it with {@code sh} and check that
 * parameter values arrive as they were, and that nothing in them executes.
 */
class JobFileTest {
  @TempDir Path dir;

  private static final List<String> NASTY =
      List.of(
          "two words",
          "it's \"quoted\"",
          "$(touch pwned-dollar)",
          "`touch pwned-backtick`",
          "${HOME} $HOME \\n \\",
          "semi; touch pwned-semicolon && echo no | cat",
          "line one\nline two",
          "--label=a'b",
          "");

  private String runJob(String text) throws Exception {
    Path file = dir.resolve("job.sh");
    Files.writeString(file, text);
    Path out = dir.resolve("out.txt");
    Process p =
        new ProcessBuilder("sh", file.toString())
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void valuesWithSpacesQuotesDollarsAndBackticksReachTheJobUnchangedAndExecuteNothing() throws Exception {
    List<String> command = new ArrayList<>(List.of("printf", "<%s>\\n"));
    command.addAll(NASTY);
    String text =
        JobFile.render(JobFile.template(Optional.empty()), "Skim(label=$(touch pwned-comment)\nrm -rf x)",
            "1", Map.of(0, "0:2", 1, "2:4"), dir, command);

    String out = runJob(text);

    StringBuilder expected = new StringBuilder();
    for (String value : NASTY) {
      expected.append('<').append(value).append(">\n");
    }
    expected.append("<--branches>\n<2:4>\n");
    assertThat(out).contains(expected.toString());
    assertThat(out).contains("docket job 1: exit status 0");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pwned")).toList())
          .isEmpty();
    }
  }

  @Test
  void aJobIndexWithoutBranchesFailsWithAMessage() throws Exception {
    String text =
        JobFile.render(JobFile.template(Optional.empty()), "Skim()", "7", Map.of(0, "0"), dir, List.of("true"));
    String out = runJob(text);
    assertThat(out).contains("no branches for job index '7'");
  }

  @Test
  void aUserTemplateIsUsedAndAnUnknownPlaceholderIsBadInput() throws Exception {
    Path template = dir.resolve("my.sh");
    Files.writeString(template, "job={{job_index}}\n{{branch_cases_typo}}\n");
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> JobFile.render(JobFile.template(Optional.of(template)), "t", "0", Map.of(0, "0"), dir, List.of("true")));
    assertThat(e).hasMessageThat().contains("unknown placeholder {{branch_cases_typo}}");

    Files.writeString(template, "#!/bin/sh\n# mine\njob={{job_index}}\ncase $job in\n{{branch_cases}}\nesac\necho \"custom $branches\"\n");
    String out =
        runJob(JobFile.render(JobFile.template(Optional.of(template)), "t", "0", Map.of(0, "3:5"), dir, List.of("true")));
    assertThat(out).isEqualTo("custom 3:5\n");
  }
}
