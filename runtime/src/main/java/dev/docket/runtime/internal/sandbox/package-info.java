/**
 * Sandboxes at run time: which tasks run in which sandbox ({@code [<Family>] sandbox} over
 * {@code @Task(sandbox)}, {@code [sandbox] enabled}, {@code --no-sandbox}), the providers found
 * with {@link java.util.ServiceLoader}, the check of every sandbox before anything runs, and the
 * re-launch of one task through the generated main inside its sandbox ({@link
 * dev.docket.runtime.internal.sandbox.SandboxInvoker}, {@link
 * dev.docket.runtime.internal.sandbox.InsideCommand}). The runner around it (locks, retries,
 * timeout, outputs) stays the executor's.
 */
package dev.docket.runtime.internal.sandbox;
