#!/usr/bin/env bash
# Runs every test of the solution: the README's test command, and what CI runs (.ci/run).
# Prints one closing line "tests: N passed, N failed, N skipped" summed over all test projects.
set -euo pipefail
cd "$(dirname "$0")/.."

# The monitor page's browser test drives Debian's chromium (Playwright cannot download browsers here).
if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium for the browser test"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

# Start PostgreSQL (and settle its one-time configuration) before the test assemblies start in parallel; each also
# runs the script on first use, which is then a no-op.
bash scripts/postgres.sh >/dev/null

# Layout first: a file off the .editorconfig fails in seconds rather than after the suite (style rules fail the build).
dotnet format whitespace Proppr.sln --verify-no-changes

log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
# The multi-process cluster tests run last, on their own: their nodes must keep up with heartbeats, which the other
# test assemblies running beside them on two cores would starve.
dotnet test Proppr.sln --nologo --filter "FullyQualifiedName!~Proppr.Cluster.Tests" "$@" 2>&1 | tee "$log" || status=$?
dotnet test tests/Proppr.Cluster.Tests --nologo --no-build "$@" 2>&1 | tee -a "$log" || status=$?

# dotnet test prints one "Passed!/Failed!  - Failed: N, Passed: N, Skipped: N, Total: N" line per test assembly.
awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ { failed += $2; passed += $4; skipped += $6 }
  END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
exit "$status"
