package dev.docket.processor;

import com.google.auto.common.BasicAnnotationProcessor.Step;
import com.google.auto.common.MoreElements;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.docket.processor.base.DocketAnnotations;
import dev.docket.processor.model.TaskElements;
import dev.docket.processor.model.TaskModel;
import dev.docket.processor.model.TaskModelFactory;
import dev.docket.processor.validation.CycleFinder;
import dev.docket.processor.validation.ErrorMessages;
import dev.docket.processor.validation.TaskValidator;
import dev.docket.processor.validation.ValidationReport;
import dev.docket.processor.writing.BuilderWriter;
import dev.docket.processor.writing.FamilyWriter;
import dev.docket.processor.writing.ParamsWriter;
import dev.docket.processor.writing.SourceFileGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Handles each {@code @Task} class: validate, then (only when clean) model, then write its
 * three files. Classes are handled independently, so one bad task does not hide the errors of
 * another.
 */
final class TaskStep implements Step {
  private final Messager messager;
  private final CompilationState state;
  private final TaskValidator validator;
  private final CycleFinder cycles;
  private final TaskModelFactory models;
  private final List<SourceFileGenerator<TaskModel>> writers;

  TaskStep(ProcessingEnvironment env, TaskElements tasks, CompilationState state) {
    this.messager = env.getMessager();
    this.state = state;
    this.validator = new TaskValidator(tasks);
    this.cycles = new CycleFinder(tasks);
    this.models = new TaskModelFactory(tasks);
    this.writers = List.of(new ParamsWriter(env), new FamilyWriter(env), new BuilderWriter(env));
  }

  @Override
  public Set<String> annotations() {
    return ImmutableSet.of(DocketAnnotations.TASK);
  }

  @Override
  public Set<? extends Element> process(ImmutableSetMultimap<String, Element> elements) {
    for (Element element : elements.get(DocketAnnotations.TASK)) {
      TypeElement type = MoreElements.asType(element);
      state.handled(TaskElements.qualifiedName(type));
      if (!Guard.run(messager, type, () -> handle(type))) {
        state.error();
      }
    }
    return ImmutableSet.of();
  }

  private void handle(TypeElement type) throws Exception {
    ValidationReport report = validator.validate(type);
    report.printTo(messager);
    if (!report.isClean()) {
      state.error();
      return;
    }
    Optional<List<CycleFinder.Edge>> cycle = cycles.cycleThrough(type);
    if (cycle.isPresent()) {
      // Every task of the cycle stops here; one of them tells the user.
      state.error();
      if (CycleFinder.reportsOn(type, cycle.get())) {
        CycleFinder.report(type, cycle.get()).printTo(messager);
      }
      return;
    }
    TaskModel model = models.create(type);
    String name = TaskElements.qualifiedName(type);
    Optional<String> first = state.claimFamily(model.family(), name);
    if (first.isPresent()) {
      state.error();
      ValidationReport.builder()
          .error(ErrorMessages.taskDuplicateName(type.getSimpleName().toString(), model.family(),
                  first.get()),
              type, DocketAnnotations.mirror(type, DocketAnnotations.TASK))
          .build()
          .printTo(messager);
      return;
    }
    for (SourceFileGenerator<TaskModel> writer : writers) {
      try {
        writer.generate(model);
      } catch (IOException e) {
        // The Filer refuses a name already written: the user's to fix, not a Docket bug.
        state.error();
        messager.printMessage(Diagnostic.Kind.ERROR, ErrorMessages.taskWriteFailed(
            writer.name(model).canonicalName(), String.valueOf(e)), type);
        return;
      }
    }
    state.generated(name);
  }
}
