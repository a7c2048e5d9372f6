#!/usr/bin/env bash
# Headless Chromium and its chromedriver from Debian, for the scheduler page's browser test
# (integration-tests SchedulerPageIT, Selenium with the system driver: nothing is downloaded at
# run time), and graphviz's dot for `run <Task> --print-graph svg`.
# Idempotent: installs nothing that is present.
#   bash scripts/browser-setup.sh
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v dot >/dev/null || need+=(graphviz)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "browser up: $(chromium --version 2>/dev/null | head -1); $(chromedriver --version | head -1); $(dot -V 2>&1)"
