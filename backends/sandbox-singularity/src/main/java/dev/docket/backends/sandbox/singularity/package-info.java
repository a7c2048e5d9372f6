/**
 * The sandboxes {@code singularity::<image>} and {@code apptainer::<image>}: a task's {@code
 * run()} is re-launched through the generated main with {@code singularity exec} (or {@code
 * apptainer exec}) in the image, with the outside JDK, the analysis's class path and the
 * configuration bound read-only and the store writable, each at the same path as outside.
 * Settings: {@code [sandbox.singularity]} and {@code [sandbox.apptainer]} ({@code
 * SingularitySettings}, declared by {@code SingularitySection}). Registered for {@link
 * java.util.ServiceLoader} as a {@code dev.docket.runtime.spi.sandbox.SandboxProvider} and two
 * {@code dev.docket.runtime.spi.config.ConfigSection}s.
 *
 * <p>Neither program can be installed where Docket is tested: the tests run this module against
 * a stand-in {@code singularity} (test resources, {@code stand-in/singularity}) that takes the
 * same {@code exec [-B src:dst[:ro]] [--pwd dir] IMAGE command...} and runs bubblewrap over a
 * directory image. What the stand-in does not show is said in the module's README.
 */
package dev.docket.backends.sandbox.singularity;
