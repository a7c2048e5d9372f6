/**
 * Not API: may change without notice. Text from bytes: strict UTF-8 decoding that says where the
 * bad bytes are ({@link dev.docket.runtime.internal.text.Utf8}).
 *
 * <p>Depends on the JDK only; the user API's {@code format} and {@code internal.config} use it.
 */
package dev.docket.runtime.internal.text;
