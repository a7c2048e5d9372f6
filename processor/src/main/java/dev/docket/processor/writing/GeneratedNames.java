package dev.docket.processor.writing;

import com.palantir.javapoet.ClassName;
import java.util.Collection;
import java.util.Iterator;

/**
 * Every name the processor generates, in one place (the README lists the same pattern). For a
 * task {@code Foo}, nested {@code Outer.Foo} flattened to {@code Outer_Foo}, in its package:
 * {@code Foo_Params}, {@code Foo_Family}, {@code Foo_Builder}. For the compilation: the main class
 * ({@code -Adocket.main}, else {@code DocketMain} in the longest common package of the tasks)
 * and {@code <Main>_TaskIndex} beside it.
 */
public final class GeneratedNames {
  /** The value of every {@code @Generated}. */
  public static final String PROCESSOR = "dev.docket.processor.DocketProcessor";

  /** The {@code comments} of every {@code @Generated}: where the generated files are listed. */
  public static final String DOCS = "README.md#what-is-generated";

  /** The processor option that names the main class. */
  public static final String MAIN_OPTION = "docket.main";

  public static final String DEFAULT_MAIN = "DocketMain";

  public static final String SERVICE_FILE =
      "META-INF/services/" + RuntimeTypes.TASK_INDEX.reflectionName();

  private GeneratedNames() {}

  public static ClassName params(ClassName task) {
    return sibling(task, "_Params");
  }

  public static ClassName family(ClassName task) {
    return sibling(task, "_Family");
  }

  public static ClassName builder(ClassName task) {
    return sibling(task, "_Builder");
  }

  public static ClassName index(ClassName main) {
    return ClassName.get(main.packageName(), main.simpleName() + "_TaskIndex");
  }

  /** The main class from the option's value, a fully qualified name. */
  public static ClassName main(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return dot < 0
        ? ClassName.get("", qualifiedName)
        : ClassName.get(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1));
  }

  /** {@code DocketMain} in the longest common package of {@code packages}. */
  public static ClassName defaultMain(Collection<String> packages) {
    return ClassName.get(commonPackage(packages), DEFAULT_MAIN);
  }

  static String commonPackage(Collection<String> packages) {
    Iterator<String> it = packages.iterator();
    if (!it.hasNext()) {
      return "";
    }
    String[] common = it.next().split("\\.");
    int length = common.length;
    while (it.hasNext()) {
      String[] parts = it.next().split("\\.");
      int i = 0;
      while (i < length && i < parts.length && parts[i].equals(common[i])) {
        i++;
      }
      length = i;
    }
    return String.join(".", java.util.Arrays.copyOf(common, length));
  }

  private static ClassName sibling(ClassName task, String suffix) {
    return ClassName.get(task.packageName(), String.join("_", task.simpleNames()) + suffix);
  }
}
