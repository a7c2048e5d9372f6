package dev.docket.jupyter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docket.runtime.FileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.script.TaskStatus;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How a value is shown: a MIME bundle. Docket's values get HTML (a task's status as a table,
 * a run's summary, outputs as links) and image outputs are shown as images; everything has a
 * {@code text/plain} form too, which is what a console or a diff of the notebook sees.
 */
final class Displays {
  private Displays() {}

  /** {@code text} is the plain form when the value has no better one (JShell's rendering). */
  static ObjectNode bundle(Object value, String text) {
    try {
      return rich(value, text);
    } catch (RuntimeException e) { // a value's toString or describe that throws: its plain text
      ObjectNode data = Wire.JSON.createObjectNode();
      data.put("text/plain", text != null ? text : "(cannot be shown: " + e + ")");
      return data;
    }
  }

  private static ObjectNode rich(Object value, String text) {
    ObjectNode data = Wire.JSON.createObjectNode();
    if (value instanceof CharSequence chars) {
      data.put("text/plain", chars.toString());
    } else if (value instanceof Notebook.Html html) {
      data.put("text/plain", html.html());
      data.put("text/html", html.html());
    } else if (value instanceof TaskStatus status) {
      statuses(data, List.of(status));
    } else if (value instanceof Collection<?> all && !all.isEmpty() && every(all, TaskStatus.class)) {
      statuses(data, all.stream().map(TaskStatus.class::cast).toList());
    } else if (value instanceof Collection<?> all && !all.isEmpty() && every(all, Target.class)) {
      targets(data, all.stream().map(Target.class::cast).toList());
    } else if (value instanceof RunSummary summary) {
      summary(data, summary);
    } else if (value instanceof FileTarget target && target.exists() && image(target.describe()) != null) {
      data.put("text/plain", target.describe());
      try {
        image(data, target.localized());
      } catch (IOException e) {
        data.put("text/plain", target.describe() + " (cannot be fetched: " + e.getMessage() + ")");
      }
    } else if (value instanceof Target target) {
      targets(data, List.of(target));
    } else if (value instanceof Path path && image(path.toString()) != null && Files.isRegularFile(path)) {
      data.put("text/plain", path.toString());
      image(data, path);
    } else if (value instanceof File file && image(file.getName()) != null && file.isFile()) {
      data.put("text/plain", file.toString());
      image(data, file.toPath());
    } else {
      data.put("text/plain", text != null ? text : String.valueOf(value));
    }
    return data;
  }

  /** Beyond this many tasks, the table shows the top two levels and what is not complete. */
  static final int SHORT_TABLE = 12;

  private static void statuses(ObjectNode data, List<TaskStatus> statuses) {
    StringBuilder text = new StringBuilder();
    statuses.forEach(status -> text.append(status).append('\n'));
    long complete = statuses.stream().filter(TaskStatus::complete).count();
    String count = complete + " of " + statuses.size() + " complete";
    StringBuilder html = new StringBuilder();
    if (statuses.size() <= SHORT_TABLE) {
      html.append(statusTable(statuses)).append("<p>").append(count).append("</p>");
    } else {
      html.append(statusTable(statuses.stream()
              .filter(status -> status.depth() <= 1 || !status.complete())
              .toList()))
          .append("<details><summary>").append(count).append(": all ").append(statuses.size())
          .append(" tasks</summary>").append(statusTable(statuses)).append("</details>");
    }
    data.put("text/plain", text.toString().stripTrailing());
    data.put("text/html", html.toString());
  }

  private static String statusTable(List<TaskStatus> statuses) {
    StringBuilder html = new StringBuilder(
        "<table class=\"docket-status\"><thead><tr><th></th><th style=\"text-align:left\">task</th>"
            + "<th style=\"text-align:left\">outputs</th></tr></thead><tbody>");
    for (TaskStatus status : statuses) {
      html.append("<tr><td>")
          .append(status.complete()
              ? "<span style=\"color:#080\" title=\"complete\">&#10004;</span>"
              : "<span style=\"color:#b00\" title=\"not complete\">&#10008;</span>")
          .append("</td><td style=\"text-align:left;padding-left:").append(0.5 + 1.5 * status.depth())
          .append("em\"><code>").append(Html.escape(status.id().toString())).append("</code></td>")
          .append("<td style=\"text-align:left\">");
      for (int i = 0; i < status.outputs().size(); i++) {
        html.append(i > 0 ? "<br>" : "").append(Html.link(status.outputs().get(i)));
      }
      html.append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private static void targets(ObjectNode data, List<Target> targets) {
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder("<ul class=\"docket-outputs\">");
    for (Target target : targets) {
      boolean exists = target.exists();
      text.append(exists ? "" : "(missing) ").append(target.describe()).append('\n');
      html.append("<li>").append(Html.link(target.describe()))
          .append(exists ? "" : " <i>(missing)</i>").append("</li>");
    }
    data.put("text/plain", text.toString().stripTrailing());
    data.put("text/html", html.append("</ul>").toString());
  }

  private static void summary(ObjectNode data, RunSummary summary) {
    String counts = summary.count(Outcome.RAN) + " ran, " + summary.count(Outcome.COMPLETE)
        + " already complete, " + summary.count(Outcome.FAILED) + " failed, "
        + summary.count(Outcome.FAILED_UPSTREAM) + " failed upstream";
    String verdict = summary.success() ? "Done" : summary.interrupted() ? "Interrupted" : "Not done";
    StringBuilder html = new StringBuilder("<div class=\"docket-summary\"><b style=\"color:")
        .append(summary.success() ? "#080" : "#b00").append("\">").append(verdict).append("</b>: <code>")
        .append(Html.escape(summary.root().toString())).append("</code> ")
        .append(summary.success() ? "is complete" : "is not complete").append(" &mdash; ")
        .append(counts).append(String.format(Locale.ROOT, " in %.2f s", summary.seconds()));
    for (TaskResult failure : summary.failures()) {
      html.append("<br><span style=\"color:#b00\">").append(failure.outcome()).append(" <code>")
          .append(Html.escape(failure.id().toString())).append("</code>: ")
          .append(Html.escape(String.valueOf(failure.reason()))).append("</span>");
    }
    data.put("text/plain", verdict + ": " + summary.root() + "; " + counts);
    data.put("text/html", html.append("</div>").toString());
  }

  private static void image(ObjectNode data, Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String type = image(file.toString());
      if (type.equals("image/svg+xml")) {
        data.put(type, new String(bytes, StandardCharsets.UTF_8));
      } else {
        data.put(type, Base64.getEncoder().encodeToString(bytes));
      }
    } catch (IOException e) {
      data.put("text/plain", file + " (cannot be read: " + e.getMessage() + ")");
    }
  }

  /** The MIME type of an image Jupyter shows, by the file's extension; {@code null} for others. */
  static String image(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".png")) {
      return "image/png";
    } else if (lower.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
      return "image/jpeg";
    } else if (lower.endsWith(".gif")) {
      return "image/gif";
    }
    return null;
  }

  private static boolean every(Collection<?> all, Class<?> type) {
    return all.stream().allMatch(type::isInstance);
  }
}
