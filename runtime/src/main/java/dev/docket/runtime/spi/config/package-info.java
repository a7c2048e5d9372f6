/**
 * The SPI of {@code docket.cfg}: a part of Docket (or a backend) that reads a section declares
 * it as a {@link dev.docket.runtime.spi.config.ConfigSection} (a {@link
 * dev.docket.runtime.spi.config.SettingsSection} when checking it is reading it), registered for
 * {@link java.util.ServiceLoader}, so that the whole file is checked before anything runs; it
 * then reads its values from the checked {@link dev.docket.runtime.spi.config.DocketConfig},
 * a backend's settings through a {@link dev.docket.runtime.spi.config.SectionReader} (unknown keys,
 * syntax checks, paths and the message of a bad value, written once).
 *
 * <p>For backends and the runtime's own sections; not in the user Javadoc. Depends only on the
 * user API's {@code BadInputException}; {@code internal.config} reads the file, backends and internal packages read
 * their sections.
 */
package dev.docket.runtime.spi.config;
