package dev.docket.backends.htcondor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.config.ConfigSection;
import java.io.IOException;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class HTCondorBackendTest {
  @Test
  void registeredAsBackendAndSection() {
    assertThat(ServiceLoader.load(BatchBackend.class).stream().map(p -> p.get().name()).toList()).contains("htcondor");
    assertThat(ServiceLoader.load(ConfigSection.class).stream().map(p -> p.get().name()).toList()).contains("htcondor");
  }

  @Test
  void idsFromCondorSubmitTerse() throws IOException {
    assertThat(HTCondorBackend.ids("1.0 - 1.1\n", 2)).containsExactly("1.0", "1.1").inOrder();
    assertThat(HTCondorBackend.ids("42.0 - 42.0\n", 1)).containsExactly("42.0");
  }

  @Test
  void idsThatDoNotMatchTheSubmissionAreAnError() {
    IOException e = assertThrows(IOException.class, () -> HTCondorBackend.ids("7.0 - 7.2\n", 2));
    assertThat(e).hasMessageThat().contains("made 3 jobs of cluster 7 for 2 submitted");
    assertThrows(IOException.class, () -> HTCondorBackend.ids("ERROR: no\n", 1));
  }

  @Test
  void condorRmOnJobsThatLeftTheQueueIsNotAnError() {
    assertThat(HTCondorBackend.onlyGone("Job 1.0 not found\n")).isTrue();
    assertThat(HTCondorBackend.onlyGone("Couldn't find/remove all jobs matching constraint (ClusterId==4)\n")).isTrue();
    assertThat(HTCondorBackend.onlyGone("ERROR: Can't find address of local schedd\n")).isFalse();
  }

  @Test
  void theJobIndexIsTheFirstArgumentOfTheJobFile() {
    assertThat(new HTCondorBackend().jobIndexExpression()).startsWith("\"${1:?");
  }

  @Test
  void theConstraintOfFetchedJobsNamesEachOne() {
    assertThat(HTCondorBackend.fetchedConstraint(java.util.List.of("30.0", "31.2")))
        .isEqualTo("(ClusterId == 30 && ProcId == 0) || (ClusterId == 31 && ProcId == 2)");
    assertThrows(IllegalArgumentException.class, () -> HTCondorBackend.fetchedConstraint(java.util.List.of("1.0 || true")));
  }
}
