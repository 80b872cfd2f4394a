#!/usr/bin/env bash
# The project's test command (npm test): typecheck, build, vitest (unit, type and property tests,
# CLI and package tests against the build), the site and its browser tests, then publint and attw
# on the packed package.
# Prints a last line "tests: N passed, N failed" counting vitest tests and the five checks.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
passed=0
failed=0
step() {
  local name=$1
  shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "✖ $name failed"; fi
}

step "typecheck" npx tsc -p .
step "build" npx tsup --silent
export TIERS_PAYANT_BUILT=1
# vitest once with its JSON report; adds its counts to passed / failed.
vitest_run() {
  local report=$1
  shift
  rm -f "$report"
  "$@" --reporter=default --reporter=json --outputFile.json="$PWD/$report"
  local status=$?
  local run_passed=0 run_failed=1
  if [ -f "$report" ]; then
    read -r run_passed run_failed < <(node -e '
      const r = require(process.argv[1]);
      process.stdout.write(`${r.numPassedTests} ${r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0)}`);
    ' "./$report")
  fi
  if [ "$status" -ne 0 ] && [ "$run_failed" -eq 0 ]; then run_failed=1; fi
  passed=$((passed + run_passed))
  failed=$((failed + run_failed))
}
vitest_run reports/vitest.json npx vitest run
# The date tests again in the two zones that skipped a whole day (Apia 2011-12-30, Kiritimati
# 1994-12-31): the calendar is day arithmetic and must not depend on the process's zone.
DATE_TESTS="test/engine/calendar.test.ts test/engine/time-zones.test.ts test/rules/transmission test/rules/prescription test/rules/rights"
for zone in Pacific/Apia Pacific/Kiritimati; do
  echo "── date tests under TZ=$zone"
  # shellcheck disable=SC2086
  vitest_run "reports/vitest-${zone//\//-}.json" env TZ="$zone" npx vitest run $DATE_TESTS
done
# The static site, built from the packed package, and its tests in headless Chromium (site/test).
step "site build" bash scripts/site.sh
vitest_run reports/vitest-site.json npx vitest run --config site/vitest.config.ts
step "publint" npx publint --strict
step "attw" npx attw --pack . --profile node16

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
