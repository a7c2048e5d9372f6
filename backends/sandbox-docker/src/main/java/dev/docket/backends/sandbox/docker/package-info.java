/**
 * The container sandboxes {@code docker::<image>} and {@code podman::<image>}: a task's {@code
 * run()} is re-launched through the generated main in a new container of the image, run by the
 * engine's command line client with an argument list ({@code run --rm}, attached), as the outside
 * user, with the outside JDK, the analysis's class path and the configuration bound read-only
 * and the store writable, each at the same path as outside. Settings: {@code [sandbox.docker]}
 * and {@code [sandbox.podman]} ({@code ContainerSettings}, declared by {@code ContainerSection}).
 * Registered for {@link java.util.ServiceLoader} as a {@code
 * dev.docket.runtime.spi.sandbox.SandboxProvider} and two {@code
 * dev.docket.runtime.spi.config.ConfigSection}s.
 *
 * <p>Depends only on the runtime's SPI ({@code spi.sandbox}, {@code spi.batch.Commands}, {@code
 * spi.config}); nothing depends on it (it is found on the class path at run time).
 */
package dev.docket.backends.sandbox.docker;
