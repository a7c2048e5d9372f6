package dev.docket.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docket.processor.model.ParamModel;
import dev.docket.processor.model.TaskModel;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Writes {@code Foo_Builder}: typed setters over the runtime's {@code TaskBuilder}. It uses
 * {@code Foo_Family} and {@code Foo_Params}; neither uses it (other tasks' families do, to fill
 * their {@code @Requires} fields).
 */
public final class BuilderWriter extends TaskFileGenerator {
  public BuilderWriter(ProcessingEnvironment env) {
    super(env);
  }

  @Override
  public ClassName name(TaskModel task) {
    return GeneratedNames.builder(task.type());
  }

  @Override
  protected TypeSpec.Builder write(TaskModel task) {
    ClassName self = name(task);
    ClassName family = GeneratedNames.family(task.type());
    ClassName params = GeneratedNames.params(task.type());
    TypeName builderType = ParameterizedTypeName.get(RuntimeTypes.TASK_BUILDER, task.type());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("Creates {@link $T} tasks in code: {@code $T.create()...build()}, or\n"
            + "{@code $T.req(this).build()} to copy the parameters of another task by name.\n",
            task.type(), self, self)
        .addModifiers(PUBLIC, FINAL)
        .addField(builderType, "builder", PRIVATE, FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(PRIVATE)
            .addParameter(builderType, "builder")
            .addStatement("this.builder = builder")
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("A builder whose parameters take their configured or default values"
                + " unless set.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(self)
            .addStatement("return new $T($T.of($T.INSTANCE))", self, RuntimeTypes.TASK_BUILDER,
                family)
            .build())
        .addMethod(MethodSpec.methodBuilder("req")
            .addJavadoc("A builder that copies from {@code task} every parameter whose name and"
                + " type match one of\n{@link $T}'s (law's {@code req}).\n", task.type())
            .addModifiers(PUBLIC, STATIC)
            .returns(self)
            .addParameter(Object.class, "task")
            .addStatement("return new $T($T.of($T.INSTANCE).copyFrom(task))", self,
                RuntimeTypes.TASK_BUILDER, family)
            .build());
    for (ParamModel param : task.params()) {
      MethodSpec.Builder setter = MethodSpec.methodBuilder(param.name())
          .addModifiers(PUBLIC)
          .returns(self)
          .addParameter(param.type().fieldType(), param.name())
          .addStatement("builder.set($T.$N, $N)", params, param.constant(), param.name())
          .addStatement("return this");
      if (!param.description().isEmpty()) {
        setter.addJavadoc("$L\n", javadocText(param.description()));
      }
      type.addMethod(setter.build());
    }
    type.addMethod(MethodSpec.methodBuilder("build")
        .addJavadoc("Creates the task.\n\n@throws dev.docket.runtime.BadInputException when a"
            + " required parameter has no value\n")
        .addModifiers(PUBLIC)
        .returns(task.type())
        .addStatement("return builder.build()")
        .build());
    return type;
  }
}
