package dev.docket.runtime.format;

/**
 * A user's own format, found by {@link Formats#named(String)}: implement it in a public class
 * with a public no-argument constructor and register the class as a service, either with
 * {@code @AutoService(NamedFormat.class)} on it or by listing it in {@code
 * META-INF/services/dev.docket.runtime.format.NamedFormat}.
 *
 * <pre>{@code
 * @AutoService(NamedFormat.class)
 * public final class YamlFormat implements NamedFormat<Map<String, Object>> {
 *   public String name() { return "yaml"; }
 *   public Map<String, Object> read(InputStream in) throws IOException { ... }
 *   public void write(Map<String, Object> value, OutputStream out) throws IOException { ... }
 * }
 *
 * Map<String, Object> cuts = target.read(Formats.named("yaml"));
 * }</pre>
 *
 * @param <T> the type of the value
 */
public interface NamedFormat<T> extends Format<T> {
  /**
   * The name it is found by, unique among the formats on the class path and different from the
   * built-in ones ({@link Formats#names()}), e.g. {@code yaml}.
   */
  @Override
  String name();
}
