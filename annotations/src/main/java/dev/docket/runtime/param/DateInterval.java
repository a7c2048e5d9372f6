package dev.docket.runtime.param;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of days, as luigi's {@code DateIntervalParameter} writes it. Like luigi, the end is
 * exclusive: {@code 2024-01-01-2024-02-01} is the whole of January.
 *
 * <p>Accepted forms: a year {@code 2024}, a month {@code 2024-01}, an ISO week
 * {@code 2024-W05}, a day {@code 2024-01-31}, and a custom interval
 * {@code 2024-01-01-2024-01-31} (start inclusive, end exclusive).
 *
 * @param start the first day
 * @param end the day after the last day; after {@code start}
 */
public record DateInterval(LocalDate start, LocalDate end) {
  /** The accepted forms, for messages. */
  public static final String EXPECTED =
      "a date interval like 2024, 2024-01, 2024-W05, 2024-01-31 or 2024-01-01-2024-02-01"
          + " (end exclusive)";

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CUSTOM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(\\d{4}-\\d{2}-\\d{2})");

  public DateInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "the end " + end + " of a date interval must be after its start " + start);
    }
  }

  /**
   * Parses one of the accepted forms.
   *
   * @throws IllegalArgumentException naming {@link #EXPECTED} when the text is none of them
   */
  public static DateInterval parse(String text) {
    String s = text.strip();
    try {
      Matcher m;
      if ((m = YEAR.matcher(s)).matches()) {
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
        return new DateInterval(start, start.plusYears(1));
      }
      if ((m = MONTH.matcher(s)).matches()) {
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        return new DateInterval(start, start.plusMonths(1));
      }
      if ((m = WEEK.matcher(s)).matches()) {
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate anyDay = LocalDate.of(year, 6, 1);
        if (week < 1 || week > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
          throw new IllegalArgumentException(EXPECTED);
        }
        LocalDate start = anyDay.with(IsoFields.WEEK_BASED_YEAR, year)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(DayOfWeek.MONDAY);
        return new DateInterval(start, start.plusWeeks(1));
      }
      if (DAY.matcher(s).matches()) {
        LocalDate day = LocalDate.parse(s);
        return new DateInterval(day, day.plusDays(1));
      }
      if ((m = CUSTOM.matcher(s)).matches()) {
        LocalDate start = LocalDate.parse(m.group(1));
        LocalDate end = LocalDate.parse(m.group(2));
        if (!end.isAfter(start)) {
          throw new IllegalArgumentException(EXPECTED + "; the end must be after the start");
        }
        return new DateInterval(start, end);
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(EXPECTED, e);
    }
    throw new IllegalArgumentException(EXPECTED);
  }

  /** Every day of the interval, in order. */
  public List<LocalDate> dates() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  /** The number of days. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(end);
  }

  /** The shortest accepted form: {@code 2024}, {@code 2024-01}, or the custom form. */
  @Override
  public String toString() {
    if (start.getDayOfYear() == 1 && end.equals(start.plusYears(1))) {
      return String.format("%04d", start.getYear());
    }
    if (start.getDayOfMonth() == 1 && end.equals(start.plusMonths(1))) {
      return String.format("%04d-%02d", start.getYear(), start.getMonthValue());
    }
    if (end.equals(start.plusDays(1))) {
      return start.toString();
    }
    return start + "-" + end;
  }
}
