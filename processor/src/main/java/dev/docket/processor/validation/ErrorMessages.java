package dev.docket.processor.validation;

import dev.docket.processor.model.ParamTypes;
import java.util.List;

/**
 * Every diagnostic of the processor, in one place: tests and the README's error catalogue refer
 * to these IDs, which never change meaning. A message names the element, states the rule, then
 * says how to fix it.
 */
public final class ErrorMessages {
  private ErrorMessages() {}

  // ---- @Task classes

  public static String taskKind(String type) {
    return "[DocketTaskKind] @Task " + type + " must be a class; move @Task to a class with a"
        + " no-argument constructor and a run method";
  }

  public static String taskAbstract(String type) {
    return "[DocketTaskAbstract] @Task class " + type + " must not be abstract: Docket creates"
        + " tasks with new " + type + "(); remove abstract, or remove @Task to keep " + type
        + " as a base class whose @Param, @Requires and @Output members its @Task subclasses"
        + " inherit";
  }

  public static String taskRunAccess(String type, String owner) {
    return "[DocketInheritedAccess] @Task class " + type + " inherits its run method from "
        + owner + " in another package, where it is not public, so the code Docket generates"
        + " beside " + type + " cannot call it; make run public, or override it in " + type;
  }

  public static String taskInner(String type) {
    return "[DocketTaskInner] @Task class " + type + " must not be an inner class: generated code"
        + " cannot create it without an enclosing instance; declare it static";
  }

  public static String taskPrivate(String type) {
    return "[DocketTaskPrivate] @Task class " + type + " must not be private (nor nested in a"
        + " private class): its generated classes live beside it; make it package-private";
  }

  public static String taskGeneric(String type) {
    return "[DocketTaskGeneric] @Task class " + type + " must not have type parameters: a task"
        + " family is one concrete class; make a @Task subclass for each type argument";
  }

  public static String taskConstructor(String type) {
    return "[DocketTaskConstructor] @Task class " + type + " needs a no-argument constructor that"
        + " is not private; add " + type + "() {}";
  }

  public static String taskRun(String type) {
    return "[DocketTaskRun] @Task class " + type + " needs a method void run() or"
        + " void run(TaskContext) that is neither private nor static; add"
        + " void run() throws Exception { ... }";
  }

  public static String taskDuplicateName(String type, String family, String first) {
    return "[DocketTaskDuplicateName] @Task class " + type + " has the family name '" + family
        + "', which " + first + " already has; give one of them @Task(name = \"...\") or"
        + " @Task(namespace = \"...\")";
  }

  // ---- @Task scheduling attributes: priority, retries, retryDelay, timeout, resources

  public static String taskSandbox(String type, String value, String problem) {
    return "[DocketTaskSandbox] @Task class " + type + " has sandbox = \"" + value + "\": "
        + problem + "; or leave it out to run in place (docket.cfg's [<Family>] sandbox may"
        + " still give one)";
  }

  public static String taskRetries(String type, int retries) {
    return "[DocketTaskRetries] @Task class " + type + " has retries = " + retries + ", but"
        + " retries counts the further attempts after a failure, so it must be 0 or more; write"
        + " retries = 0 for no retry, or leave it out to let docket.cfg decide";
  }

  public static String taskTimeout(String type, String value, String expected) {
    return "[DocketTaskTimeout] @Task class " + type + " has timeout = \"" + value + "\", which"
        + " is not a duration (expected " + expected + "); write e.g. timeout = \"2h\", or leave"
        + " it out for no limit";
  }

  public static String taskTimeoutNotPositive(String type, String value) {
    return "[DocketTaskTimeout] @Task class " + type + " has timeout = \"" + value + "\", but"
        + " no attempt can finish in no time; give more than 0, e.g. timeout = \"2h\", or leave"
        + " it out for no limit";
  }

  public static String taskTimeoutTooLong(String type, String value, String maximum) {
    return "[DocketTaskTimeout] @Task class " + type + " has timeout = \"" + value + "\", more"
        + " than " + maximum + ", the longest timeout a run takes; give at most " + maximum
        + ", e.g. timeout = \"2h\", or leave it out for no limit";
  }

  public static String taskRetryDelay(String type, String value, String expected) {
    return "[DocketTaskRetryDelay] @Task class " + type + " has retryDelay = \"" + value
        + "\", which is not a duration (expected " + expected + "); write e.g. retryDelay ="
        + " \"30s\", or leave it out for the default (1 s, doubling)";
  }

  public static String taskRetryDelayNegative(String type, String value) {
    return "[DocketTaskRetryDelay] @Task class " + type + " has retryDelay = \"" + value
        + "\", which is negative; give 0 or more, e.g. retryDelay = \"30s\", or leave it out"
        + " for the default (1 s, doubling)";
  }

  public static String taskResources(String type, String entry) {
    return "[DocketTaskResources] @Task class " + type + " has the resources entry \"" + entry
        + "\", which is not name=amount with a whole number as the amount, optionally with K, M,"
        + " G or T; write it like \"db=1\" or \"memory=4G\"";
  }

  public static String taskResourceDuplicate(String type, String name) {
    return "[DocketTaskResourceDuplicate] @Task class " + type + " names the resource '" + name
        + "' twice in resources; keep one entry per resource";
  }

  // ---- workflows (#5)

  public static String workflowBranch(String type) {
    return "[DocketWorkflowBranch] @Task class " + type + " implements Workflow, so it needs the"
        + " parameter that selects a branch; add @Param(defaultValue = \"-1\") int branch; (-1 is"
        + " the whole workflow)";
  }

  public static String workflowBranchParam(String type, String found) {
    return "[DocketWorkflowBranchParam] @Param field 'branch' of the workflow " + type
        + " must be a significant int with defaultValue \"-1\" (the whole workflow); found "
        + found + "; declare it as @Param(defaultValue = \"-1\") int branch";
  }

  // ---- @Param fields

  public static String paramModifier(String field, String modifier) {
    return "[DocketParamModifier] @Param field '" + field + "' must not be " + modifier
        + ": Docket sets parameters on each new task; remove " + modifier;
  }

  public static String paramType(String field, String type) {
    return "[DocketParamType] @Param field '" + field + "' has type " + type
        + ", which has no converter; use one of: " + ParamTypes.SUPPORTED;
  }

  public static String paramDefault(String field, String value, String type, String expected) {
    return "[DocketParamDefault] @Param field '" + field + "' has defaultValue \"" + value
        + "\", which is not a valid " + type + " (expected " + expected + "); fix the value, or"
        + " remove defaultValue to make the parameter required";
  }

  public static String paramCliName(String field, String option, String other) {
    return "[DocketParamCliName] @Param field '" + field + "' has the command-line name " + option
        + ", which field '" + other + "' already has; rename one of them";
  }

  public static String paramOverride(String field, String type, String owner, String otherType,
      String otherOwner) {
    return "[DocketParamOverride] @Param field '" + field + "' (" + type + ") in " + owner
        + " redeclares the parameter '" + field + "' (" + otherType + ") of " + otherOwner
        + " with another type, so --" + dev.docket.runtime.spi.param.ParamSpec.kebabCase(field)
        + " would mean two things; give it the same type to override it, or rename it";
  }

  public static String memberHidden(String field, String owner, String annotation,
      String otherOwner) {
    return "[DocketMemberHidden] field '" + field + "' of " + owner + " hides the @" + annotation
        + " field '" + field + "' of " + otherOwner + ", so the two would hold different"
        + " values; rename it, or remove it to use the inherited one"
        + (annotation.equals("Param") ? " (or annotate it @Param to override the parameter)" : "");
  }

  public static String inheritedAccess(String annotation, String kind, String member,
      String owner, String task, String taskPackage) {
    return "[DocketInheritedAccess] @" + annotation + " " + kind + " '" + member + "' of "
        + owner + " is not public, and the code Docket generates for " + task + " in package "
        + taskPackage + " cannot reach it from another package (protected is not enough:"
        + " generated classes are not subclasses); make it public, or move " + task + " into"
        + " the package of " + owner;
  }

  public static String paramReserved(String field, String option) {
    return "[DocketParamReserved] @Param field '" + field + "' has the command-line name " + option
        + ", which is an option of 'run' itself; rename the field";
  }

  // ---- @Requires fields and methods

  public static String requiresType(String kind, String member, String type) {
    return "[DocketRequiresType] @Requires " + kind + " '" + member + "' has type " + type
        + ", which is not a @Task class nor a Collection or Map of them; require a class"
        + " annotated with @Task";
  }

  public static String requiresFieldCollection(String field, String type) {
    return "[DocketRequiresType] @Requires field '" + field + "' has type " + type
        + ": a field holds exactly one @Task; for a collection or map of tasks, declare a"
        + " @Requires method that builds them with the generated builders";
  }

  public static String requiresParam(
      String field, String param, String type, String requiring, String required) {
    return "[DocketRequiresParam] @Requires field '" + field + "' needs parameter '" + param
        + "' (" + type + ") which " + requiring + " does not declare; add @Param " + type + " "
        + param + " to " + requiring + " or give it a defaultValue in " + required;
  }

  public static String requiresModifier(String kind, String member, String modifier) {
    return "[DocketRequiresModifier] @Requires " + kind + " '" + member + "' must not be "
        + modifier + ": " + (kind.equals("field")
            ? "Docket fills it when it creates the task"
            : "the generated task family calls it")
        + "; remove " + modifier;
  }

  public static String requiresArguments(String method) {
    return "[DocketRequiresArguments] @Requires method '" + method + "' must not take arguments:"
        + " Docket calls it to list the dependencies; read what it needs from @Param fields";
  }

  public static String requiresCycle(String type, List<String> edges) {
    return "[DocketRequiresCycle] @Requires fields of " + type + " form a cycle, so none of"
        + " these tasks can ever be created:\n  " + String.join("\n  ", edges)
        + "\nremove one of these @Requires";
  }

  public static String requiresNotPropagated(
      String field, String param, String requiring, String required) {
    return "[DocketRequiresParam] @Requires field '" + field + "' needs parameter '" + param
        + "' of " + required + ", which is declared @Param(propagate = false) and has no"
        + " default, so " + requiring + " cannot supply it; give it a defaultValue in "
        + required + ", or build the task in a @Requires method and set it there";
  }

  // ---- @ParamConverter classes

  public static String converterShape(String type) {
    return "[DocketConverterShape] @ParamConverter " + type + " must be a public, non-abstract,"
        + " non-generic, top-level or static nested class implementing"
        + " dev.docket.runtime.param.Converter<T> for a class T without type arguments; generated"
        + " code creates it with new " + type + "()";
  }

  public static String converterConstructor(String type) {
    return "[DocketConverterConstructor] @ParamConverter " + type + " needs a public no-argument"
        + " constructor: generated code creates it with new " + type + "(); add public " + type
        + "() {}";
  }

  public static String converterDuplicate(String type, String target, String other) {
    return "[DocketConverterDuplicate] @ParamConverter " + type + " converts " + target
        + ", which " + other + " already converts; keep one of them";
  }

  // ---- @Output methods

  public static String outputType(String method, String type) {
    return "[DocketOutputType] @Output method '" + method + "' returns " + type + ", which is"
        + " not a dev.docket.runtime.Target nor a Collection or Map of them; return a target"
        + " such as LocalFileTarget";
  }

  public static String outputArguments(String method) {
    return "[DocketOutputArguments] @Output method '" + method + "' must not take arguments:"
        + " Docket calls it to check whether the task is complete; read what it needs from"
        + " @Param fields";
  }

  public static String outputModifier(String method, String modifier) {
    return "[DocketOutputModifier] @Output method '" + method + "' must not be " + modifier
        + ": the generated task family calls it on the task; remove " + modifier;
  }

  // ---- anywhere

  public static String notInTask(String annotation, String kind, String member, String owner) {
    return "[DocketNotInTask] @" + annotation + " " + kind + " '" + member + "' is in " + owner
        + ", which is neither a @Task nor an abstract class; annotate " + owner + " with @Task,"
        + " or make it abstract to use it as a base class of tasks";
  }

  public static String mainOption(String value) {
    return "[DocketOption] Processor option -Adocket.main must be a fully qualified class name"
        + " such as org.example.ttbar.Main; found '" + value + "'";
  }

  /** A per-task file; two tasks {@code Outer.Foo} and {@code Outer_Foo} share the names. */
  public static String taskWriteFailed(String file, String reason) {
    return "[DocketWrite] Docket could not write " + file + ": " + reason + "; if another class"
        + " already has that name (a nested Outer.Foo and a class Outer_Foo both give"
        + " Outer_Foo_...), rename one of them";
  }

  /** The task index or the main class. */
  public static String writeFailed(String file, String reason) {
    return "[DocketWrite] Docket could not write " + file + ": " + reason + "; if a class of"
        + " that name already exists, rename it or set -Adocket.main";
  }

  public static String internal(String element, String stackTrace) {
    return "[DocketInternal] Docket's processor failed on " + element + ". This is a bug in"
        + " Docket; please report it with this message and the stack trace:\n" + stackTrace;
  }
}
