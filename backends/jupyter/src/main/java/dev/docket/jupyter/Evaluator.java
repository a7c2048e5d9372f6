package dev.docket.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Runs cells in one JShell: a cell is split into snippets, which JShell evaluates in turn with
 * its usual rules (declarations, imports, redefinition); the first one that fails stops the
 * cell. The value of a cell ending in an expression is its result.
 */
final class Evaluator implements AutoCloseable {
  /** What a cell gave: a value, nothing, or a failure. */
  sealed interface Result permits Value, Nothing, Failure {}

  /** @param text JShell's rendering of the value, e.g. {@code "abc"} with quotes */
  record Value(Object object, String text) implements Result {}

  record Nothing() implements Result {}

  /** @param name e.g. {@code CompileError} or the exception's simple class name */
  record Failure(String name, String message) implements Result {}

  /** What every session starts with: Docket's scripting API and the notebook helpers. */
  static final List<String> IMPORTS = List.of(
      "import java.util.*;",
      "import java.nio.file.*;",
      "import dev.docket.runtime.*;",
      "import dev.docket.runtime.script.*;",
      "import static dev.docket.jupyter.Notebook.*;");

  private final CapturingExecution execution = new CapturingExecution();
  private final JShell shell;
  private volatile boolean stopped;

  Evaluator(String classPath) {
    shell = JShell.builder().executionEngine(execution, Map.of()).build();
    if (!classPath.isEmpty()) {
      shell.addToClasspath(classPath);
    }
    for (String line : IMPORTS) {
      shell.eval(line);
    }
  }

  Result eval(String cell) {
    stopped = false;
    Result result = new Nothing();
    int offset = 0;
    while (offset < cell.length()) {
      if (stopped) {
        return new Failure("Interrupted", "the cell was stopped before line " + line(cell, offset));
      }
      String rest = cell.substring(offset);
      CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
      if (info.completeness() == Completeness.EMPTY) {
        break;
      }
      if (!info.completeness().isComplete() && info.completeness() != Completeness.UNKNOWN) {
        return new Failure("CompileError", "line " + line(cell, offset + leadingSpace(rest))
            + ": the cell ends in the middle of a statement (a missing ';', ')' or '}'?)");
      }
      // from its first character, which is where its line numbers start
      String source = (info.completeness() == Completeness.UNKNOWN ? rest : info.source()).stripLeading();
      int start = offset + leadingSpace(rest);
      offset = info.completeness() == Completeness.UNKNOWN ? cell.length() : cell.length() - info.remaining().length();
      result = evalSnippet(source, line(cell, start));
      if (stopped) {
        return new Failure("Interrupted", "the cell was stopped at line " + line(cell, start));
      }
      if (result instanceof Failure) {
        return result;
      }
    }
    return result;
  }

  private Result evalSnippet(String source, int firstLine) {
    Result result = new Nothing();
    for (SnippetEvent event : shell.eval(source)) {
      if (event.causeSnippet() != null) {
        continue; // a dependent snippet updated by this one
      }
      Snippet snippet = event.snippet();
      if (event.status() == Snippet.Status.REJECTED) {
        return new Failure("CompileError", diagnostics(snippet, source, firstLine));
      }
      if (event.exception() != null) {
        return failure(event.exception());
      }
      result = valueOf(snippet, event.value());
    }
    return result;
  }

  /** The value of an expression (JShell's {@code $1}, or a variable named alone); nothing for a declaration. */
  private Result valueOf(Snippet snippet, String text) {
    if (text == null) {
      return new Nothing();
    }
    if (snippet instanceof VarSnippet variable
        && variable.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
      return new Value(read(variable), text);
    }
    if (snippet instanceof ExpressionSnippet expression) {
      return shell.variables()
          .filter(variable -> variable.name().equals(expression.name()))
          .filter(variable -> shell.status(variable).isActive())
          .reduce((first, second) -> second)
          .<Result>map(variable -> new Value(read(variable), text))
          .orElse(new Value(null, text));
    }
    return new Nothing();
  }

  private Object read(VarSnippet variable) {
    shell.varValue(variable);
    return execution.lastValue();
  }

  /** The first error, as {@code line 3: cannot find symbol: variable fitt} and the line marked. */
  private String diagnostics(Snippet snippet, String source, int firstLine) {
    Diag diag = shell.diagnostics(snippet).filter(Diag::isError).findFirst().orElse(null);
    if (diag == null) {
      return "line " + firstLine + ": JShell refused this statement";
    }
    int position = (int) Math.max(0, Math.min(diag.getStartPosition(), source.length()));
    int lineStart = source.lastIndexOf('\n', position - 1) + 1;
    int lineEnd = source.indexOf('\n', position);
    String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
    return "line " + (firstLine + line(source, position) - 1) + ": " + oneLine(diag.getMessage(null))
        + "\n    " + line + "\n    " + " ".repeat(position - lineStart) + "^";
  }

  /** {@code cannot find symbol\n  symbol: variable x\n  location: ...} -> {@code cannot find symbol: variable x}. */
  private static String oneLine(String message) {
    String[] lines = message.strip().split("\n");
    StringBuilder text = new StringBuilder(lines[0].strip());
    for (int i = 1; i < lines.length; i++) {
      String part = lines[i].strip();
      if (part.startsWith("symbol:")) {
        text.append(": ").append(part.substring("symbol:".length()).strip());
      }
    }
    return text.toString();
  }

  private Failure failure(JShellException exception) {
    if (exception instanceof UnresolvedReferenceException unresolved) {
      List<String> missing = shell.unresolvedDependencies(unresolved.getSnippet()).toList();
      return new Failure("UnresolvedReference", unresolved.getSnippet().name()
          + " needs " + String.join(", ", missing) + ", which is not declared yet");
    }
    List<String> chain = new ArrayList<>();
    Throwable cause = exception.getCause();
    while (cause instanceof EvalException next && chain.size() < 5) {
      chain.add(describe(next));
      cause = next.getCause();
    }
    String name = exception instanceof EvalException eval ? simpleName(eval.getExceptionClassName()) : "Error";
    // JShell's wrapper classes: "REPL.$JShell$13.o is null" -> "o is null"
    String message = String.valueOf(exception.getMessage()).replaceAll("REPL\\.\\$JShell\\$\\d+\\.", "");
    for (String link : chain) {
      message += " (caused by " + link + ")";
    }
    return new Failure(name, message);
  }

  private static String describe(EvalException exception) {
    return simpleName(exception.getExceptionClassName()) + ": "
        + String.valueOf(exception.getMessage()).replaceAll("REPL\\.\\$JShell\\$\\d+\\.", "");
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** {@code complete}, {@code incomplete} or {@code invalid}, for the console's Enter key. */
  String completeness(String code) {
    Completeness completeness = shell.sourceCodeAnalysis().analyzeCompletion(code).completeness();
    return switch (completeness) {
      case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> "complete";
      case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "incomplete";
      case UNKNOWN -> "invalid";
    };
  }

  /** Completions at {@code cursor}: where the replaced text starts, and the candidates. */
  Completions complete(String code, int cursor) {
    int[] anchor = new int[1];
    List<String> matches = shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor).stream()
        .map(SourceCodeAnalysis.Suggestion::continuation)
        .distinct()
        .toList();
    return new Completions(anchor[0], matches);
  }

  record Completions(int start, List<String> matches) {}

  /** Stops the running cell (an interrupt from the notebook). */
  void stop() {
    stopped = true;
    shell.stop();
  }

  @Override
  public void close() {
    shell.close();
  }

  private static int line(String text, int position) {
    int line = 1;
    for (int i = 0; i < position && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int leadingSpace(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
