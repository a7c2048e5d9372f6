/**
 * The central scheduler (issue #15): a server ({@code server}) that many runs on many machines
 * ask before running a task, report to, and that a web page watches; {@link SchedulerMain}
 * starts it. The runs' side is {@code client}, found by the runtime through
 * {@link java.util.ServiceLoader} when a run is given {@code --scheduler URL}.
 */
package dev.docket.backends.scheduler;
