/**
 * The task graph: planning from a requested task (make-like or fully expanded), one node per
 * task identity, a deterministic dependencies-first order, and tree walks for printing.
 */
package dev.docket.runtime.graph;
