package dev.docket.it;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, as a new user runs it: {@code mvn archetype:generate} from the
 * archetype this build made, {@code mvn package} on the new project (its tests included), then
 * the whole example chain through its launcher {@code ./docket}.
 *
 * <p>The Maven builds use {@code target/it-repo}, where the build staged this version's Docket
 * artifacts (maven-invoker-plugin's {@code install}: nothing is written to ~/.m2), and read
 * everything else from the outer build's local repository through a {@code file://} mirror: no
 * network is needed.
 */
class ArchetypeIT {
  private static final long MINUTES = 5;

  @TempDir Path work;

  @Test
  void generatesAProjectThatBuildsAndRunsTheExampleChainAtOnce() throws Exception {
    Optional<Path> found = RequiredService.find("mvn");
    RequiredService.require(found.isPresent(), "mvn is not on the PATH, so the archetype cannot be tried; install Maven to run ArchetypeIT");
    Path mvn = found.orElseThrow();
    List<String> maven = maven(mvn);

    List<String> generate = new ArrayList<>(maven);
    generate.addAll(List.of(
        "org.apache.maven.plugins:maven-archetype-plugin:" + property("archetype.plugin.version") + ":generate",
        "-DarchetypeGroupId=dev.docket",
        "-DarchetypeArtifactId=docket-archetype",
        "-DarchetypeVersion=" + property("docket.version"),
        "-DgroupId=org.example",
        "-DartifactId=my-analysis",
        "-Dpackage=org.example.analysis",
        "-DinteractiveMode=false"));
    run(work, generate).assertExit(0);
    Path project = work.resolve("my-analysis");
    assertThat(Files.isExecutable(project.resolve("docket"))).isTrue();
    assertThat(Files.readString(project.resolve("docket.cfg"))).contains("[core]");

    List<String> packaging = new ArrayList<>(maven);
    packaging.add("package");
    Result built = run(project, packaging).assertExit(0);
    assertThat(built.out).contains("Tests run: 7, Failures: 0, Errors: 0");

    Result first = run(project, List.of("./docket", "run", "PlotDistributions")).assertExit(0);
    assertThat(first.out).contains("Summary: 37 ran, 0 already complete, 0 failed, 0 failed upstream");
    assertThat(first.out).contains("mu = ");
    Path plots = project.resolve("data/plots/v1/jets4_btags1_20bins");
    assertThat(Files.size(plots.resolve("mbjj.png"))).isGreaterThan(10_000L);
    assertThat(Files.readString(plots.resolve("mbjj.svg"))).contains("<svg");

    Result again = run(project, List.of("./docket", "run", "PlotDistributions")).assertExit(0);
    assertThat(again.out).contains("Summary: 0 ran, 37 already complete, 0 failed");

    Result typo = run(project, List.of("./docket", "run", "PlotDistributions", "--min-jet", "5"));
    typo.assertExit(2);
    assertThat(typo.err.strip()).isEqualTo(
        typo.err.strip().lines().findFirst().orElse("")); // one line, no stack trace
    assertThat(typo.err).contains("did you mean --min-jets?");
  }

  /** Batch mode, the staged repository, and the settings with the file:// mirror. */
  private List<String> maven(Path mvn) throws IOException {
    Path settings = work.resolve("settings.xml");
    Files.writeString(settings, """
        <settings>
          <mirrors>
            <mirror>
              <id>outer-local-repository</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """.formatted(Path.of(property("outer.repository")).toUri()));
    return new ArrayList<>(List.of(
        mvn.toString(), "-B", "-ntp", "-s", settings.toString(),
        "-Dmaven.repo.local=" + property("it.repository")));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + name + " is not set; run this test through failsafe (mvn install)");
    }
    return value;
  }

  private Result run(Path directory, List<String> command) throws Exception {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().remove("DOCKET_CONFIG"); // the launcher's own docket.cfg
    Process process = builder.start();
    if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in " + MINUTES + " minutes");
    }
    return new Result(
        command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(List<String> command, int exit, String out, String err) {
    Result assertExit(int expected) {
      if (exit != expected) {
        throw new AssertionError(
            String.join(" ", command) + " exited with " + exit + ", expected " + expected
                + "\n--- stdout (last 4000 characters)\n" + tail(out) + "\n--- stderr\n" + tail(err));
      }
      return this;
    }

    private static String tail(String text) {
      return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
  }
}
