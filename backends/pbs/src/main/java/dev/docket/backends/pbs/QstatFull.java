package dev.docket.backends.pbs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the full display of {@code qstat -f} (PBS Professional's text form, which every version
 * prints; the JSON of {@code -F json} needs version 19 and has been broken by unescaped
 * values): one block per job, opened by {@code Job Id: 1234[7].server}, with one
 * {@code    name = value} line per attribute; a long value goes on in lines that begin with a
 * tab, which are joined back to it.
 */
final class QstatFull {
  private QstatFull() {}

  /** Job id as printed to its attributes, in the order printed. */
  static Map<String, Map<String, String>> parse(String output) {
    Map<String, Map<String, String>> jobs = new LinkedHashMap<>();
    Map<String, String> job = null;
    String last = null;
    for (String line : output.split("\r?\n")) {
      if (line.startsWith("Job Id:")) {
        job = new LinkedHashMap<>();
        jobs.put(line.substring("Job Id:".length()).strip(), job);
        last = null;
      } else if (job != null && line.startsWith("\t") && last != null) {
        job.put(last, job.get(last) + line.substring(1));
      } else if (job != null && line.contains(" = ")) {
        int eq = line.indexOf(" = ");
        last = line.substring(0, eq).strip();
        job.put(last, line.substring(eq + 3));
      } else if (line.isBlank()) {
        last = null;
      }
    }
    return jobs;
  }
}
