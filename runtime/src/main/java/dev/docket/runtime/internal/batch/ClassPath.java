package dev.docket.runtime.internal.batch;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The jars and class directories of a class path, as {@code java} reads it: the entries in
 * order, then those a jar's manifest names in {@code Class-Path} (a launcher jar, such as the
 * one Maven's surefire writes, lists the real class path there), each once. Entries that do
 * not exist are left out, as {@code java} ignores them.
 */
public final class ClassPath {
  private ClassPath() {}

  /** The entries of {@code classPath} ({@code java.class.path}), relative to {@code base}. */
  public static List<Path> entries(String classPath, Path base) throws IOException {
    Set<Path> entries = new LinkedHashSet<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        add(base.resolve(entry).toAbsolutePath().normalize(), entries);
      }
    }
    return new ArrayList<>(entries);
  }

  private static void add(Path entry, Set<Path> entries) throws IOException {
    if (!Files.exists(entry) || !entries.add(entry) || Files.isDirectory(entry)) {
      return;
    }
    for (Path referenced : manifestClassPath(entry)) {
      add(referenced, entries);
    }
  }

  /** The {@code Class-Path} of a jar's manifest: URLs relative to the jar's directory. */
  private static List<Path> manifestClassPath(Path jar) throws IOException {
    Manifest manifest;
    try (JarFile file = new JarFile(jar.toFile())) {
      manifest = file.getManifest();
    } catch (IOException e) {
      return List.of(); // not a jar: java would not read it either
    }
    String value = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<Path> paths = new ArrayList<>();
    URI directory = jar.getParent().toUri();
    for (String url : value.strip().split("\\s+")) {
      try {
        URI uri = directory.resolve(new URI(url));
        if ("file".equals(uri.getScheme())) {
          paths.add(Path.of(uri).normalize());
        }
      } catch (URISyntaxException | IllegalArgumentException e) {
        // java skips an entry it cannot read as a URL
      }
    }
    return paths;
  }
}
