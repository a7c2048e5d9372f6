/**
 * The {@code bash::<setup script>} sandbox: the script is sourced by {@code bash} (its path an
 * argument, never part of a shell string), the environment it leaves is captured with {@code env
 * -0} and cached under the store's {@code .docket/sandbox/bash} until the script's content
 * changes, and each task re-launched there starts with that environment.
 */
package dev.docket.backends.sandbox.bash;
