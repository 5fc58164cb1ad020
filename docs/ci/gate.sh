#!/usr/bin/env bash
# gri-check as a pre-publication gate in CI (docs/ci.md).
#   docs/ci/gate.sh REPORT [OUT_DIR] [more gri-check check options]
# Writes every CI format into OUT_DIR (default gri-check-out), prints the terminal summary, and exits with
# gri-check's code: 0 passed, 1 gate failed, 2 usage/config error, 3 unreadable input.
# The gate itself (thresholds, waivers) is in the .gri-check.yaml found upward from REPORT.
# A baseline is used when GRI_CHECK_BASELINE (default .gri-check-baseline.json) exists.
set -uo pipefail

report=${1:?usage: gate.sh REPORT [OUT_DIR] [gri-check options]}
out=${2:-gri-check-out}
shift $(( $# >= 2 ? 2 : 1 ))
mkdir -p "$out"

args=(check "$report" --quiet
      --json "$out/gri-check.json" --sarif "$out/gri-check.sarif" --junit "$out/gri-check.junit.xml"
      --markdown "$out/gri-check.md" --github "$out/gri-check.annotations.txt" --csv "$out/gri-check.csv"
      --html "$out/gri-check.html")
baseline=${GRI_CHECK_BASELINE:-.gri-check-baseline.json}
if [[ -f "$baseline" ]]; then
  args+=(--baseline "$baseline")
fi

"${GRI_CHECK:-gri-check}" "${args[@]}" "$@"
rc=$?

if [[ $rc -le 1 && "${GITHUB_ACTIONS:-}" == "true" ]]; then
  cat "$out/gri-check.annotations.txt"            # workflow commands: annotations on the report file
  if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
    cat "$out/gri-check.md" >> "$GITHUB_STEP_SUMMARY"
  fi
fi
exit $rc
