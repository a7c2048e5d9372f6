#!/usr/bin/env bash
# Takes the pictures of the scheduler's page in docs/ (scheduler-page.png, scheduler-graph.png):
# runs SchedulerPageIT, which starts a scheduler, two workers and headless Chromium, and keeps
# its pictures where docket.pictures points. Needs scripts/browser-setup.sh first.
#   bash scripts/scheduler-page-screenshot.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
mvn -B -q -o verify -pl integration-tests -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=SchedulerPageIT -Dfailsafe.failIfNoSpecifiedTests=false -Ddocket.pictures="$repo/docs"
ls -l docs/scheduler-page.png docs/scheduler-graph.png
