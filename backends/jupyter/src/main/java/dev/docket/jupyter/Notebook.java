package dev.docket.jupyter;

/**
 * What a cell can call besides its last expression (statically imported in every session):
 * {@code display(docket.status(task))} shows a value as the last expression would, in the
 * middle of a cell; {@code html("<b>...</b>")} makes a value shown as HTML.
 */
public final class Notebook {
  private Notebook() {}

  /** HTML to show as it is. */
  public record Html(String html) {}

  /** Shows {@code value} now, below the running cell, as the cell's result would be shown. */
  public static void display(Object value) {
    System.out.flush(); // what the cell printed before comes first
    Cell cell = Cell.current();
    if (cell == null) {
      System.out.println(value); // not in a notebook (a test, plain JShell)
      return;
    }
    cell.display(Displays.bundle(value, String.valueOf(value)));
  }

  public static Html html(String html) {
    return new Html(html);
  }
}
