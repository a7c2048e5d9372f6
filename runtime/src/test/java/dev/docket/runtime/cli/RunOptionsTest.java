package dev.docket.runtime.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.task.ParamSpec;
import org.junit.jupiter.api.Test;

class RunOptionsTest {
  @Test
  void everyRunOptionIsReservedSoTheProcessorRejectsParametersOfThatName() {
    assertThat(ParamSpec.RESERVED_OPTIONS).containsAtLeastElementsIn(RunOptions.OPTIONS.keySet());
    assertThat(ParamSpec.RESERVED_OPTIONS).contains(RunOptions.HELP);
  }
}
