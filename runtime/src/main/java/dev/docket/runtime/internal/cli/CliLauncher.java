package dev.docket.runtime.internal.cli;

import dev.docket.runtime.spi.CommandLine;
import dev.docket.runtime.spi.TaskIndex;

/** The SPI's {@link CommandLine.Launcher}: how generated code reaches {@link DocketCli}. */
public final class CliLauncher implements CommandLine.Launcher {
  @Override
  public void main(TaskIndex index, String[] args) {
    DocketCli.main(index, args);
  }
}
