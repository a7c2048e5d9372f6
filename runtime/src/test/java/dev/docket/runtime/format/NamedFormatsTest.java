package dev.docket.runtime.format;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.internal.store.LocalStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Formats#named}: the built-in formats and those registered through ServiceLoader. */
class NamedFormatsTest {
  @TempDir Path store;

  @BeforeEach
  void installStore() {
    LocalStore.install(store);
  }

  /** Registered only by {@link #withServices}, beside {@link ReversedText}. */
  public static final class ClashingJson implements NamedFormat<String> {
    @Override
    public String name() {
      return "json";
    }

    @Override
    public String read(InputStream in) {
      return "";
    }

    @Override
    public void write(String value, OutputStream out) {}
  }

  /** Registered only by {@link #withServices}: a format that forgot its name. */
  public static final class Nameless implements NamedFormat<String> {
    @Override
    public String name() {
      return " ";
    }

    @Override
    public String read(InputStream in) {
      return "";
    }

    @Override
    public void write(String value, OutputStream out) {}
  }

  /** Registered only by {@link #withServices}. */
  public static final class SecondReversed implements NamedFormat<String> {
    @Override
    public String name() {
      return "reversed";
    }

    @Override
    public String read(InputStream in) {
      return "";
    }

    @Override
    public void write(String value, OutputStream out) {}
  }

  @Test
  void aRegisteredFormatIsFoundByItsName() throws IOException {
    Format<String> reversed = Formats.named("reversed");
    assertThat(reversed).isInstanceOf(ReversedText.class);
    LocalFileTarget target = LocalFileTarget.of("r.txt");
    target.write(reversed, "abc");
    assertThat(Files.readString(store.resolve("r.txt"), UTF_8)).isEqualTo("cba");
    assertThat(target.read(Formats.<String>named("reversed"))).isEqualTo("abc");
  }

  @Test
  void theBuiltInFormatsAreFoundByTheirNamesToo() {
    assertThat(Formats.names())
        .containsExactly("bytes", "csv", "json", "lines", "properties", "reversed", "text")
        .inOrder();
    assertThat(Formats.<Object>named("json")).isSameInstanceAs(Formats.JSON);
    assertThat(Formats.<Object>named("csv")).isSameInstanceAs(Formats.CSV);
    assertThat(Formats.<Object>named("properties")).isSameInstanceAs(Formats.PROPERTIES);
  }

  @Test
  void anUnknownNameListsTheKnownOnesAndHowToRegisterOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Formats.named("yaml"));
    assertThat(e)
        .hasMessageThat()
        .startsWith(
            "no format is named \"yaml\"; the known ones are bytes, csv, json, lines, properties,"
                + " reversed, text. ");
    assertThat(e).hasMessageThat().contains("implements dev.docket.runtime.format.NamedFormat");
    assertThat(e).hasMessageThat().contains("@AutoService(NamedFormat.class)");
    assertThat(e)
        .hasMessageThat()
        .contains("META-INF/services/dev.docket.runtime.format.NamedFormat");
  }

  @Test
  void aFormatNamedLikeABuiltInOneIsRefused() throws Exception {
    IllegalStateException e =
        withServices(
            ClashingJson.class, () -> assertThrows(IllegalStateException.class, Formats::names));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "two formats are named \"json\": the built-in Formats.JSON and "
                + ClashingJson.class.getName() + "; give ClashingJson another name");
  }

  @Test
  void twoFormatsOfOneNameAreRefused() throws Exception {
    IllegalStateException e =
        withServices(
            SecondReversed.class,
            () -> assertThrows(IllegalStateException.class, () -> Formats.named("text")));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "two formats are named \"reversed\": " + ReversedText.class.getName() + " and "
                + SecondReversed.class.getName() + "; give SecondReversed another name");
    // Back on the usual class loader, the lookup works again.
    assertThat(Formats.names()).contains("reversed");
  }

  @Test
  void aFormatWithoutANameIsRefusedNamingItsClass() throws Exception {
    assertThat(Formats.names()).contains("reversed"); // the usual class loader's, kept
    IllegalStateException e =
        withServices(
            Nameless.class, () -> assertThrows(IllegalStateException.class, Formats::names));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(Nameless.class.getName() + ".name() returns no name; return the name that"
            + " Formats.named should find it by");
  }

  @Test
  void anotherClassLoaderIsAskedAfresh() throws Exception {
    assertThat(Formats.names()).contains("reversed");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(bare);
      // It sees no registered format, only the built-in ones.
      assertThat(Formats.names())
          .containsExactly("bytes", "csv", "json", "lines", "properties", "text").inOrder();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void withoutAContextClassLoaderTheRuntimesOwnIsAsked() {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(null);
    try {
      assertThat(Formats.names()).containsAtLeast("csv", "json", "reversed");
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /**
   * Runs {@code body} with a context class loader that registers {@code extra} besides what the
   * test class path registers.
   */
  private <T> T withServices(Class<?> extra, Callable<T> body) throws Exception {
    Path services = store.resolve("extra/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(NamedFormat.class.getName()), extra.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {store.resolve("extra").toUri().toURL()}, getClass().getClassLoader())) {
      thread.setContextClassLoader(loader);
      return body.call();
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
