/**
 * Running a planned graph: a scheduler over a pool of workers, task outcomes, progress lines and
 * the end-of-run summary.
 */
package dev.docket.runtime.exec;
