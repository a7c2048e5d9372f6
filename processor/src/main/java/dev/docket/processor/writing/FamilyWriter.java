package dev.docket.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docket.processor.base.Shapes;
import dev.docket.processor.model.OutputModel;
import dev.docket.processor.model.ParamModel;
import dev.docket.processor.model.RequirementModel;
import dev.docket.processor.model.SchedulingModel;
import dev.docket.processor.model.TaskModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Writes {@code Foo_Family}, the {@code TaskFamily} through which the runtime sees the tasks of
 * class {@code Foo}. (A vertex of a planned graph, one task, is the runtime's {@code TaskNode}.)
 *
 * <p>Generated files depend one way: {@code Foo_Family} uses {@code Foo_Params} (and, for its
 * {@code @Requires}, the builders and families of other tasks), never the reverse; the
 * command-line conversion ({@code parse}, {@code toArgs}) lives here because it needs the
 * family, so that {@code Foo_Params} names no generated class.
 */
public final class FamilyWriter extends TaskFileGenerator {
  public FamilyWriter(ProcessingEnvironment env) {
    super(env);
  }

  @Override
  public ClassName name(TaskModel task) {
    return GeneratedNames.family(task.type());
  }

  @Override
  protected TypeSpec.Builder write(TaskModel task) {
    ClassName self = name(task);
    ClassName params = GeneratedNames.params(task.type());
    TypeSpec.Builder family = TypeSpec.classBuilder(self)
        .addJavadoc("The task family of {@link $T}: how the runtime names, creates, identifies,"
            + " wires\nand runs its tasks.\n", task.type())
        .addModifiers(PUBLIC, FINAL)
        .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.TASK_FAMILY, task.type()))
        .addField(com.palantir.javapoet.FieldSpec.builder(self, "INSTANCE", PUBLIC, STATIC, FINAL)
            .initializer("new $T()", self)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("parse")
            .addJavadoc("Creates a task from command-line arguments, e.g. {@code parse(\"--name\","
                + " \"value\")}.\n\n@throws dev.docket.runtime.BadInputException for an unknown"
                + " or malformed argument\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(task.type())
            .addParameter(ArrayTypeName.of(String.class), "args")
            .varargs(true)
            .addStatement("return $T.parse(INSTANCE, args)", RuntimeTypes.TASK_ARGS)
            .build())
        .addMethod(MethodSpec.methodBuilder("toArgs")
            .addJavadoc("The command-line arguments that {@link #parse} turns back into"
                + " {@code task}.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(ParameterizedTypeName.get(List.class, String.class))
            .addParameter(task.type(), "task")
            .addStatement("return $T.format(INSTANCE, task)", RuntimeTypes.TASK_ARGS)
            .build())
        .addMethod(override("name").returns(String.class)
            .addStatement("return $S", task.family()).build())
        .addMethod(override("description").returns(String.class)
            .addStatement("return $S", task.description()).build());
    if (!task.scheduling().isEmpty()) {
      // Only for tasks that declare something: the others keep TaskFamily's default.
      family.addMethod(scheduling(task.scheduling()));
    }
    if (task.scheduling().sandbox().isPresent()) {
      family.addMethod(override("sandbox").returns(String.class)
          .addJavadoc("Declared with {@code @Task(sandbox)}; {@code [<Family>] sandbox} in docket.cfg"
              + " overrides it.\n")
          .addStatement("return $S", task.scheduling().sandbox().get())
          .build());
    }
    return family
        .addMethod(override("type")
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), task.type()))
            .addStatement("return $T.class", task.type()).build())
        .addMethod(override("params").returns(ParamsWriter.ALL_TYPE)
            .addStatement("return $T.ALL", params).build())
        .addMethod(create(task, params))
        .addMethod(override("values").returns(RuntimeTypes.PARAM_VALUES)
            .addParameter(task.type(), "task")
            .addStatement("return $T.valuesOf(task)", params).build())
        .addMethod(override("id").returns(RuntimeTypes.TASK_ID)
            .addParameter(task.type(), "task")
            .addStatement("return $T.idOf(task)", params).build())
        .addMethod(requirements(task))
        .addMethod(outputs(task))
        .addMethod(override("run")
            .addParameter(task.type(), "task")
            .addParameter(RuntimeTypes.TASK_CONTEXT, "context")
            .addException(Exception.class)
            .addStatement(task.runTakesContext() ? "task.run(context)" : "task.run()")
            .build());
  }

  private static MethodSpec scheduling(SchedulingModel scheduling) {
    CodeBlock.Builder value = CodeBlock.builder().add("return $T.NONE$>$>", RuntimeTypes.SCHEDULING);
    scheduling.priority().ifPresent(p -> value.add("\n.withPriority($L)", p));
    scheduling.retries().ifPresent(r -> value.add("\n.withRetries($L)", r));
    scheduling.retryDelay().ifPresent(d -> value.add("\n.withRetryDelay($L)", duration(d)));
    scheduling.timeout().ifPresent(t -> value.add("\n.withTimeout($L)", duration(t)));
    scheduling.resources().ifPresent(r -> value.add("\n.withResources($L)", resources(r)));
    return override("scheduling").returns(RuntimeTypes.SCHEDULING)
        .addJavadoc("Declared with {@code @Task} attributes; each key of the task's {@code"
            + " [<Family>]} section\nin docket.cfg overrides the corresponding value.\n")
        .addCode(value.add(";\n$<$<").build())
        .build();
  }

  /** {@code Duration.ofHours(2)}: the largest unit that holds it exactly. */
  static CodeBlock duration(Duration duration) {
    if (duration.isZero()) {
      return CodeBlock.of("$T.ZERO", Duration.class);
    }
    if (duration.getNano() % 1_000_000 != 0) {
      return CodeBlock.of("$T.ofNanos($LL)", Duration.class, duration.toNanos());
    }
    long millis = duration.toMillis();
    String[] units = {"ofDays", "ofHours", "ofMinutes", "ofSeconds"};
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    for (int i = 0; i < units.length; i++) {
      if (millis % sizes[i] == 0) {
        return CodeBlock.of("$T.$N($L)", Duration.class, units[i], millis / sizes[i]);
      }
    }
    return CodeBlock.of("$T.ofMillis($L)", Duration.class, millis);
  }

  /** {@code Map.of("db", 1L, "memory", 4L << 30)}, in the order written. */
  private static CodeBlock resources(Map<String, Long> resources) {
    List<CodeBlock> entries = new ArrayList<>();
    boolean many = resources.size() > 10; // Map.of takes at most 10 pairs
    resources.forEach((name, amount) -> entries.add(many
        ? CodeBlock.of("$T.entry($S, $L)", Map.class, name, amount(amount))
        : CodeBlock.of("$S, $L", name, amount(amount))));
    return CodeBlock.of("$T.$N($L)", Map.class, many ? "ofEntries" : "of",
        CodeBlock.join(entries, ", "));
  }

  /** {@code 4L << 30} for 4G, as the user wrote it, rather than 4294967296L. */
  private static CodeBlock amount(long amount) {
    for (int shift = 40; shift >= 10; shift -= 10) {
      if (amount != 0 && amount % (1L << shift) == 0) {
        return CodeBlock.of("$LL << $L", amount >> shift, shift);
      }
    }
    return CodeBlock.of("$LL", amount);
  }

  private static MethodSpec create(TaskModel task, ClassName params) {
    MethodSpec.Builder create = override("create").returns(task.type())
        .addParameter(RuntimeTypes.PARAM_VALUES, "values")
        .addStatement("$T task = new $T()", task.type(), task.type());
    for (ParamModel param : task.params()) {
      create.addStatement("task.$N = values.get($T.$N)", param.name(), params, param.constant());
      for (TypeName overridden : param.overridden()) {
        // The superclass's own field, which its methods read, gets the same value.
        create.addStatement("(($T) task).$N = task.$N", overridden, param.name(), param.name());
      }
    }
    boolean first = true;
    for (RequirementModel requirement : task.requirements()) {
      if (!requirement.field()) {
        continue;
      }
      if (first) {
        create.addComment("@Requires fields: parameters propagate by name and type.");
        first = false;
      }
      CodeBlock.Builder fill = CodeBlock.builder()
          .add("task.$N = $T.create()$>$>", requirement.member(),
              GeneratedNames.builder(requirement.task()));
      for (String param : requirement.propagated()) {
        fill.add("\n.$N(task.$N)", param, param);
      }
      create.addCode(fill.add("\n.build();\n$<$<").build());
    }
    return create.addStatement("return task").build();
  }

  private static MethodSpec requirements(TaskModel task) {
    MethodSpec.Builder method = override("requirements")
        .addParameter(task.type(), "task")
        .addParameter(RuntimeTypes.REQUIREMENTS, "sink");
    if (task.requirementsThrow()) {
      method.addException(Exception.class);
    }
    for (RequirementModel requirement : task.requirements()) {
      ClassName family = GeneratedNames.family(requirement.task());
      String access = requirement.field() ? "task.$N" : "task.$N()";
      CodeBlock value = CodeBlock.of(access, requirement.member());
      if (requirement.kind() == Shapes.Kind.SINGLE) {
        method.addStatement("sink.add($T.INSTANCE, $L)", family, value);
      } else {
        // addAll, not a loop of add: the sink may make room once for a collection's size.
        method.addStatement("sink.addAll($T.INSTANCE, $L$L)", family, value,
            requirement.kind() == Shapes.Kind.MAP ? ".values()" : "");
      }
    }
    return method.build();
  }

  private static MethodSpec outputs(TaskModel task) {
    MethodSpec.Builder method = override("outputs")
        .addParameter(task.type(), "task")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), RuntimeTypes.TARGET), "sink");
    if (task.outputsThrow()) {
      method.addException(Exception.class);
    }
    for (OutputModel output : task.outputs()) {
      if (output.kind() == Shapes.Kind.SINGLE) {
        method.addStatement("sink.accept(task.$N())", output.method());
      } else {
        method.beginControlFlow("for ($T output : task.$N()$L)", RuntimeTypes.TARGET, output.method(),
                output.kind() == Shapes.Kind.MAP ? ".values()" : "")
            .addStatement("sink.accept(output)")
            .endControlFlow();
      }
    }
    return method.build();
  }

  private static MethodSpec.Builder override(String name) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(PUBLIC);
  }
}
