/**
 * Not API: may change without notice. {@code docket.cfg}: finding it, reading it with Commons
 * Configuration, checking it whole before anything runs
 * ({@link dev.docket.runtime.internal.config.ConfigCheck}; sections declared through the
 * {@link dev.docket.runtime.spi.config.ConfigSection} SPI), {@code [core]} and
 * {@code [resources]} settings, and parameter defaults per task family.
 *
 * <p>Depends on the user API, {@code spi}, {@code spi.config}, {@code internal.exec} (the
 * settings it produces), and {@code internal.options}; the command line and
 * {@code script} use it.
 */
package dev.docket.runtime.internal.config;
