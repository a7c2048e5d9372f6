package dev.docket.processor.base;

import com.google.auto.common.MoreTypes;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The three shapes {@code @Requires} and {@code @Output} accept: one thing, a collection of
 * things, or a map whose values are things.
 */
public final class Shapes {
  private static final ImmutableSet<String> ITERABLES =
      ImmutableSet.of(
          "java.lang.Iterable", "java.util.Collection", "java.util.List", "java.util.Set");

  private Shapes() {}

  /** How a member's value is walked in generated code. */
  public enum Kind {
    SINGLE,
    ITERABLE,
    MAP
  }

  /** A classified type: its kind and the type of the things it holds. */
  public record Shape(Kind kind, TypeMirror element) {}

  public static Optional<Shape> classify(TypeMirror type, Predicate<TypeMirror> isThing) {
    if (isThing.test(type)) {
      return Optional.of(new Shape(Kind.SINGLE, type));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = MoreTypes.asDeclared(type);
    String name = MoreTypes.asTypeElement(declared).getQualifiedName().toString();
    List<? extends TypeMirror> args = declared.getTypeArguments();
    if (ITERABLES.contains(name) && args.size() == 1) {
      return of(Kind.ITERABLE, args.get(0), isThing);
    }
    if (name.equals("java.util.Map") && args.size() == 2) {
      return of(Kind.MAP, args.get(1), isThing);
    }
    return Optional.empty();
  }

  private static Optional<Shape> of(Kind kind, TypeMirror arg, Predicate<TypeMirror> isThing) {
    TypeMirror element = arg;
    if (arg.getKind() == TypeKind.WILDCARD) {
      element = ((WildcardType) arg).getExtendsBound();
    }
    return element != null && isThing.test(element)
        ? Optional.of(new Shape(kind, element))
        : Optional.empty();
  }
}
