/**
 * The scheduler's server: Jetty 12's core handler API (no servlets), state in memory behind one
 * lock and journalled to SQLite in group commits, a token for every request, server-sent events
 * for the page. The API is documented in docs/scheduler.md (section server).
 */
package dev.docket.backends.scheduler.server;
