#!/usr/bin/env bash
# scripts/measure-submit.sh htcondor [RUNS]: the name docs/performance.md gives its figures with.
exec "$(dirname "$0")/measure-submit.sh" htcondor "$@"
