/**
 * {@code --workflow arc}: the ARC batch backend (being written, issue #13). Implements
 * {@link dev.docket.runtime.spi.batch.BatchBackend}; depends on the runtime's SPI only.
 */
package dev.docket.backends.arc;
