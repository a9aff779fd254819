#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, runs every test, and ends with the one
# line CI reads: "N passed, N failed". Exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# Both runners' JSON reports, with every test's time, kept for CI to store and for
# scripts/slowest-tests.mjs (git-ignored; not under test-results/, which Playwright empties when it starts).
results="$PWD/test-reports"
mkdir -p "$results"
rm -f "$results/vitest.json" "$results/playwright.json"
failed_steps=0
passed_steps=0

step() { # step NAME COMMAND...: a gate that is not itself a test runner counts as one test
  local name=$1; shift
  echo "==> $name"
  if "$@"; then passed_steps=$((passed_steps + 1)); else echo "FAILED: $name"; failed_steps=$((failed_steps + 1)); fi
}

if [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Debian's Chromium (Playwright cannot download browsers here)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi

echo "==> npm ci"
npm ci --no-audit --no-fund || { echo "0 passed, 1 failed"; exit 1; }

step "type check" npx tsc --noEmit -p .
step "lint and format (Biome, no warnings)" npx biome check --error-on-warnings .
echo "==> npm audit --omit=dev"
bash scripts/audit.sh
case $? in
  0) passed_steps=$((passed_steps + 1)) ;;
  3) echo "(not counted: the advisory service cannot be reached from this machine)" ;;
  *) echo "FAILED: npm audit"; failed_steps=$((failed_steps + 1)) ;;
esac

echo "==> unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json"
unit_status=$?
unit_passed=$(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests)' "$results/vitest.json" 2>/dev/null || echo 0)
unit_failed=$(node -e 'const r=require(process.argv[1]);console.log(r.numFailedTests + (r.success||r.numFailedTests? 0 : 1))' "$results/vitest.json" 2>/dev/null || echo 1)

step "static build (next build)" npm run build
# Question pages within their JavaScript budgets (first load, and before the first interaction), and no PDF or DOCX code on them.
step "JavaScript budgets" npm run budgets
# The pseudo-locale's build, which tests/e2e/pseudo-locale.spec.ts reads: every word marked as the catalogue's.
step "pseudo-locale build" npm run build:pseudo

echo "==> browser tests (Playwright, Debian Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json
e2e_status=$?
# A flaky test (failed, then passed on a retry) counts as failed: it passed only by luck.
e2e_passed=$(node -e 'const s=require(process.argv[1]).stats;console.log(s.expected)' "$results/playwright.json" 2>/dev/null || echo 0)
e2e_failed=$(node -e 'const s=require(process.argv[1]).stats;console.log(s.unexpected+s.flaky)' "$results/playwright.json" 2>/dev/null || echo 1)

# A runner that failed without counting a failed test (it could not start, a file did not load,
# the web server was not there) still counts as one failure.
[ "$unit_status" -ne 0 ] && [ "$unit_failed" -eq 0 ] && unit_failed=1
[ "$e2e_status" -ne 0 ] && [ "$e2e_failed" -eq 0 ] && e2e_failed=1
# Where the time went: the slowest tests and files of each runner (never fails the run).
node scripts/slowest-tests.mjs "$results/vitest.json" "$results/playwright.json" || true
echo "==> reports, every test's time in them: test-reports/vitest.json, test-reports/playwright.json"
# CI shows only the end of the log: name every failed test there, with the start of its message.
node scripts/failed-tests.mjs "$results/vitest.json" "$results/playwright.json"
passed=$((unit_passed + e2e_passed + passed_steps))
failed=$((unit_failed + e2e_failed + failed_steps))
echo "unit: $unit_passed passed, $unit_failed failed; browser: $e2e_passed passed, $e2e_failed failed; checks: $passed_steps passed, $failed_steps failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
