package dev.docket.runtime.batch;

import dev.docket.runtime.target.LocalStore;
import dev.docket.runtime.workflow.WorkflowTask;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a workflow's submission lives: {@code <store>/.docket/jobs/<Family>/<hash>/}, beside the
 * outputs, one directory per workflow identity and branch selection, so that running the same
 * command again finds it.
 */
final class SubmissionDirectory {
  private SubmissionDirectory() {}

  static Path of(WorkflowTask<?> workflow) {
    String key = workflow.id() + "\n" + workflow.branches();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(digest, 0, 8);
      return LocalStore.root().resolve(".docket").resolve("jobs")
          .resolve(workflow.family().name()).resolve(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
