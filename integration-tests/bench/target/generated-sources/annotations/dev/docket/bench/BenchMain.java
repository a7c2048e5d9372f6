package dev.docket.bench;

import dev.docket.runtime.cli.DocketCli;
import javax.annotation.processing.Generated;

/**
 * The command line of this analysis: {@code run <Family> [--param value]...}, {@code list},
 * {@code --help}.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class BenchMain {
  private BenchMain() {
  }

  public static void main(String[] args) {
    DocketCli.main(new BenchMain_TaskIndex(), args);
  }
}
