package org.example.interrupt;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.io.OutputStream;

/** Writes {@code kib} KiB of zeros in pieces: more than a small disk holds. */
@Task
class Big {
  @Param int kib;

  @Output
  LocalFileTarget result() {
    return LocalFileTarget.of("big", kib + ".bin");
  }

  void run() throws Exception {
    byte[] piece = new byte[1024];
    try (OutputStream out = result().newOutputStream()) {
      for (int i = 0; i < kib; i++) {
        out.write(piece);
      }
    }
  }
}
