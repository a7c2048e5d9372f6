package dev.docket.runtime.internal.remote;

import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.internal.store.CompositeTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batched existence: before the planner reads the times of many remote outputs, each directory
 * that holds two or more of them is listed once, and their stats are answered from the
 * listings ({@link ExistenceSnapshot}) until the snapshot is closed. A workflow of ten thousand
 * branches writing into one directory costs one listing instead of ten thousand stats; a lone
 * output is stat'ed as before.
 */
public final class RemoteOutputs {
  private RemoteOutputs() {}

  /** The snapshots taken; closing it makes every file system ask the storage again. */
  public static final class Snapshot implements AutoCloseable {
    private final List<RemoteFs> systems;

    private Snapshot(List<RemoteFs> systems) {
      this.systems = systems;
    }

    @Override
    public void close() {
      systems.forEach(fs -> fs.snapshot(null));
    }
  }

  /**
   * Lists the directories of {@code outputs} (the parts of a composite target included) that
   * hold two or more of them, and answers their stats from the listings until closed. A listing
   * that fails is left out: those outputs are stat'ed one by one, with retries, as usual.
   */
  public static Snapshot prefetch(Iterable<? extends Target> outputs) {
    return prefetch(outputs, 2);
  }

  /**
   * As {@link #prefetch(Iterable)}, listing the directories that hold {@code minimum} or more of
   * them: {@code --remove-output} lists every one (1), so that the upload temporaries dead tasks
   * left beside the outputs go with them ({@link RemoteFs#list}).
   */
  public static Snapshot prefetch(Iterable<? extends Target> outputs, int minimum) {
    Map<RemoteFs, Map<String, Integer>> counts = new IdentityHashMap<>();
    RemoteStorage storage = RemoteStorage.current();
    for (Target output : outputs) {
      count(output, storage, counts);
    }
    List<RemoteFs> snapshotted = new ArrayList<>();
    counts.forEach((fs, directories) -> {
      ExistenceSnapshot snapshot = new ExistenceSnapshot();
      directories.forEach((directory, count) -> {
        if (count >= minimum) {
          try {
            snapshot.add(directory, fs.list(directory));
          } catch (IOException e) {
            // Left to single stats, which report the fault with their own URL.
          }
        }
      });
      if (snapshot.size() > 0) {
        fs.snapshot(snapshot);
        snapshotted.add(fs);
      }
    });
    return new Snapshot(snapshotted);
  }

  private static void count(
      Target output, RemoteStorage storage, Map<RemoteFs, Map<String, Integer>> counts) {
    if (output instanceof RemoteFileTarget remote) {
      RemoteFs fs = storage.find(remote.fs());
      if (fs != null && remote.unsafePath() == null) {
        counts.computeIfAbsent(fs, f -> new HashMap<>())
            .merge(RemotePaths.parent(remote.path()), 1, Integer::sum);
      }
    } else if (output instanceof CompositeTarget composite) {
      List<Target> parts;
      try {
        parts = composite.parts();
      } catch (RuntimeException e) {
        return; // a workflow that cannot list its branches: reading its output says so, as before
      }
      for (Target part : parts) {
        count(part, storage, counts);
      }
    }
  }
}
