/**
 * The {@code venv::<path>} sandbox: a Python virtual environment, activated for the task as its
 * {@code bin/activate} would ({@code VIRTUAL_ENV}, its {@code bin} first on {@code PATH}, no
 * {@code PYTHONHOME}), so that {@code python3} and the tools installed there are the ones the
 * task's child processes find.
 */
package dev.docket.backends.sandbox.venv;
