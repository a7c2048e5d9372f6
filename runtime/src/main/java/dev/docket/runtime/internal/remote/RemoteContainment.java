package dev.docket.runtime.internal.remote;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.internal.store.PathBlame;
import dev.docket.runtime.internal.store.StoreContainment;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.Quoting;

/**
 * The rule that keeps a remote output under its base, checked when the graph is planned: its
 * file system is configured, and no parameter value gives its path a part that leaves the base
 * or aliases another ({@code ..}, {@code .}, an empty part, a leading '/', a NUL, a backslash),
 * which would let a task write outside its base or two tasks share one file. Both are bad input,
 * before anything runs or is removed; {@link RemoteFileTarget} itself refuses such a path.
 */
public final class RemoteContainment {
  private RemoteContainment() {}

  /**
   * Checks the outputs of {@code task} as the planner lists them: local files against the store
   * ({@link StoreContainment#check}), then remote files against their base. An array, without a
   * list or iterator: the planner checks the outputs of a hundred thousand tasks, from its
   * reused buffer (the form with a count).
   *
   * @throws BadInputException for the first output that is not contained
   */
  public static <T> void checkAll(TaskFamily<T> family, T task, Target[] outputs) {
    checkAll(family, task, outputs, outputs.length);
  }

  /** {@link #checkAll(TaskFamily, Object, Target[])} of the first {@code count} outputs. */
  public static <T> void checkAll(TaskFamily<T> family, T task, Target[] outputs, int count) {
    for (int i = 0; i < count; i++) {
      if (outputs[i] instanceof LocalFileTarget file) {
        StoreContainment.check(family, task, file);
      }
    }
    for (int i = 0; i < count; i++) {
      if (outputs[i] instanceof RemoteFileTarget remote) {
        check(family, task, remote);
      }
    }
  }

  /**
   * Checks one output of {@code task} as the planner lists it.
   *
   * @throws BadInputException naming the section to add, or the parameter whose value makes
   *     the path unsafe, or the task when its own code wrote it
   */
  public static <T> void check(TaskFamily<T> family, T task, RemoteFileTarget output) {
    if (RemoteStorage.current().find(output.fs()) == null) {
      throw new BadInputException("the output " + Quoting.escape(output.path()) + " of "
          + family.id(task) + " is on file system '" + output.fs() + "', which is not configured: "
          + "add a section [" + FsSettings.section(output.fs()) + "] to docket.cfg with base ="
          + " <URL of the directory that holds its files>");
    }
    String written = output.unsafePath();
    if (written == null) {
      return;
    }
    PathBlame.Blame blame = PathBlame.find(family, task, written, true);
    String shown = Quoting.escape(written);
    if (blame != null) {
      throw new BadInputException("bad value " + Quoting.quote(blame.text()) + " for "
          + blame.spec().option() + " of " + family.name() + ": it gives the remote output '"
          + shown + "' of [" + FsSettings.section(output.fs()) + "] " + what(blame.cause())
          + "; a remote path stays under its base and names one file: give a plain name");
    }
    throw new BadInputException("the output '" + shown + "' of " + family.id(task) + " on [" 
        + FsSettings.section(output.fs()) + "] has an empty, '.' or '..' part, a leading '/',"
        + " a NUL or a backslash; a remote path stays under its base: fix the task's @Output"
        + " method");
  }

  private static String what(PathBlame.Cause cause) {
    return switch (cause) {
      case EMPTY -> "an empty part";
      case DOT -> "a '.' part";
      case ABSOLUTE -> "a leading '/'";
      case CLIMB -> "a '..' part, which would climb out of the base";
      case BACKSLASH -> "a backslash, which some servers read as '/'";
      case NUL -> "a NUL character";
    };
  }
}
