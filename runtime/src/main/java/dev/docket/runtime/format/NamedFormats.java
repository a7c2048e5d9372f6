package dev.docket.runtime.format;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The formats by name: the built-in ones and the {@link NamedFormat}s registered as services,
 * looked up in the thread's context class loader (the one that sees the analysis's classes).
 */
final class NamedFormats {
  /** The last lookup: a run asks with one class loader, so one entry saves a scan per read. */
  private static volatile Known last;

  private record Known(ClassLoader loader, Map<String, Format<?>> formats) {}

  private NamedFormats() {}

  static Format<?> find(String name) {
    Map<String, Format<?>> formats = all();
    Format<?> format = formats.get(name);
    if (format == null) {
      throw new IllegalArgumentException(
          "no format is named \"" + name + "\"; the known ones are " + String.join(", ",
              formats.keySet())
              + ". A format of your own is found by its name when its class implements "
              + NamedFormat.class.getName() + " and is registered as a service: annotate it with"
              + " @AutoService(NamedFormat.class), or list it in META-INF/services/"
              + NamedFormat.class.getName());
    }
    return format;
  }

  /** Sorted by name. */
  static Map<String, Format<?>> all() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = NamedFormats.class.getClassLoader();
    }
    Known known = last;
    if (known == null || known.loader() != loader) {
      known = new Known(loader, load(loader));
      last = known;
    }
    return known.formats();
  }

  private static Map<String, Format<?>> load(ClassLoader loader) {
    Map<String, Format<?>> formats = new TreeMap<>();
    for (Format<?> builtIn :
        new Format<?>[] {
          Formats.TEXT, Formats.LINES, Formats.BYTES, Formats.JSON, Formats.CSV, Formats.PROPERTIES
        }) {
      formats.put(builtIn.name(), builtIn);
    }
    for (NamedFormat<?> format : ServiceLoader.load(NamedFormat.class, loader)) {
      String name = format.name();
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(
            format.getClass().getName() + ".name() returns no name; return the name that"
                + " Formats.named should find it by");
      }
      Format<?> other = formats.putIfAbsent(name, format);
      if (other != null) {
        throw new IllegalStateException(
            "two formats are named \"" + name + "\": " + describe(other) + " and "
                + format.getClass().getName() + "; give "
                + format.getClass().getSimpleName() + " another name");
      }
    }
    return Collections.unmodifiableMap(formats);
  }

  private static String describe(Format<?> format) {
    return format instanceof NamedFormat<?>
        ? format.getClass().getName()
        : "the built-in Formats." + format.name().toUpperCase(Locale.ROOT);
  }
}
