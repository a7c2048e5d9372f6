package dev.docket.runtime.internal.setup;

import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import dev.docket.runtime.spi.TaskRegistry;
import java.io.PrintStream;
import javax.inject.Named;

/**
 * Makes a {@link RunSetup} for runs started from Java ({@code Docket}, {@code TaskTester}):
 * progress and the summary go to the given streams; the task families are the process's
 * registry's (those found with {@link java.util.ServiceLoader}). The command line's component
 * makes its own from the same {@code @Inject} constructor.
 */
@Component(modules = RunComponent.RegistryModule.class)
public interface RunComponent {
  RunSetup setup();

  /** A run setup printing to {@code out} and {@code err}. */
  static RunSetup setup(PrintStream out, PrintStream err) {
    return DaggerRunComponent.factory().create(out, err).setup();
  }

  @Component.Factory
  interface Factory {
    RunComponent create(
        @BindsInstance @Named("out") PrintStream out, @BindsInstance @Named("err") PrintStream err);
  }

  /** The process's registry: generated builders look families up there. */
  @Module
  final class RegistryModule {
    private RegistryModule() {}

    @Provides
    static TaskRegistry registry() {
      return TaskRegistry.global();
    }
  }
}
