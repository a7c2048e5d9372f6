/**
 * {@code docket.cfg}: finding it, reading it with Commons Configuration, checking it whole
 * before anything runs ({@link dev.docket.runtime.config.ConfigCheck}; sections declared through
 * the {@link dev.docket.runtime.config.ConfigSection} SPI), {@code [core]} settings and parameter
 * defaults per task family.
 */
package dev.docket.runtime.config;
