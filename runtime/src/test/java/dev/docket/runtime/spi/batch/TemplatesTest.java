package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
  @TempDir Path dir;

  @Test
  void everyPlaceholderIsReplacedAndValuesAreTakenLiterally() {
    String text = Templates.render("a={{one}} b={{two}} a={{one}}", Map.of("one", "$1\\x", "two", "{{one}}"), "t");
    assertThat(text).isEqualTo("a=$1\\x b={{one}} a=$1\\x");
  }

  @Test
  void anUnknownPlaceholderNamesItAndTheKnownOnes() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> Templates.render("x {{exectable}}", Map.of("executable", "", "arguments", ""), "the submit template"));
    assertThat(e).hasMessageThat().isEqualTo(
        "the submit template has the unknown placeholder {{exectable}}; use {{arguments}}, {{executable}}");
  }

  @Test
  void aUsersFileWinsOverTheDefaultAndAMissingOneIsNamed() throws Exception {
    Path own = Files.writeString(dir.resolve("own.sh"), "mine {{x}}");
    assertThat(Templates.read(Optional.of(own), JobFile.class, JobFile.DEFAULT_TEMPLATE, "[job] template"))
        .isEqualTo("mine {{x}}");
    assertThat(Templates.read(Optional.empty(), JobFile.class, JobFile.DEFAULT_TEMPLATE, "[job] template"))
        .startsWith("#!/bin/sh\n");
    BadInputException e = assertThrows(BadInputException.class, () -> Templates.read(
        Optional.of(dir.resolve("gone.sub")), JobFile.class, JobFile.DEFAULT_TEMPLATE, "[htcondor] job-template"));
    assertThat(e).hasMessageThat().startsWith(
        "cannot read the job template " + dir.resolve("gone.sub") + " named by [htcondor] job-template in docket.cfg: ");
  }
}
