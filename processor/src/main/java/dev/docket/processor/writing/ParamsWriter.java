package dev.docket.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.docket.processor.model.ParamModel;
import dev.docket.processor.model.TaskModel;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Writes {@code Foo_Params}: one {@code ParamSpec} per parameter, the values and the identity of
 * a task. It names no other generated class, so the per-task files depend one way:
 * {@code Foo_Builder} -> {@code Foo_Family} -> {@code Foo_Params} (GeneratedFileDependenciesTest).
 */
public final class ParamsWriter extends TaskFileGenerator {
  static final ClassName PARAM_SPEC = ClassName.get(ParamSpec.class);
  static final TypeName ALL_TYPE =
      ParameterizedTypeName.get(ClassName.get(List.class),
          ParameterizedTypeName.get(PARAM_SPEC, WildcardTypeName.subtypeOf(Object.class)));

  /**
   * Converters whose text is what {@code StringBuilder.append} writes for the value itself
   * ({@code String.valueOf} for whole numbers, the string for text), so that {@code idOf}
   * appends the field directly: no boxing and no intermediate string per task identified.
   */
  private static final Set<String> APPENDED_AS_IS =
      Set.of(Converters.class.getCanonicalName() + ".INT",
          Converters.class.getCanonicalName() + ".LONG",
          Converters.class.getCanonicalName() + ".STRING");

  /** The length {@code idOf} assumes for a value its converter formats (the builder grows if longer). */
  static final int FORMATTED_LENGTH = 16;

  /**
   * The length {@code idOf} assumes for a boxed whole number: an int's longest text (a longer
   * long makes the builder grow).
   */
  static final int BOXED_LENGTH = 11;

  public ParamsWriter(ProcessingEnvironment env) {
    super(env);
  }

  @Override
  public ClassName name(TaskModel task) {
    return GeneratedNames.params(task.type());
  }

  @Override
  protected TypeSpec.Builder write(TaskModel task) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name(task))
        .addJavadoc("The parameters of {@link $T}: their specifications, values and identity.\n",
            task.type())
        .addModifiers(PUBLIC, FINAL);
    CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", List.class);
    CodeBlock.Builder values = CodeBlock.builder().add("return $T.of(ALL", RuntimeTypes.PARAM_VALUES);
    for (ParamModel param : task.params()) {
      type.addField(spec(param));
      all.add(param.index() == 0 ? "$N" : ",$W$N", param.constant());
      values.add(",$Wtask.$N", param.name());
    }
    type.addField(FieldSpec.builder(ALL_TYPE, "ALL", PUBLIC, STATIC, FINAL)
        .addJavadoc("All parameters, in declaration order.\n")
        .initializer(all.add(")").build())
        .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    type.addMethod(MethodSpec.methodBuilder("valuesOf")
        .addJavadoc("The parameter values of {@code task}.\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(RuntimeTypes.PARAM_VALUES)
        .addParameter(task.type(), "task")
        .addStatement(values.add(")").build())
        .build());
    type.addMethod(idOf(task));
    return type;
  }

  /**
   * {@code idOf(task)}: the text of {@link ParamValues#significantText}, written out per
   * parameter, since the planner identifies every task of a graph this way and a hundred
   * thousand value arrays and loops over them add up. The builder is made at the text's length
   * (its fixed parts, the lengths of whole numbers and text; a formatted value's
   * {@link #FORMATTED_LENGTH} and a boxed number's {@link #BOXED_LENGTH} estimated), so that
   * its array is usually allocated once and no larger than needed (a longer formatted or boxed
   * value, or text outside Latin-1, makes it grow).
   */
  private static MethodSpec idOf(TaskModel task) {
    CodeBlock.Builder text = CodeBlock.builder();
    CodeBlock.Builder lengths = CodeBlock.builder();
    int fixed = 0;
    String separator = "";
    for (ParamModel param : task.params()) {
      if (!param.significant()) {
        continue;
      }
      String label = separator + param.name() + "=";
      fixed += label.length();
      separator = ", ";
      if (APPENDED_AS_IS.contains(param.type().converter().toString())) {
        text.add("$Z.append($S).append(task.$N)", label, param.name());
        if (param.type().fieldType().isPrimitive()
            || param.type().fieldType().equals(ClassName.get(String.class))) {
          lengths.add("$W+ $T.length(task.$N)", RuntimeTypes.IDENTITY_TEXT, param.name());
        } else {
          fixed += BOXED_LENGTH; // a boxed number: not unboxed here, where it could be null
        }
      } else {
        text.add("$Z.append($S).append($N.format(task.$N))", label, param.constant(),
            param.name());
        fixed += FORMATTED_LENGTH;
      }
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder("idOf")
        .addJavadoc("The identity of {@code task}: its family and its significant parameters as"
            + " text.\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(RuntimeTypes.TASK_ID)
        .addParameter(task.type(), "task");
    if (separator.isEmpty()) {
      return method.addStatement("return new $T($S, \"\")", RuntimeTypes.TASK_ID, task.family()).build();
    }
    return method
        .addStatement("return new $T($S, new $T($L$L)$L.toString())",
            RuntimeTypes.TASK_ID, task.family(), StringBuilder.class, fixed, lengths.build(),
            text.build())
        .build();
  }

  private static FieldSpec spec(ParamModel param) {
    FieldSpec.Builder field = FieldSpec.builder(
        ParameterizedTypeName.get(PARAM_SPEC, param.type().boxedType()), param.constant(),
        PUBLIC, STATIC, FINAL);
    if (!param.description().isEmpty()) {
      field.addJavadoc("$L\n", javadocText(param.description()));
    }
    CodeBlock common = CodeBlock.of("$L,$W$S,$W$S,$W$L", param.index(), param.name(),
        param.type().canonical(), param.type().converter());
    // propagate = false is rare: only then is it spelled out, so most specs stay short.
    CodeBlock flags = param.propagate()
        ? CodeBlock.of("$L", param.significant())
        : CodeBlock.of("$L,$Wfalse", param.significant());
    if (param.defaultValue().isPresent()) {
      field.initializer("$T.optional($L,$W$S,$W$L,$W$S)", PARAM_SPEC, common,
          param.defaultValue().get(), flags, param.description());
    } else {
      field.initializer("$T.required($L,$W$L,$W$S)", PARAM_SPEC, common, flags,
          param.description());
    }
    return field.build();
  }
}
