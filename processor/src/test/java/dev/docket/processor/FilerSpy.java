package dev.docket.processor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Runs a {@link DocketProcessor} through a {@code Filer} that records the originating elements
 * of every source file (compile-testing does not show them), and that can fail on one file with
 * an exception the real Filer never throws: the only way a test can make the processor meet an
 * unexpected exception without a hook in the processor itself.
 */
final class FilerSpy implements Processor {
  private final Processor delegate = new DocketProcessor();
  private final String failingFile;
  private final RuntimeException failure;
  /** Generated source name → simple names of its originating elements. */
  private final Map<String, List<String>> origins = new LinkedHashMap<>();

  private FilerSpy(String failingFile, RuntimeException failure) {
    this.failingFile = failingFile;
    this.failure = failure;
  }

  static FilerSpy recording() {
    return new FilerSpy(null, null);
  }

  /** A spy whose Filer throws {@code failure} when asked for the source {@code file}. */
  static FilerSpy failingOn(String file, RuntimeException failure) {
    return new FilerSpy(file, failure);
  }

  Map<String, List<String>> origins() {
    return origins;
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer filer = env.getFiler();
    Filer spy = proxy(Filer.class, (proxy, method, args) -> {
      if (method.getName().equals("createSourceFile")) {
        String name = args[0].toString();
        if (name.equals(failingFile)) {
          throw failure;
        }
        origins.put(name, names((Element[]) args[1]));
      }
      return invoke(method, filer, args);
    });
    delegate.init(proxy(ProcessingEnvironment.class, (proxy, method, args) ->
        method.getName().equals("getFiler") ? spy : invoke(method, env, args)));
  }

  private static List<String> names(Element[] elements) {
    return elements == null
        ? List.of()
        : java.util.Arrays.stream(elements).map(e -> e.getSimpleName().toString()).toList();
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        handler));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element,
      AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
