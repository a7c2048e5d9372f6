package dev.docket.backends.xrootd;

import java.net.URI;

/**
 * A {@code root://} URL split the way the tools take it: {@code xrdfs} wants the server and a
 * path on it, {@code xrdcp} the whole URL. The path is decoded ({@code %20} becomes a space): the
 * tools pass it to the server as written, they do not decode it themselves.
 *
 * @param server scheme and authority, e.g. {@code root://eosuser.cern.ch:1094}
 * @param path the absolute path on the server, one leading slash, e.g. {@code /eos/user/a b.root}
 */
record XrootdUrl(String server, String path) {
  static XrootdUrl of(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    // root://host//eos/x names /eos/x: the first slash ends the authority, the second begins
    // the absolute path; any number of them means the same to the server.
    int first = 0;
    while (first < path.length() && path.charAt(first) == '/') {
      first++;
    }
    return new XrootdUrl(url.getScheme() + "://" + url.getRawAuthority(), "/" + path.substring(first));
  }

  /** The URL {@code xrdcp} takes, with the doubled slash that makes the path absolute. */
  String copyUrl() {
    return server + "/" + path;
  }

  /** The path without a trailing slash, as the server prints it in listings. */
  String bare() {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The last part of the path; {@code .} for the server's root, which has none. */
  String name() {
    String bare = bare();
    String name = bare.substring(bare.lastIndexOf('/') + 1);
    return name.isEmpty() ? "." : name;
  }

  /** The directory that holds it. */
  String parent() {
    String bare = bare();
    int slash = bare.lastIndexOf('/');
    return slash <= 0 ? "/" : bare.substring(0, slash);
  }

  /** The same server with another path. */
  XrootdUrl withPath(String other) {
    return new XrootdUrl(server, other);
  }
}
