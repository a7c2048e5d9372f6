package dev.docket.jupyter;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What goes to {@code System.out} or {@code System.err} in the kernel: a {@code stream}
 * message of the current cell, line by line. A run's progress lines on standard output feed
 * the cell's live progress display instead of scrolling by. Before the first cell, output
 * goes to the kernel's log.
 */
final class CellOutput extends OutputStream {
  private final String name;
  private final PrintStream log;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  private CellOutput(String name, PrintStream log) {
    this.name = name;
    this.log = log;
  }

  /** A stream named {@code stdout} or {@code stderr}, as the protocol names them. */
  static PrintStream of(String name, PrintStream log) {
    return new PrintStream(new CellOutput(name, log), true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    pending.write(b);
    if (b == '\n') {
      emit();
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    pending.write(bytes, offset, length);
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == '\n') {
        emit();
        return;
      }
    }
  }

  @Override
  public synchronized void flush() {
    emit();
  }

  private void emit() {
    if (pending.size() == 0) {
      return;
    }
    // the live progress style's "carriage return, erase line": a notebook's output cannot redraw
    String text = pending.toString(StandardCharsets.UTF_8).replace("\r\u001b[K", "");
    pending.reset();
    if (text.isEmpty()) {
      return;
    }
    Cell cell = Cell.current();
    if (cell == null) {
      log.print(text);
      log.flush();
      return;
    }
    StringBuilder shown = new StringBuilder();
    for (String line : text.split("(?<=\n)")) {
      if (!name.equals("stdout") || !cell.progress().consume(line.stripTrailing())) {
        shown.append(line);
      }
    }
    if (shown.length() > 0) {
      cell.stream(name, shown.toString());
    }
  }
}
