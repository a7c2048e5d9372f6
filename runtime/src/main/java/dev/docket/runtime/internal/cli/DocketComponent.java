package dev.docket.runtime.internal.cli;

import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.TaskIndex;
import java.io.PrintStream;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Wires the runtime for one command-line invocation: the streams, the environment, the terminal
 * and the compilation's task index come in; the configuration loader, registry, graph builder,
 * executor, reporter and commands are built by Dagger.
 */
@Singleton
@Component(modules = DocketComponent.RegistryModule.class)
interface DocketComponent {
  DocketApp app();

  @Component.Factory
  interface Factory {
    DocketComponent create(
        @BindsInstance TaskIndex index,
        @BindsInstance @Named("out") PrintStream out,
        @BindsInstance @Named("err") PrintStream err,
        @BindsInstance Environment environment,
        @BindsInstance Terminal terminal);
  }

  /**
   * The registry: the families of the index the generated main passes, plus those found with
   * {@link java.util.ServiceLoader}. It is the process-wide one, because generated builders
   * ({@code req}) look families up there.
   */
  @Module
  final class RegistryModule {
    private RegistryModule() {}

    @Provides
    @Singleton
    static TaskRegistry registry(TaskIndex index) {
      return TaskRegistry.global().register(index);
    }
  }
}
