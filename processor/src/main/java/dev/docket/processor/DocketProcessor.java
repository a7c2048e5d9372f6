package dev.docket.processor;

import com.google.auto.common.BasicAnnotationProcessor;
import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.docket.processor.model.TaskElements;
import dev.docket.processor.model.UserConverters;
import dev.docket.processor.writing.GeneratedNames;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;

/**
 * The Docket annotation processor: a thin shell over its steps. {@link TaskStep} validates,
 * models and writes each {@code @Task} class, after {@link ConverterStep} has registered the
 * user's {@code @ParamConverter} classes; the member steps report annotations used outside
 * a task; {@link RootFiles} writes the task index and the main class once all tasks are done.
 *
 * <p>{@code BasicAnnotationProcessor} defers elements whose types are not yet generated and
 * never claims annotations ({@code process} returns false), so other processors still see them.
 */
@AutoService(Processor.class)
public final class DocketProcessor extends BasicAnnotationProcessor {
  private RootFiles rootFiles;

  @Override
  protected Iterable<? extends Step> steps() {
    CompilationState state = new CompilationState();
    UserConverters converters = new UserConverters();
    TaskElements tasks = new TaskElements(processingEnv.getElementUtils(),
        processingEnv.getTypeUtils(), converters);
    rootFiles = new RootFiles(processingEnv, state);
    rootFiles.checkOptions();
    return ImmutableList.of(
        new ConverterStep(processingEnv, state, converters),
        new TaskStep(processingEnv, tasks, state),
        new ParamStep(processingEnv.getMessager(), state),
        new RequiresStep(processingEnv.getMessager(), state),
        new OutputStep(processingEnv.getMessager(), state));
  }

  @Override
  protected void postRound(RoundEnvironment round) {
    rootFiles.postRound(round);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ImmutableSet.of(GeneratedNames.MAIN_OPTION);
  }
}
