/**
 * {@code docket.cfg}: finding it, reading it with Commons Configuration, {@code [core]} settings
 * and parameter defaults per task family.
 */
package dev.docket.runtime.config;
