#!/usr/bin/env bash
# The gfal2 command line (gfal-stat, gfal-ls, gfal-copy, gfal-rm, gfal-mkdir, gfal-rename) from
# Debian, for the gfal storage backend (backends/gfal) and its tests, with the plugins those
# tests use: file:// and http(s)/dav(s)/s3 (and root:// when XRootD's client is wanted).
# Idempotent: installs nothing that is present.
#   bash scripts/gfal-setup.sh
# A site's own protocols need their plugins too, e.g. apt-get install gfal2-plugin-srm
# gfal2-plugin-gridftp gfal2-plugin-xrootd.
set -euo pipefail
PLUGINS=/usr/lib/x86_64-linux-gnu/gfal2-plugins
need=()
command -v gfal-copy >/dev/null && command -v gfal-rename >/dev/null || need+=(gfal2-util-scripts python3-gfal2-util)
[ -e "$PLUGINS/libgfal_plugin_file.so" ] || need+=(gfal2-plugin-file)
[ -e "$PLUGINS/libgfal_plugin_http.so" ] || need+=(gfal2-plugin-http)
[ -e "$PLUGINS/libgfal_plugin_xrootd.so" ] || need+=(gfal2-plugin-xrootd)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The gfal-* scripts run the first python3 on the PATH, which must import gfal2: Debian's.
GFAL_PYTHONBIN=/usr/bin/python3 gfal-ls "file:///" >/dev/null
echo "gfal2 up: $(GFAL_PYTHONBIN=/usr/bin/python3 gfal-copy --version 2>&1 | head -1)"
