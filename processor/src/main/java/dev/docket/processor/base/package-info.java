/** Small helpers shared by every stage: annotation readers, Javadoc summaries, type shapes. */
package dev.docket.processor.base;
