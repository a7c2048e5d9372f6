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
            + " {@code list},\n{@code --help}.\n"
            + "\n<p>Start it as the archetype's launcher {@code ./docket} does, with the JVM"
            + " settings Docket's\nbenchmarks measure (they start through that launcher;"
            + " docs/performance.md):\n"
            + "\n<pre>\njava -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+UseTransparentHugePages"
            + " -Djava.awt.headless=true"
            + " \\\n    -XX:SharedArchiveFile=target/docket.jsa \\\n"
            + "    -cp target/&lt;analysis&gt;.jar:&lt;its class path&gt; $L run &lt;Family&gt;"
            + " ...\n</pre>\n"
            + "\n<p>The serial collector and the C1 compiler alone start fastest; the archive"
            + " (class-data sharing,\nrecorded by a first run with"
            + " {@code -XX:ArchiveClassesAtExit=target/docket.jsa}) halves the start's CPU\ntime."
            + " The launcher records it, checks it, and records it anew when the analysis or"
            + " the JDK\nchanged; a stale archive is only ignored by the JVM, a truncated one"
            + " can crash it.\n", root.main().canonicalName())
        .addModifiers(PUBLIC, FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("main")
            .addModifiers(PUBLIC, STATIC)
            .addParameter(ArrayTypeName.of(String.class), "args")
            .addStatement("$T.main(new $T(), args)", RuntimeTypes.COMMAND_LINE, root.index())
            .build());
  }
}
