package dev.docket.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;

/** The one shape of every processor error test: a message, in a file, on a line. */
final class Diagnostics {
  private Diagnostics() {}

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new DocketProcessor()).compile(sources);
  }

  /** {@code message} (part of it) was reported on the line of {@code file} with that text. */
  static void assertError(Compilation c, JavaFileObject file, String message,
      String lineContaining) {
    assertThat(c).hadErrorContaining(message).inFile(file).onLineContaining(lineContaining);
  }

  /** Compiles {@code source} alone and checks one error in it; returns the compilation. */
  static Compilation assertError(JavaFileObject source, String message, String lineContaining) {
    Compilation c = compile(source);
    assertError(c, source, message, lineContaining);
    return c;
  }
}
