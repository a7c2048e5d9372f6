/**
 * Using an analysis from plain Java (JShell, a test, another program) instead of the command
 * line: {@link dev.docket.runtime.script.Docket} builds tasks, tells whether they are complete,
 * shows their outputs and their dependencies' status, and runs them.
 */
package dev.docket.runtime.script;
