#!/usr/bin/env bash
# The project's test command: builds the solution in Release and runs every test project, then prints one
# summary line "N passed, N failed, N skipped" from the TRX results. Exits non-zero if any test failed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
results="$root/artifacts/test-results"
rm -rf "$results"

status=0
dotnet test "$root/ArubaNoc.Aot.sln" -c Release --logger "trx" --results-directory "$results" || status=$?

passed=0 failed=0 skipped=0 files=0
for trx in "$results"/*.trx; do
  [[ -e "$trx" ]] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${t:-0} - ${e:-0}))
done

echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if ((files == 0 || passed == 0)); then
  echo "No test results were produced." >&2
  exit 1
fi
exit "$status"
