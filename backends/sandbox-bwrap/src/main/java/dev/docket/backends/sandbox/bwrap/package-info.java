/**
 * The sandbox {@code bwrap::<root directory>}: a task's {@code run()} is re-launched through the
 * generated main under bubblewrap, with the directory as its read-only root ({@code
 * RootLayout} makes room for mount points the directory lacks without writing into it), the
 * outside JDK, the analysis's class path and the configuration bound read-only and the store
 * writable, each at the same path as outside. Settings: {@code [sandbox.bwrap]} ({@code
 * BwrapSettings}, declared by {@code BwrapSection}). Registered for {@link
 * java.util.ServiceLoader} as a {@code dev.docket.runtime.spi.sandbox.SandboxProvider} and a
 * {@code dev.docket.runtime.spi.config.ConfigSection}.
 *
 * <p>Depends only on the runtime's SPI; nothing depends on it (it is found on the class path at
 * run time).
 */
package dev.docket.backends.sandbox.bwrap;
