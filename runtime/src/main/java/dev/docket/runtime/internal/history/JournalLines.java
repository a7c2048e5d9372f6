package dev.docket.runtime.internal.history;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The journal's text: one record a line, fields separated by tabs, a backslash escaping a tab,
 * a line break or itself inside a field. A line counts only when it is whole (ends with its line
 * break) and has its record's number of fields: a process killed in the middle of a write leaves
 * a torn last line, which is skipped, never an error.
 */
final class JournalLines {
  static final String START = "start";
  static final String TASK = "task";
  static final String END = "end";
  static final String DISCARD = "discard";
  /** The journal format's version, the start line's first field. */
  private static final String VERSION = "1";

  private JournalLines() {}

  static String start(String root, String host, long pid, long startedAt) {
    return line(START, VERSION, root, host, Long.toString(pid), Long.toString(startedAt));
  }

  static String task(TaskRecord task) {
    return line(TASK, task.task(), task.status(), Long.toString(task.startedAt()),
        Long.toString(task.endedAt()), task.error(), task.host());
  }

  static String end(PendingRun.End end) {
    return line(END, Long.toString(end.endedAt()), end.status(), Long.toString(end.ran()),
        Long.toString(end.complete()), Long.toString(end.failed()),
        Long.toString(end.failedUpstream()));
  }

  static String discard() {
    return line(DISCARD);
  }

  /**
   * The run that the journal {@code name} with {@code content} records; empty when its start
   * line is not whole yet (being written, or torn). Task lines count only with the end line
   * written after them, since both are written at once.
   */
  static Optional<PendingRun> parse(String name, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    List<String[]> lines = new ArrayList<>();
    int from = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      lines.add(fields(text.substring(from, at)));
      from = at + 1;
    }
    if (lines.isEmpty() || !isStart(lines.get(0))) {
      return Optional.empty();
    }
    String[] start = lines.get(0);
    List<TaskRecord> pending = new ArrayList<>();
    List<TaskRecord> tasks = List.of();
    Optional<PendingRun.End> end = Optional.empty();
    boolean discarded = false;
    for (String[] line : lines.subList(1, lines.size())) {
      try {
        if (line[0].equals(TASK) && line.length == 7) {
          pending.add(new TaskRecord(line[1], line[2], Long.parseLong(line[3]),
              Long.parseLong(line[4]), line[5], line[6]));
        } else if (line[0].equals(END) && line.length == 7 && end.isEmpty()) {
          end = Optional.of(new PendingRun.End(Long.parseLong(line[1]), line[2],
              Long.parseLong(line[3]), Long.parseLong(line[4]), Long.parseLong(line[5]),
              Long.parseLong(line[6])));
          tasks = List.copyOf(pending);
        } else if (line[0].equals(DISCARD)) {
          discarded = true;
        }
      } catch (NumberFormatException e) {
        // a damaged line is skipped like a torn one
      }
    }
    return Optional.of(new PendingRun(name, start[2], start[3], Long.parseLong(start[4]),
        Long.parseLong(start[5]), end, tasks, discarded));
  }

  private static boolean isStart(String[] line) {
    if (line.length != 6 || !line[0].equals(START) || !line[1].equals(VERSION)) {
      return false;
    }
    try {
      Long.parseLong(line[4]);
      Long.parseLong(line[5]);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String line(String... fields) {
    StringBuilder line = new StringBuilder();
    for (String field : fields) {
      if (line.length() > 0) {
        line.append('\t');
      }
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        switch (c) {
          case '\\' -> line.append("\\\\");
          case '\t' -> line.append("\\t");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          default -> line.append(c);
        }
      }
    }
    return line.append('\n').toString();
  }

  private static String[] fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        field.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(new String[0]);
  }
}
