package org.example.remote;

import dev.docket.testkit.RequiredService;

/**
 * {@link RemoteChainContract} with the outputs on the XRootD server of {@code
 * scripts/xrootd-up.sh}, through the {@code xrdfs}/{@code xrdcp} backend: on local workers, as
 * local-process jobs and as Slurm jobs, each of which finds the tools on its PATH.
 */
class XrootdRemoteChainIT extends RemoteChainContract {
  private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("XRD_PORT", "1094"));

  @Override
  protected String base() {
    RequiredService.require(RequiredService.find("xrdcp").isPresent(),
        "xrdcp is not on the PATH: install xrootd-client (Debian) and start a server with"
            + " scripts/xrootd-up.sh (as root)");
    RequiredService.require(RequiredService.accepts(PORT),
        "no XRootD server on 127.0.0.1:" + PORT + ": start one with scripts/xrootd-up.sh (as root)");
    return "root://localhost:" + PORT + "//docket-chain/";
  }
}
