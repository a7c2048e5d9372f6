/**
 * {@code --workflow arc}: jobs on an ARC computing element, submitted with the ARC client tools
 * ({@code arcsub}, {@code arcstat}, {@code arcget}, {@code arckill}) from xRSL descriptions,
 * configured by {@code [arc]} in {@code docket.cfg}. Registers a
 * {@code dev.docket.runtime.spi.batch.BatchBackend} and a
 * {@code dev.docket.runtime.spi.config.ConfigSection}; depends on the runtime's SPI only.
 */
package dev.docket.backends.arc;
