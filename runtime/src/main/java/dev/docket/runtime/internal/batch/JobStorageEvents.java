package dev.docket.runtime.internal.batch;

import dev.docket.runtime.internal.remote.RemoteStorage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The remote storage's retries, failovers and removed temporaries that jobs went through, added
 * to the client's counts so that the run's end line counts them: a job's run prints its own
 * line ({@code docket: remote storage: ...}) into its log, which the client reads from where it
 * last stopped whenever the job ends, so an attempt's line is counted once. A log that never
 * reaches the submission directory counts nothing.
 */
final class JobStorageEvents {
  private static final String LINE = "docket: remote storage: ";

  /** How far each job's log was read, by job index. */
  private final Map<Integer, Long> read = new HashMap<>();

  /** Reads what job {@code index} added to {@code log} since the last call. */
  void collect(int index, Path log) {
    long from = read.getOrDefault(index, 0L);
    try (SeekableByteChannel channel = Files.newByteChannel(log)) {
      long size = channel.size();
      if (size < from) {
        from = 0; // a log started afresh
      }
      channel.position(from);
      BufferedReader lines = new BufferedReader(
          new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(LINE)) {
          RemoteStorage.current().addReported(line);
        }
      }
      read.put(index, size);
    } catch (NoSuchFileException e) {
      // no log (yet): nothing to count
    } catch (IOException e) {
      // the counts are for the run's end line only; a log that cannot be read adds nothing
    }
  }
}
