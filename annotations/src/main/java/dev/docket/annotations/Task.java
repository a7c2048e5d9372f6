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
 * {@code Foo}: {@code Foo_Builder} (create tasks in code), {@code Foo_Params} (parameter
 * specifications) and {@code Foo_Family} (how the runtime creates, wires and runs the tasks, and
 * conversion from and to command-line arguments).
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
 * <p><b>Scheduling.</b> {@code priority}, {@code retries}, {@code retryDelay}, {@code timeout}
 * and {@code resources} set in code what the {@code [<Family>]} section of {@code docket.cfg}
 * sets with the keys {@code priority}, {@code retries}, {@code retry-delay}, {@code timeout}
 * and {@code resources} (luigi's {@code priority}, {@code retry_count}, {@code resources}):
 *
 * <pre>{@code
 * @Task(priority = 10, retries = 2, retryDelay = "30s", timeout = "2h",
 *       resources = {"db=1", "memory=4G", "cpu=2"})
 * class Fit { ... }
 * }</pre>
 *
 * An attribute you do not write is not set: {@code docket.cfg}, else the built-in default,
 * decides. One you write applies to every task of the family; a key of the family's section in
 * {@code docket.cfg} overrides it, key by key (as a configured parameter overrides its {@code
 * defaultValue}; an empty value there, e.g. {@code timeout =}, brings back the built-in
 * default). A task that extends a {@code @Task} class inherits each attribute it does not write
 * itself (writing an empty {@code retryDelay}, {@code timeout} or {@code resources} drops the
 * inherited one). The processor checks the values when it compiles: a duration that does not parse
 * ({@code [DocketTaskRetryDelay]}, {@code [DocketTaskTimeout]}), negative {@code retries}
 * ({@code [DocketTaskRetries]}), a resource that is not {@code name=amount}
 * ({@code [DocketTaskResources]}), a resource named twice ({@code
 * [DocketTaskResourceDuplicate]}). A declared resource that asks for more than its {@code
 * [resources]} limit in {@code docket.cfg} is an error of the run, before anything runs.
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

  /**
   * Among tasks ready to run, higher runs first; ties keep graph order. Any {@code int}. Not
   * written: {@code [<Family>] priority}, else 0.
   */
  int priority() default 0;

  /**
   * Further attempts after a failure: {@code 2} runs a failing task up to 3 times. 0 or more
   * ({@code [DocketTaskRetries]} otherwise). Not written: {@code [<Family>] retries}, else 0.
   */
  int retries() default 0;

  /**
   * The wait before the first retry, doubled before each further one: a duration like {@code
   * "500ms"}, {@code "30s"}, {@code "5m"}, {@code "2h"}, {@code "1d"} or ISO {@code "PT1M30S"},
   * not negative ({@code [DocketTaskRetryDelay]} otherwise). Empty or not written: {@code
   * [<Family>] retry-delay}, else 1 s.
   */
  String retryDelay() default "";

  /**
   * The longest one attempt may run, as a duration like {@code retryDelay}, more than zero
   * ({@code [DocketTaskTimeout]} otherwise); then the task's thread is interrupted and the
   * attempt fails. Empty or not written: {@code [<Family>] timeout}, else no limit.
   */
  String timeout() default "";

  /**
   * What one task holds while it runs, one {@code "name=amount"} per resource, e.g. {@code
   * {"db=1", "memory=4G"}}; the amount is a whole number, optionally with K, M, G or T, as in
   * {@code [resources]} ({@code [DocketTaskResources]} otherwise; a name given twice: {@code
   * [DocketTaskResourceDuplicate]}). Running tasks together hold at most the limits of {@code
   * [resources]} in {@code docket.cfg}; a resource without a limit is unlimited. Not written:
   * {@code [<Family>] resources}, else nothing.
   */
  String[] resources() default {};

  /**
   * The environment the task's {@code run()} runs in, as {@code "kind::argument"}: {@code
   * "bash::setup.sh"} (a setup script sourced first), {@code "venv::.venv"} (a Python virtual
   * environment), {@code "docker::local/analysis:1"}, {@code "podman::..."}, {@code
   * "singularity::..."}, {@code "apptainer::..."}, {@code "bwrap::<root directory>"}. The run
   * re-launches the task there through the generated main; planning, locks and the check of its
   * outputs stay outside. An unknown kind or a malformed value does not compile ({@code
   * [DocketTaskSandbox]}). Empty or not written: {@code [<Family>] sandbox}, else none; {@code
   * [<Family>] sandbox} overrides it, and {@code --no-sandbox} runs in place. A subclass inherits
   * it unless it writes its own (an empty one drops it). See {@code docs/sandboxes.md}.
   */
  String sandbox() default "";
}
