/**
 * A small analysis whose outputs lie on remote storage, file system {@code out} ({@code
 * [fs.out]} of docket.cfg): {@link RemoteEvents} → {@link RemoteSkim} (a workflow) → {@link
 * RemoteHistogram} → {@link RemoteYields}, modelled on {@code org.example.ttbar}. The
 * integration tests run it against every storage protocol.
 */
package org.example.remote;
