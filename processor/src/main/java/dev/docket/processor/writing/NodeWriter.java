package dev.docket.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

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
import dev.docket.processor.model.TaskModel;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.task.ParamValues;
import dev.docket.runtime.task.Requirements;
import dev.docket.runtime.task.TaskFamily;
import dev.docket.runtime.task.TaskId;
import java.util.function.Consumer;
import javax.annotation.processing.ProcessingEnvironment;

/** Writes {@code Foo_Node}, the {@code TaskFamily} through which the runtime sees a task. */
public final class NodeWriter extends TaskFileGenerator {
  public NodeWriter(ProcessingEnvironment env) {
    super(env);
  }

  @Override
  public ClassName name(TaskModel task) {
    return GeneratedNames.node(task.type());
  }

  @Override
  protected TypeSpec.Builder write(TaskModel task) {
    ClassName self = name(task);
    ClassName params = GeneratedNames.params(task.type());
    return TypeSpec.classBuilder(self)
        .addJavadoc("The place of {@link $T} in the task graph: identity, requirements, outputs,"
            + " run.\n", task.type())
        .addModifiers(PUBLIC, FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(TaskFamily.class), task.type()))
        .addField(com.palantir.javapoet.FieldSpec.builder(self, "INSTANCE", PUBLIC, STATIC, FINAL)
            .initializer("new $T()", self)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(override("name").returns(String.class)
            .addStatement("return $S", task.family()).build())
        .addMethod(override("description").returns(String.class)
            .addStatement("return $S", task.description()).build())
        .addMethod(override("type")
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), task.type()))
            .addStatement("return $T.class", task.type()).build())
        .addMethod(override("params").returns(ParamsWriter.ALL_TYPE)
            .addStatement("return $T.ALL", params).build())
        .addMethod(create(task, params))
        .addMethod(override("values").returns(ParamValues.class)
            .addParameter(task.type(), "task")
            .addStatement("return $T.valuesOf(task)", params).build())
        .addMethod(override("id").returns(TaskId.class)
            .addParameter(task.type(), "task")
            .addStatement("return $T.idOf(task)", params).build())
        .addMethod(requirements(task))
        .addMethod(outputs(task))
        .addMethod(override("run")
            .addParameter(task.type(), "task")
            .addParameter(TaskContext.class, "context")
            .addException(Exception.class)
            .addStatement(task.runTakesContext() ? "task.run(context)" : "task.run()")
            .build());
  }

  private static MethodSpec create(TaskModel task, ClassName params) {
    MethodSpec.Builder create = override("create").returns(task.type())
        .addParameter(ParamValues.class, "values")
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
        .addParameter(Requirements.class, "sink");
    if (task.requirementsThrow()) {
      method.addException(Exception.class);
    }
    for (RequirementModel requirement : task.requirements()) {
      ClassName node = GeneratedNames.node(requirement.task());
      String access = requirement.field() ? "task.$N" : "task.$N()";
      CodeBlock value = CodeBlock.of(access, requirement.member());
      if (requirement.kind() == Shapes.Kind.SINGLE) {
        method.addStatement("sink.add($T.INSTANCE, $L)", node, value);
      } else {
        method.beginControlFlow("for ($T required : $L$L)", requirement.task(), value,
                requirement.kind() == Shapes.Kind.MAP ? ".values()" : "")
            .addStatement("sink.add($T.INSTANCE, required)", node)
            .endControlFlow();
      }
    }
    return method.build();
  }

  private static MethodSpec outputs(TaskModel task) {
    MethodSpec.Builder method = override("outputs")
        .addParameter(task.type(), "task")
        .addParameter(ParameterizedTypeName.get(Consumer.class, Target.class), "sink");
    if (task.outputsThrow()) {
      method.addException(Exception.class);
    }
    for (OutputModel output : task.outputs()) {
      if (output.kind() == Shapes.Kind.SINGLE) {
        method.addStatement("sink.accept(task.$N())", output.method());
      } else {
        method.beginControlFlow("for ($T output : task.$N()$L)", Target.class, output.method(),
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
