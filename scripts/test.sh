#!/usr/bin/env bash
# The project's test command (npm test): typecheck, build, vitest (unit, type and property tests,
# CLI and package tests against the build), then publint and attw on the packed package.
# Prints a last line "tests: N passed, N failed" counting vitest tests and the four checks.
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
rm -f reports/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
vitest_status=$?
if [ -f reports/vitest.json ]; then
  read -r vitest_passed vitest_failed < <(node -e '
    const r = require("./reports/vitest.json");
    process.stdout.write(`${r.numPassedTests} ${r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0)}`);
  ')
else
  vitest_passed=0
  vitest_failed=1
fi
if [ "$vitest_status" -ne 0 ] && [ "$vitest_failed" -eq 0 ]; then vitest_failed=1; fi
passed=$((passed + vitest_passed))
failed=$((failed + vitest_failed))
step "publint" npx publint --strict
step "attw" npx attw --pack . --profile node16

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
