/**
 * Formats for reading and writing targets' content as values: {@link
 * dev.docket.runtime.format.Format}. User API; depends on nothing else of Docket's.
 */
package dev.docket.runtime.format;
