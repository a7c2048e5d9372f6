package dev.docket.jupyter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run's progress in its cell: a bar with done/total and the tasks running, one display
 * updated in place as the run's progress lines come (the runtime's "tasks" progress style,
 * which a run without a terminal uses: {@code start X}, {@code [3/7] done X in 0.2 s},
 * {@code progress: 3/7 done, ...}; or the live style's redrawn line, if docket.cfg asks for it). Updates are at most a few a second; the last is always shown.
 */
final class ProgressView {
  private static final Pattern START = Pattern.compile("start (.+)");
  private static final Pattern FINISHED =
      Pattern.compile("\\[(\\d+)/(\\d+)\\] (done|FAILED|FAILED_UPSTREAM|INTERRUPTED) (.+)");
  /** {@code progress: 3/7 done, ...}, or the same without the prefix as the live style redraws it. */
  private static final Pattern PERIODIC =
      Pattern.compile("(?:progress: )?(\\d+)/(\\d+) done, (\\d+) running, \\d+ pending, (\\d+) failed.*");
  private static final long MIN_INTERVAL_NANOS = 250_000_000L;

  private final Cell cell;
  private final Set<String> running = new LinkedHashSet<>();
  private final List<String> failed = new ArrayList<>();
  private String displayId;
  private int done;
  private int total;
  private long shownAt;
  private boolean changed;

  ProgressView(Cell cell) {
    this.cell = cell;
  }

  /** Takes {@code line} if it is a progress line; failures are taken note of and still printed. */
  synchronized boolean consume(String line) {
    Matcher matcher;
    boolean swallow = true;
    if ((matcher = START.matcher(line)).matches()) {
      running.add(matcher.group(1));
    } else if ((matcher = FINISHED.matcher(line)).matches()) {
      done = Integer.parseInt(matcher.group(1));
      total = Integer.parseInt(matcher.group(2));
      String what = matcher.group(4);
      if (matcher.group(3).equals("done")) {
        running.remove(what.replaceFirst(" in \\S+ s$", ""));
      } else {
        int end = what.indexOf("): ");
        running.remove(end < 0 ? what : what.substring(0, end + 1));
        failed.add(matcher.group(3) + " " + what);
        swallow = false;
      }
    } else if ((matcher = PERIODIC.matcher(line)).matches()) {
      done = Integer.parseInt(matcher.group(1));
      total = Integer.parseInt(matcher.group(2));
    } else {
      return false;
    }
    changed = true;
    show(false);
    return swallow;
  }

  /** The cell is over: the display shows the final state. */
  synchronized void finish() {
    if (changed) {
      show(true);
    }
  }

  private void show(boolean force) {
    long now = System.nanoTime();
    if (displayId != null && !force && now - shownAt < MIN_INTERVAL_NANOS) {
      return;
    }
    shownAt = now;
    changed = false;
    ObjectNode data = Wire.JSON.createObjectNode();
    data.put("text/plain", text());
    data.put("text/html", html());
    if (displayId == null) {
      displayId = cell.displayUpdatable(data);
    } else {
      cell.update(displayId, data);
    }
  }

  String text() {
    String text = done + "/" + total + " done";
    if (!failed.isEmpty()) {
      text += ", " + failed.size() + " failed";
    }
    return running.isEmpty() ? text : text + "; running: " + String.join(", ", running);
  }

  String html() {
    StringBuilder html = new StringBuilder("<div class=\"docket-progress\">");
    html.append("<progress value=\"").append(done).append("\" max=\"").append(Math.max(total, 1))
        .append("\" style=\"width:20em\"></progress> <b>").append(done).append('/').append(total)
        .append(" done</b>");
    if (!failed.isEmpty()) {
      html.append(", <span style=\"color:#b00\">").append(failed.size()).append(" failed</span>");
    }
    for (String task : running) {
      html.append("<br>&#9654; ").append(Html.escape(task));
    }
    for (String failure : failed) {
      html.append("<br><span style=\"color:#b00\">").append(Html.escape(failure)).append("</span>");
    }
    return html.append("</div>").toString();
  }
}
