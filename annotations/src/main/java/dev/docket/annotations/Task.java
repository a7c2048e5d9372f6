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
