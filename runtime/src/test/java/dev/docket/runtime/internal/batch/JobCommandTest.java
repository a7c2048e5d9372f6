package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.fixtures.Fixtures_TaskIndex;
import dev.docket.runtime.spi.TaskIndex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobCommandTest {
  @Test
  void aJobRunsThisJavaAndClassPathWithTheMainOfTheGeneratedIndex() {
    JobCommand command = JobCommand.current(new Fixtures_TaskIndex());

    assertThat(command.java()).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    assertThat(command.classPath()).isEqualTo(System.getProperty("java.class.path"));
    assertThat(command.mainClass()).isEqualTo("dev.docket.runtime.fixtures.Fixtures");
  }

  @Test
  void aHandWrittenIndexRunsTheClassThisJvmStartedWith() {
    TaskIndex handWritten = List::of;
    String started = System.getProperty("sun.java.command", "");

    JobCommand command = JobCommand.current(handWritten);

    assertThat(command.mainClass()).isEqualTo(
        started.isBlank() ? handWritten.getClass().getName() : started.split(" ")[0]);
    assertThat(command.mainClass()).doesNotContain(" ");
    assertThat(command.mainClass()).isNotEmpty();
  }
}
