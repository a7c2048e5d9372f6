package dev.docket.processor.base;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.AnnotationValues;
import com.google.auto.common.MoreElements;
import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reads the four Docket annotations through their mirrors. The annotations have {@code CLASS}
 * retention and a required task may come from a class file, so nothing here calls
 * {@code getAnnotation(Task.class)}.
 */
public final class DocketAnnotations {
  public static final String TASK = Task.class.getCanonicalName();
  public static final String PARAM = Param.class.getCanonicalName();
  public static final String REQUIRES = Requires.class.getCanonicalName();
  public static final String OUTPUT = Output.class.getCanonicalName();

  private DocketAnnotations() {}

  public static Optional<AnnotationMirror> mirror(Element element, String annotation) {
    return MoreElements.getAnnotationMirror(element, annotation).toJavaUtil();
  }

  public static boolean has(Element element, String annotation) {
    return MoreElements.isAnnotationPresent(element, annotation);
  }

  public static boolean isTask(Element element) {
    return has(element, TASK);
  }

  /** {@code @Task}: name, namespace, description (empty when not given). */
  public record TaskAnnotation(
      AnnotationMirror mirror, String name, String namespace, String description) {
    public static TaskAnnotation read(Element type) {
      AnnotationMirror mirror = DocketAnnotations.mirror(type, TASK).orElseThrow();
      return new TaskAnnotation(
          mirror, string(mirror, "name"), string(mirror, "namespace"),
          string(mirror, "description"));
    }

    /**
     * The value of {@code attribute} when the user wrote it; empty when it is the annotation's
     * default. A scheduling attribute that is not written leaves the setting to docket.cfg.
     */
    public Optional<AnnotationValue> written(String attribute) {
      return mirror.getElementValues().entrySet().stream()
          .filter(e -> e.getKey().getSimpleName().contentEquals(attribute))
          .map(e -> (AnnotationValue) e.getValue())
          .findFirst();
    }
  }

  /**
   * {@code @Param}: the default (empty when required), with the value object so that a bad
   * default can be underlined where it is written.
   */
  public record ParamAnnotation(
      AnnotationMirror mirror,
      Optional<String> defaultValue,
      AnnotationValue defaultValueValue,
      String description,
      boolean significant,
      boolean propagate) {
    public static ParamAnnotation read(Element field) {
      AnnotationMirror mirror = DocketAnnotations.mirror(field, PARAM).orElseThrow();
      AnnotationValue value = AnnotationMirrors.getAnnotationValue(mirror, "defaultValue");
      String text = AnnotationValues.getString(value);
      return new ParamAnnotation(
          mirror,
          text.equals(Param.NO_DEFAULT) ? Optional.empty() : Optional.of(text),
          value,
          string(mirror, "description"),
          AnnotationValues.getBoolean(AnnotationMirrors.getAnnotationValue(mirror, "significant")),
          AnnotationValues.getBoolean(AnnotationMirrors.getAnnotationValue(mirror, "propagate")));
    }
  }

  private static String string(AnnotationMirror mirror, String name) {
    return AnnotationValues.getString(AnnotationMirrors.getAnnotationValue(mirror, name));
  }
}
