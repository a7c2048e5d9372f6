/**
 * The Docket annotation processor. {@link dev.docket.processor.DocketProcessor} is a thin shell
 * over its steps; each {@code @Task} class goes validate ({@code .validation}) → model
 * ({@code .model}) → generate ({@code .writing}), and only a clean validation report lets it
 * through. The aggregating files (task index, main class) are written once, after the tasks.
 */
package dev.docket.processor;
