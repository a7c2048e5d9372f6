package org.example.ttbar;

import dev.docket.runtime.spi.CommandLine;
import javax.annotation.processing.Generated;

/**
 * The command line of this analysis: {@code run <Family> [--param value]...}, {@code list},
 * {@code --help}.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    CommandLine.main(new Main_TaskIndex(), args);
  }
}
