/**
 * Not API: may change without notice. Starting a task's program as make does (glibc's
 * {@code posix_spawnp}, waited for on the calling thread), for {@code dev.docket.runtime.Command};
 * where that is not available, {@code Command} uses the JDK's {@code ProcessBuilder}.
 *
 * <p>Depends on JNA only.
 */
package dev.docket.runtime.internal.spawn;
