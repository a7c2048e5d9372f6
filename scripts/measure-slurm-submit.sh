#!/usr/bin/env bash
# scripts/measure-submit.sh slurm [RUNS]: the name docs/performance.md gives its figures with.
exec "$(dirname "$0")/measure-submit.sh" slurm "$@"
