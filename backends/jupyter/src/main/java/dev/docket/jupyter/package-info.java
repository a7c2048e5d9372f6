/**
 * A Jupyter kernel for Java with Docket on its class path: cells run in JShell, and values that
 * are Docket's (a task's status, a run's summary, outputs, plots) are shown as HTML and images.
 *
 * <p>The protocol layer is our own, on JeroMQ: a kernel needs a small part of the messaging
 * protocol (five sockets, HMAC-signed multipart messages, a dozen message types), and owning it
 * lets display updates (a run's live progress) and error messages be what we want. {@link
 * dev.docket.jupyter.KernelMain} is the entry point a kernelspec names; {@link
 * dev.docket.jupyter.Notebook} is what cells call.
 */
package dev.docket.jupyter;
