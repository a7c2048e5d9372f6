package dev.docket.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docket.runtime.spi.CommandLine;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, checked on the compiled classes with the JDK alone: the
 * SPI uses no internal package (the internals implement and use the SPI, never the other way),
 * and no internal type shows in the user API's public signatures (a user's Javadoc and code see
 * the user API only; the user API's bodies may delegate to the internals).
 */
class ApiBoundaryTest {
  private static final String INTERNAL = "dev/docket/runtime/internal/";
  private static final List<String> USER_API = List.of("", "workflow", "format", "script", "testing");

  @Test
  void spiClassesReferToNoInternalType() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes().resolve("dev/docket/runtime/spi"))) {
      for (Path file : (Iterable<Path>) files.filter(ApiBoundaryTest::isClassFile)::iterator) {
        // Every type a class file uses is named in its constant pool, in this internal form.
        if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(INTERNAL)) {
          offenders.add(classes().relativize(file).toString());
        }
      }
    }
    assertEquals(List.of(), offenders, "SPI classes that use an internal package");
  }

  @Test
  void userApiSignaturesShowNoInternalType() throws Exception {
    List<String> offenders = new ArrayList<>();
    int checked = 0;
    for (String pkg : USER_API) {
      Path dir = classes().resolve("dev/docket/runtime/" + pkg);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files.filter(ApiBoundaryTest::isClassFile)::iterator) {
          String name = classes().relativize(file).toString().replace('/', '.');
          Class<?> type = Class.forName(name.substring(0, name.length() - 6), false, loader());
          if (isVisible(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()) {
            checked++;
            offenders.addAll(internalTypesIn(type));
          }
        }
      }
    }
    assertFalse(checked < 20, "found only " + checked + " public user-API types: wrong directory?");
    assertEquals(List.of(), offenders, "user-API signatures that show an internal type");
  }

  @Test
  void theCheckSeesAnInternalTypeInASignature() {
    // The check itself must be able to fail: a signature naming an internal type is found.
    assertEquals(1, internalTypesIn(Leaky.class).size());
  }

  /** Only for the check above. */
  public static final class Leaky {
    public dev.docket.runtime.internal.store.LocalStore store() {
      return null;
    }
  }

  private static List<String> internalTypesIn(Class<?> type) {
    List<String> found = new ArrayList<>();
    List<Type> shown = new ArrayList<>();
    shown.add(type.getGenericSuperclass());
    shown.addAll(List.of(type.getGenericInterfaces()));
    check(type.getName(), shown, found);
    for (Method method : type.getDeclaredMethods()) {
      if (isVisible(method.getModifiers()) && !method.isSynthetic()) {
        List<Type> types = signature(method);
        types.add(method.getGenericReturnType());
        check(type.getName() + "." + method.getName(), types, found);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isVisible(constructor.getModifiers())) {
        check(type.getName() + ".<init>", signature(constructor), found);
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (isVisible(field.getModifiers()) && !field.isSynthetic()) {
        check(type.getName() + "." + field.getName(), List.of(field.getGenericType()), found);
      }
    }
    return found;
  }

  private static List<Type> signature(Executable executable) {
    List<Type> types = new ArrayList<>(List.of(executable.getGenericParameterTypes()));
    types.addAll(List.of(executable.getGenericExceptionTypes()));
    return types;
  }

  private static void check(String member, List<Type> types, List<String> found) {
    for (Type type : types) {
      if (type != null && type.getTypeName().contains(INTERNAL.replace('/', '.'))) {
        found.add(member + ": " + type.getTypeName());
      }
    }
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static boolean isClassFile(Path file) {
    return file.toString().endsWith(".class");
  }

  private static ClassLoader loader() {
    return ApiBoundaryTest.class.getClassLoader();
  }

  private static Path classes() {
    try {
      // The runtime's compiled main classes (target/classes), where the SPI's CommandLine lives.
      return Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
