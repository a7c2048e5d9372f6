/**
 * Formats for reading and writing targets' content as values: {@link
 * dev.docket.runtime.format.Formats} has the built-in ones (text, lines, bytes, JSON, CSV,
 * properties) and finds a user's own {@link dev.docket.runtime.format.NamedFormat} by its name.
 * User API; depends only on {@code internal.text} (strict UTF-8, shared with {@code docket.cfg}).
 */
package dev.docket.runtime.format;
