#!/bin/sh
# `npm test` after its pretest: unit and integration tests in two workers (each integration file
# has its own database or its own processes), then the browser tests one at a time (they share one
# server and render WebGL in software). Both tiers always run; the exit status fails if either did.
status=0
npx jest --selectProjects unit integration --maxWorkers=2 --passWithNoTests "$@" || status=1
npx jest --selectProjects browser --passWithNoTests "$@" || status=1
exit $status
