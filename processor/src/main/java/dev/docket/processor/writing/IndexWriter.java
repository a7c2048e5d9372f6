package dev.docket.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code <Main>_TaskIndex} and its {@code ServiceLoader} registration. The families are
 * listed in name order so that the file does not depend on the order javac found the tasks.
 */
public final class IndexWriter extends RootFileGenerator {
  private static final TypeName FAMILIES =
      ParameterizedTypeName.get(ClassName.get(List.class),
          ParameterizedTypeName.get(RuntimeTypes.TASK_FAMILY,
              WildcardTypeName.subtypeOf(Object.class)));

  private final Filer filer;

  public IndexWriter(ProcessingEnvironment env) {
    super(env);
    this.filer = env.getFiler();
  }

  @Override
  public ClassName name(RootModel root) {
    return root.index();
  }

  @Override
  protected TypeSpec.Builder write(RootModel root) {
    CodeBlock.Builder families = CodeBlock.builder().add("return $T.of(", List.class);
    for (int i = 0; i < root.families().size(); i++) {
      families.add(i == 0 ? "$T.INSTANCE" : ",$W$T.INSTANCE",
          GeneratedNames.family(root.families().get(i).type()));
    }
    return TypeSpec.classBuilder(name(root))
        .addJavadoc("The task families of this compilation, found by"
            + " {@link java.util.ServiceLoader}.\n")
        .addModifiers(PUBLIC, FINAL)
        .addSuperinterface(RuntimeTypes.TASK_INDEX)
        .addMethod(MethodSpec.methodBuilder("families")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(FAMILIES)
            .addStatement(families.add(")").build())
            .build());
  }

  /** {@code META-INF/services/dev.docket.runtime.spi.TaskIndex}, naming the index. */
  public void writeServiceFile(RootModel root) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
        GeneratedNames.SERVICE_FILE, origins(root).toArray(new Element[0]));
    try (Writer out = file.openWriter()) {
      out.write(root.index().reflectionName() + "\n");
    }
  }

}
