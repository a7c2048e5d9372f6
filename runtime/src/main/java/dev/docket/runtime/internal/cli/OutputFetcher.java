package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.remote.RemoteOutputs;
import dev.docket.runtime.internal.store.LocalStore;
import dev.docket.runtime.spi.param.Quoting;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * {@code --fetch-output DEPTH[,MODE[,DIR]]}: copies the existing outputs of a task and its
 * dependencies to DEPTH into a local directory, each at its path relative to the store
 * ({@code DIR/skim/v1/ttbar/3.txt}), so that the copy reads like the store. It never overwrites
 * silently: a file already in DIR with other content stops the fetch before anything is copied
 * (one with the same content is left as it is). Local files inside the store are copied, and
 * remote files ({@code RemoteFileTarget}) at their path under their base, through the cache;
 * others are named and skipped.
 */
final class OutputFetcher {
  private final PrintStream out;
  private final Terminal terminal;
  private final Environment environment;

  @Inject
  OutputFetcher(@Named("out") PrintStream out, Terminal terminal, Environment environment) {
    this.out = out;
    this.terminal = terminal;
    this.environment = environment;
  }

  /**
   * One file to copy, with the task whose output it is; {@code shown} is where it is, a path
   * or a URL (a remote file is copied from its local copy in the cache, {@code from}).
   */
  private record Copy(String task, String shown, Path from, Path to) {
    Copy(String task, Path from, Path to) {
      this(task, from.toString(), from, to);
    }
  }

  /** The graph was expanded to the requested depth. */
  void fetch(TaskGraph graph, OutputForms.Fetch form) {
    Path dir = directory(form.dir());
    Path store = LocalStore.root();
    List<Copy> copies = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<OutputWalk.Output> outputs = OutputWalk.of(graph);
    try (RemoteOutputs.Snapshot listed =
        RemoteOutputs.prefetch(outputs.stream().map(OutputWalk.Output::target).toList())) {
      for (OutputWalk.Output output : outputs) {
        if (!output.target().exists()) {
          continue;
        }
        String task = output.node().id().toString();
        if (output.target() instanceof RemoteFileTarget remote) {
          addRemote(copies, task, remote, dir.resolve(remote.path()));
        } else if (!(output.target() instanceof LocalFileTarget file)) {
          skipped.add(output.target().describe() + " (not a file)");
        } else if (!file.insideStore()) {
          skipped.add(file.describe() + " (outside the store " + store + ")");
        } else {
          addFiles(copies, task, file.path(), dir.resolve(store.relativize(file.path()).toString()));
        }
      }
    }
    for (String skip : skipped) {
      out.println("Not fetched: " + skip);
    }
    if (copies.isEmpty()) {
      out.println("No outputs to fetch.");
      return;
    }
    checkNothingOverwritten(copies, dir);
    out.println("Outputs to fetch into " + dir + " (" + copies.size() + "):");
    for (Copy copy : copies) {
      out.println("  " + copy.shown() + "  (" + copy.task() + ")");
    }
    if (form.mode() == OutputForms.Mode.DRY) {
      out.println("Dry run: nothing copied.");
      return;
    }
    if (form.mode() == OutputForms.Mode.ASK && !confirmed(copies.size(), dir)) {
      out.println("Nothing copied.");
      return;
    }
    create(dir, form.dir());
    int already = 0;
    for (Copy copy : copies) {
      if (Files.exists(copy.to())) {
        already++; // the same content: checked above
        continue;
      }
      try {
        Files.createDirectories(copy.to().getParent());
        Files.copy(copy.from(), copy.to(), StandardCopyOption.COPY_ATTRIBUTES);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy " + copy.shown() + " to " + copy.to(), e);
      }
    }
    int copied = copies.size() - already;
    out.println("Fetched " + copied + " file" + (copied == 1 ? "" : "s") + " into " + dir
        + (already > 0 ? " (" + already + " already there, unchanged)" : "") + ".");
  }

  /**
   * A remote file through its copy in the cache, at its path under the base; a remote directory
   * as the files under it.
   */
  private static void addRemote(List<Copy> copies, String task, RemoteFileTarget from, Path to) {
    try {
      if (from.isDirectory()) {
        for (RemoteFileTarget child : from.children()) {
          addRemote(copies, task, child, to.resolve(child.path().substring(from.path().length() + 1)));
        }
      } else {
        copies.add(new Copy(task, from.describe(), from.localized(), to));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fetch " + from.describe() + ": " + e.getMessage(), e);
    }
  }

  /** A file as it is; a directory output as the files under it. */
  private static void addFiles(List<Copy> copies, String task, Path from, Path to) {
    if (!Files.isDirectory(from)) {
      copies.add(new Copy(task, from, to));
      return;
    }
    try (Stream<Path> files = Files.walk(from)) {
      files.filter(Files::isRegularFile)
          .forEach(file -> copies.add(new Copy(task, file, to.resolve(from.relativize(file).toString()))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + from, e);
    }
  }

  private static void checkNothingOverwritten(List<Copy> copies, Path dir) {
    List<Path> differing = new ArrayList<>();
    for (Copy copy : copies) {
      if (Files.exists(copy.to()) && !sameContent(copy.from(), copy.to())) {
        differing.add(copy.to());
      }
    }
    if (!differing.isEmpty()) {
      throw new BadInputException(
          "--fetch-output would overwrite " + differing.size() + " file"
              + (differing.size() == 1 ? "" : "s") + " in " + dir + " that differ"
              + (differing.size() == 1 ? "s" : "") + " from the output"
              + (differing.size() == 1 ? "" : "s") + ", e.g. " + differing.get(0)
              + "; nothing copied: remove them or fetch into another directory");
    }
  }

  private static boolean sameContent(Path from, Path to) {
    try {
      return Files.isRegularFile(to) && Files.mismatch(from, to) == -1;
    } catch (IOException e) {
      return false;
    }
  }

  private boolean confirmed(int count, Path dir) {
    if (!terminal.interactive()) {
      throw new BadInputException(
          "--fetch-output with mode i asks before copying, and this session is not interactive:"
              + " use mode a, e.g. --fetch-output 1,a," + dir);
    }
    out.flush(); // the list on the screen before the question (DocketCli flushes the rest)
    return terminal.confirm("Copy these " + count + " files into " + dir + "?");
  }

  /** DIR against the working directory; bad input unless it is, or can be made, a directory. */
  private Path directory(String given) {
    if (given.chars().anyMatch(Character::isISOControl)) {
      throw badDirectory(given, "it holds a control character");
    }
    Path dir;
    try {
      dir = environment.workingDirectory().resolve(given).normalize();
    } catch (InvalidPathException e) {
      throw badDirectory(given, "it is not a valid path");
    }
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw badDirectory(given, (existing == null ? dir : existing) + " is not a directory");
    }
    if (!Files.isWritable(existing)) {
      throw badDirectory(given, existing + " is not writable");
    }
    return dir;
  }

  /**
   * Makes DIR before anything is copied, so that one that cannot be made (a file system that
   * refuses it) is one line of bad input, not a failure halfway.
   */
  private static void create(Path dir, String given) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw badDirectory(given, "it cannot be created (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }

  private static BadInputException badDirectory(String given, String reason) {
    return new BadInputException(
        "bad directory " + Quoting.quote(given) + " for --fetch-output: " + reason + "; give a directory to"
            + " copy into (it is created when missing), e.g. --fetch-output 1,a,fetched");
  }
}
