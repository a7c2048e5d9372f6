package dev.docket.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.annotation.processing.ProcessingEnvironment;

/** Writes the main class: the analysis's command line, over its task index. */
public final class MainWriter extends RootFileGenerator {
  public MainWriter(ProcessingEnvironment env) {
    super(env);
  }

  @Override
  public ClassName name(RootModel root) {
    return root.main();
  }

  @Override
  protected TypeSpec.Builder write(RootModel root) {
    return TypeSpec.classBuilder(root.main())
        .addJavadoc("The command line of this analysis: {@code run <Family> [--param value]...},"
            + " {@code list},\n{@code --help}.\n")
        .addModifiers(PUBLIC, FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("main")
            .addModifiers(PUBLIC, STATIC)
            .addParameter(ArrayTypeName.of(String.class), "args")
            .addStatement("$T.main(new $T(), args)", RuntimeTypes.COMMAND_LINE, root.index())
            .build());
  }
}
