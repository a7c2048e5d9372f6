/**
 * Small helpers shared by every stage: annotation readers, Javadoc summaries, type shapes.
 *
 * <p>Depends only on {@code dev.docket.annotations}; every other package of the processor may
 * use it.
 */
package dev.docket.processor.base;
