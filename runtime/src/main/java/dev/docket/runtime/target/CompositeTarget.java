package dev.docket.runtime.target;

import dev.docket.runtime.Target;

/**
 * A target made of the outputs of other tasks, such as a workflow's collection of its
 * branches' outputs. Those tasks lock and write their own outputs; the runner does not lock a
 * composite target, since the task that has it may wait for other processes (batch jobs) that
 * need the very same locks for its parts.
 */
public interface CompositeTarget extends Target {}
