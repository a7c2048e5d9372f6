package dev.docket.runtime.internal.batch;

import dev.docket.runtime.internal.store.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a job needs that the client has, packed as plain files in one directory, so that a
 * batch system can transfer them into the job's own directory ({@code [job] ship = bundle}):
 * the configuration as {@value #CONFIG}, and every class path entry as a jar named by its
 * place on the class path ({@code 00-classes.jar}, {@code 01-guava-33.jar}), class directories
 * packed into one. Plain files, no archive: every batch system transfers a list of files, and
 * {@code java} reads the jars as they arrive.
 *
 * <p>Packed again for every submission, but a file is only written when its content changed
 * (the same jar, a class directory packed the same way byte for byte), atomically: jobs of an
 * earlier submission may be reading or transferring the bundle, and an unchanged bundle is
 * not sent around again as new.
 *
 * @param directory the bundle's directory
 * @param files the files to transfer: the configuration, then the jars in class path order
 * @param classPath the jars' names, in order, for {@code -cp} in the job's directory
 * @param written how many files changed since the last submission (0: reused as it was)
 */
record Bundle(Path directory, List<Path> files, List<String> classPath, int written) {
  static final String CONFIG = "docket.cfg";

  /** Every entry of a packed class directory gets this time, so that packing again is equal. */
  private static final long ENTRY_TIME = 315_532_800_000L + 86_400_000L; // 1980-01-02

  Bundle {
    files = List.copyOf(files);
    classPath = List.copyOf(classPath);
  }

  /** Packs {@code config} (the file's text) and {@code classPath} into {@code directory}. */
  static Bundle pack(Path directory, byte[] config, List<Path> classPath) throws IOException {
    Files.createDirectories(directory);
    List<Path> files = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int written = writeIfChanged(directory.resolve(CONFIG), config) ? 1 : 0;
    files.add(directory.resolve(CONFIG));
    String digits = "%0" + Math.max(2, String.valueOf(classPath.size() - 1).length()) + "d-%s";
    for (int i = 0; i < classPath.size(); i++) {
      Path entry = classPath.get(i);
      boolean folder = Files.isDirectory(entry);
      String name = String.format(java.util.Locale.ROOT, digits, i, safe(entry, folder));
      Path file = directory.resolve(name);
      written += (folder ? writeIfChanged(file, jarOf(entry)) : copyIfChanged(entry, file)) ? 1 : 0;
      files.add(file);
      names.add(name);
    }
    removeOthers(directory, files);
    return new Bundle(directory, files, names, written);
  }

  /** The entry's name, in characters every batch system and shell takes as they are. */
  private static String safe(Path entry, boolean folder) {
    Path fileName = entry.getFileName();
    String name = (fileName == null ? "root" : fileName.toString()).replaceAll("[^A-Za-z0-9._+-]", "_");
    return folder || !name.endsWith(".jar") ? name + ".jar" : name;
  }

  private static boolean writeIfChanged(Path file, byte[] bytes) throws IOException {
    if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    AtomicFiles.write(file, bytes);
    return true;
  }

  private static boolean copyIfChanged(Path source, Path file) throws IOException {
    if (Files.isRegularFile(file) && Files.mismatch(source, file) == -1) {
      return false;
    }
    try (OutputStream out = AtomicFiles.newOutputStream(file)) {
      Files.copy(source, out);
    }
    return true;
  }

  /**
   * A class directory as a jar: its files and directories in name order, every entry with the
   * same time, so that the same classes pack to the same bytes.
   */
  static byte[] jarOf(Path folder) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.filter(p -> !p.equals(folder)).sorted().toList();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Path path : paths) {
        String name = folder.relativize(path).toString().replace(java.io.File.separatorChar, '/');
        boolean isDirectory = Files.isDirectory(path);
        ZipEntry entry = new ZipEntry(isDirectory ? name + "/" : name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        if (!isDirectory) {
          Files.copy(path, zip);
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Files of an earlier bundle that this one no longer has (temporary files are left alone). */
  private static void removeOthers(Path directory, List<Path> files) throws IOException {
    Set<Path> keep = new HashSet<>(files);
    try (Stream<Path> list = Files.list(directory)) {
      for (Path file : list.toList()) {
        if (!keep.contains(file) && !file.getFileName().toString().startsWith(".")
            && Files.isRegularFile(file)) {
          Files.delete(file);
        }
      }
    }
  }
}
