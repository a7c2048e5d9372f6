package dev.docket.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a task family: a unit of work whose instances are identified by the values
 * of their significant {@link Param parameters}.
 *
 * <p>The class needs a no-argument constructor that is not private, and a method
 * {@code void run()} or {@code void run(TaskContext)} (not private, may throw
 * {@code Exception}). Its dependencies are declared with {@link Requires}, its outputs with
 * {@link Output}. The Docket annotation processor generates, next to the class
 * {@code Foo}: {@code Foo_Builder} (create tasks in code), {@code Foo_Params} (parse and print
 * parameters) and {@code Foo_Node} (the task's place in the graph).
 *
 * <p><b>Inheritance.</b> {@code @Param}, {@code @Requires} and {@code @Output} members of
 * superclasses belong to the task as if declared in it, so an analysis can keep
 * {@code version} in an abstract base class and {@code dataset} in another. A superclass is
 * either abstract (not annotated {@code @Task}) or itself a {@code @Task}; generic superclasses
 * work ({@code @Requires C calibration} in {@code Base<C>}). Redeclaring an inherited
 * parameter with the same name and type overrides it (its default, description and
 * significance); the generated code sets both fields. The generated classes live in the task's
 * package, so an inherited member declared in another package must be {@code public}; the
 * processor says so when it is not ({@code [DocketInheritedAccess]}). Errors: an abstract
 * class annotated {@code @Task} ({@code [DocketTaskAbstract]}), a parameter redeclared with
 * another type ({@code [DocketParamOverride]}), an inherited member hidden by a field that is
 * not a parameter ({@code [DocketMemberHidden]}).
 *
 * <pre>{@code
 * @Task
 * class Selection {
 *   @Param String dataset;
 *   @Output LocalFileTarget events() { return LocalFileTarget.of("sel", dataset + ".json"); }
 *   void run() throws Exception { events().writeString("..."); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Task {
  /** The family name; default: the simple name of the class. */
  String name() default "";

  /** A namespace; when set, the family is called {@code namespace.name}. */
  String namespace() default "";

  /** One line for {@code list} and {@code --help}; default: the first sentence of the Javadoc. */
  String description() default "";
}
