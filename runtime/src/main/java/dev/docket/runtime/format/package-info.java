/**
 * Formats for reading and writing targets' content as values: {@link
 * dev.docket.runtime.format.Formats} has the built-in ones (text, lines, bytes, JSON, CSV,
 * properties) and finds a user's own {@link dev.docket.runtime.format.NamedFormat} by its name.
 * User API; depends on nothing else of Docket's.
 */
package dev.docket.runtime.format;
