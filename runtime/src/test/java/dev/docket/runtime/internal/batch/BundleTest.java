package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Bundle} and {@link ClassPath}: what {@code [job] ship = bundle} packs, and when again. */
class BundleTest {
  @TempDir Path dir;
  Path classes;
  Path lib;
  Path bundle;
  final byte[] config = "[core]\nstore = \"/data\"\n".getBytes(StandardCharsets.UTF_8);

  @BeforeEach
  void setUp() throws IOException {
    classes = dir.resolve("target/classes");
    Files.createDirectories(classes.resolve("org/example"));
    Files.writeString(classes.resolve("org/example/Main.class"), "main");
    Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(classes.resolve("META-INF/services/x.Y"), "org.example.Y");
    lib = jar(dir.resolve("repo/guava 33.jar"), null, "com/google/G.class");
    bundle = dir.resolve("sub/bundle");
  }

  static Path jar(Path file, String classPath, String... entries) throws IOException {
    Files.createDirectories(file.getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (classPath != null) {
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
    }
    try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
      for (String entry : entries) {
        jar.putNextEntry(new JarEntry(entry));
        jar.write(entry.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
      }
    }
    return file;
  }

  private static List<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
    }
  }

  private List<String> names() throws IOException {
    try (Stream<Path> list = Files.list(bundle)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void packsTheConfigurationAndEveryClassPathEntryAsAJarNamedByItsPlace() throws IOException {
    Bundle packed = Bundle.pack(bundle, config, List.of(classes, lib));

    assertThat(packed.classPath()).containsExactly("00-classes.jar", "01-guava_33.jar").inOrder();
    assertThat(packed.files()).containsExactly(
        bundle.resolve("docket.cfg"), bundle.resolve("00-classes.jar"), bundle.resolve("01-guava_33.jar")).inOrder();
    assertThat(names()).containsExactly("00-classes.jar", "01-guava_33.jar", "docket.cfg");
    assertThat(Files.readAllBytes(bundle.resolve("docket.cfg"))).isEqualTo(config);
    assertThat(entries(bundle.resolve("00-classes.jar"))).containsExactly(
        "META-INF/", "META-INF/services/", "META-INF/services/x.Y", "org/", "org/example/",
        "org/example/Main.class").inOrder();
    assertThat(Files.mismatch(lib, bundle.resolve("01-guava_33.jar"))).isEqualTo(-1L);
    assertThat(packed.written()).isEqualTo(3);
  }

  @Test
  void anUnchangedBundleIsNotWrittenAgainAndAChangedEntryAloneIs() throws IOException {
    Bundle.pack(bundle, config, List.of(classes, lib));
    FileTime old = FileTime.fromMillis(1_000_000_000L);
    for (String name : names()) {
      Files.setLastModifiedTime(bundle.resolve(name), old);
    }
    // The class directory is packed anew, to the same bytes: nothing is written.
    Files.setLastModifiedTime(classes.resolve("org/example/Main.class"), FileTime.fromMillis(2_000_000_000L));
    assertThat(Bundle.pack(bundle, config, List.of(classes, lib)).written()).isEqualTo(0);
    for (String name : names()) {
      assertThat(Files.getLastModifiedTime(bundle.resolve(name))).isEqualTo(old);
    }

    Files.writeString(classes.resolve("org/example/Main.class"), "main, compiled again");
    assertThat(Bundle.pack(bundle, config, List.of(classes, lib)).written()).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(bundle.resolve("00-classes.jar"))).isNotEqualTo(old);
    assertThat(Files.getLastModifiedTime(bundle.resolve("01-guava_33.jar"))).isEqualTo(old);
    assertThat(Files.getLastModifiedTime(bundle.resolve("docket.cfg"))).isEqualTo(old);
  }

  @Test
  void entriesNoLongerOnTheClassPathLeaveTheBundle() throws IOException {
    Bundle.pack(bundle, config, List.of(classes, lib));

    Bundle packed = Bundle.pack(bundle, config, List.of(lib));

    assertThat(names()).containsExactly("00-guava_33.jar", "docket.cfg");
    assertThat(packed.classPath()).containsExactly("00-guava_33.jar");
  }

  @Test
  void theClassPathIsReadAsJavaReadsIt_manifestClassPathsIncluded_missingEntriesLeftOut() throws IOException {
    Path dependency = jar(dir.resolve("launcher/lib/dep.jar"), null, "d/D.class");
    Path launcher = jar(dir.resolve("launcher/app.jar"), "lib/dep.jar ../repo/guava%2033.jar missing.jar");
    String classPath = String.join(java.io.File.pathSeparator,
        "target/classes", launcher.toString(), "nowhere.jar", "", classes.toString());

    List<Path> entries = ClassPath.entries(classPath, dir);

    assertThat(entries).containsExactly(classes, launcher, dependency, lib).inOrder();
  }

  @Test
  void aClassPathOfManyEntriesIsNumberedSoThatNamesSortInItsOrder() throws IOException {
    List<Path> jars = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      jars.add(jar(dir.resolve("many/j" + i + ".jar"), null, "p/C" + i + ".class"));
    }

    Bundle packed = Bundle.pack(bundle, config, jars);

    assertThat(packed.classPath().get(0)).isEqualTo("000-j0.jar");
    assertThat(packed.classPath().get(100)).isEqualTo("100-j100.jar");
    assertThat(packed.classPath()).isInOrder();
  }
}
