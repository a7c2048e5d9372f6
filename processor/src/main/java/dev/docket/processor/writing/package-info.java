/**
 * One JavaPoet writer per generated file, over a shared header
 * ({@link dev.docket.processor.writing.SourceFileGenerator}); every generated name comes from
 * {@link dev.docket.processor.writing.GeneratedNames}.
 */
package dev.docket.processor.writing;
