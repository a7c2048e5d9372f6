/**
 * The Docket annotation processor. {@link dev.docket.processor.DocketProcessor} is a thin shell
 * over its steps; each {@code @Task} class goes validate ({@code .validation}) → model
 * ({@code .model}) → generate ({@code .writing}), and only a clean validation report lets it
 * through. The aggregating files (task index, main class) are written once, after the tasks.
 *
 * <p>Depends on its sub-packages and {@code docket-annotations}; nothing depends on it (javac
 * finds it through {@code META-INF/services}). Not API: the processor's only contract is the
 * code it generates.
 */
package dev.docket.processor;
