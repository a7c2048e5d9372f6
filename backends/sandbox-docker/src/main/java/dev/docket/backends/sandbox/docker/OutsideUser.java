package dev.docket.backends.sandbox.docker;

import com.sun.security.auth.module.UnixSystem;

/**
 * Who runs Docket outside: the container runs as the same numeric user and group, so that what
 * the task writes into the bound store belongs to them, not to the image's root.
 */
record OutsideUser(long uid, long gid) {
  static OutsideUser current() {
    UnixSystem system = new UnixSystem();
    return new OutsideUser(system.getUid(), system.getGid());
  }

  /** {@code uid:gid}, as {@code --user} takes it. */
  String ids() {
    return uid + ":" + gid;
  }

  boolean isRoot() {
    return uid == 0;
  }
}
