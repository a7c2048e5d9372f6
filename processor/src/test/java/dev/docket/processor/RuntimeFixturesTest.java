package dev.docket.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's test fixtures are this processor's output for the fixture tasks beside them
 * ({@code runtime/src/test/java/dev/docket/runtime/fixtures}), checked in: Maven cannot run the
 * processor in the runtime's own test compilation, since the processor's tests compile generated
 * code against the runtime and the reactor refuses the cycle. This test compiles the fixture
 * tasks with the processor and compares every generated file with the checked-in one; after a
 * change of generated code, {@code -Ddocket.updateGoldens=true} rewrites them (as it does the
 * golden files), so a generated-code change is made in one place, the processor.
 */
class RuntimeFixturesTest {
  private static final Path FIXTURES =
      Paths.get("../runtime/src/test/java/dev/docket/runtime/fixtures");
  private static final String PACKAGE = "dev.docket.runtime.fixtures";
  private static final boolean UPDATE = Boolean.getBoolean("docket.updateGoldens");

  /** The tasks of {@code Fixtures_TaskIndex}; the others make {@code More_TaskIndex}. */
  private static final Set<String> FIRST = Set.of("Merge", "Reconstruction", "Selection");

  /**
   * Written by hand: {@code Report} requires a {@code List<Object>} of tasks of several families
   * (the runtime finds each family in the registry), which {@code @Requires} does not accept;
   * {@code Report_TaskIndex} registers it.
   */
  private static final Set<String> HAND_WRITTEN =
      Set.of("Report.java", "Report_Family.java", "Report_Params.java", "Report_TaskIndex.java");

  @Test
  void fixturesAreWhatTheProcessorGenerates(@TempDir Path temp) throws IOException {
    List<Path> first = new ArrayList<>();
    List<Path> more = new ArrayList<>();
    for (Path task : tasks()) {
      (FIRST.contains(baseName(task)) ? first : more).add(task);
    }
    Map<String, String> generated = new TreeMap<>();
    Path firstClasses = compile(first, "Fixtures", List.of(), temp.resolve("first"), generated);
    compile(more, "More", List.of(firstClasses), temp.resolve("more"), generated);

    Set<String> stale = new TreeSet<>();
    try (Stream<Path> files = Files.list(FIXTURES)) {
      for (Path file : files.collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        if (name.contains("_") && !HAND_WRITTEN.contains(name) && !generated.containsKey(name)) {
          stale.add(name);
        }
      }
    }
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, String> entry : generated.entrySet()) {
      Path file = FIXTURES.resolve(entry.getKey());
      String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (!entry.getValue().equals(current)) {
        differing.add(entry.getKey());
        if (UPDATE) {
          Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
        }
      }
    }
    if (UPDATE) {
      for (String name : stale) {
        Files.delete(FIXTURES.resolve(name));
      }
      return;
    }
    assertWithMessage("fixtures that differ from the processor's output; regenerate them with"
            + " mvn -B -o test -pl annotations,runtime,processor -Dtest=RuntimeFixturesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Ddocket.updateGoldens=true"
            + " (runtime/README.md, Test fixtures)")
        .that(differing).isEmpty();
    assertWithMessage("generated-looking fixtures the processor no longer writes").that(stale)
        .isEmpty();
  }

  /** The fixture tasks: every source without {@code _}, but the hand-written ones. */
  private static List<Path> tasks() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files
          .filter(f -> !f.getFileName().toString().contains("_"))
          .filter(f -> !HAND_WRITTEN.contains(f.getFileName().toString()))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }

  /**
   * Runs the processor over {@code sources}, the index named after {@code main}; puts each
   * generated source but the main class into {@code generated}, by file name, and returns
   * where the classes went.
   */
  private static Path compile(List<Path> sources, String main, List<Path> classPath, Path out,
      Map<String, String> generated) throws IOException {
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path sourcesOut = Files.createDirectories(out.resolve("sources"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> path = new ArrayList<>(
          List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
      classPath.forEach(p -> path.add(p.toString()));
      List<String> options = List.of(
          "-classpath", String.join(File.pathSeparator, path),
          "-d", classes.toString(),
          "-s", sourcesOut.toString(),
          "-Adocket.main=" + PACKAGE + "." + main,
          "-Xlint:all,-processing");
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new DocketProcessor()));
      assertWithMessage(diagnostics.toString()).that(task.call()).isTrue();
    }
    Path dir = sourcesOut.resolve(PACKAGE.replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        if (!name.equals(main + ".java")) {
          generated.put(name, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return classes;
  }
}
