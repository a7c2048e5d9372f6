package dev.docket.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommandLineTest {
  @Test
  void generatedMainReachesTheRuntimesCommandLineThroughItsServiceFile() {
    // The SPI names no internal class: the one launcher is found through META-INF/services.
    assertEquals(
        "dev.docket.runtime.internal.cli.CliLauncher",
        CommandLine.launcher().getClass().getName());
  }
}
