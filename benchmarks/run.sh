#!/usr/bin/env bash
# CI's benchmark job: builds Release, runs the whole BenchmarkDotNet suite in-process with a short job,
# the two measured runs that are not BenchmarkDotNet benchmarks (token requests per burst, delivered
# limiter rate), then the start-up script, and prints the performance-target table.
#
#   benchmarks/run.sh                 everything (publishes the Native AOT binary if it is missing)
#   BENCH_FILTER='*HotPath*' benchmarks/run.sh   a subset of the BenchmarkDotNet suite
#
# Fails (non-zero) when the build fails, the filter matches no benchmark, a benchmark throws or does not
# validate, the project's token cache sends anything but one request per burst, a delivered rate is off by
# more than 5 %, or a server sends no response. Missed speed targets do not fail the job: they are reported
# in the table, because shared CI machines are too noisy to gate on nanoseconds.
# Outputs go to artifacts/benchmarks (BenchmarkDotNet reports under bdn/results).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out="$root/artifacts/benchmarks"
filter=${BENCH_FILTER:-*}
started=$(date +%s)

step() { printf '\n=== %s ===\n' "$*"; }

rm -rf "$out"
mkdir -p "$out"

step "Build (Release)"
dotnet build benchmarks/ArubaNoc.Benchmarks -c Release -nologo -v quiet
dotnet build src/ArubaNoc.Server -c Release -nologo -v quiet
if [[ ! -x artifacts/linux-x64/aruba-noc-mcp ]]; then
  ./publish.sh
fi
bench="$root/benchmarks/ArubaNoc.Benchmarks/bin/Release/net10.0/ArubaNoc.Benchmarks"

step "BenchmarkDotNet suite (in-process, short job)"
# In-process is sound here: every benchmark is single-process managed code, and the job's warm-up
# iterations let tiered compilation settle before measuring.
"$bench" --filter "$filter" --inProcess --job short --artifacts "$out/bdn" | tee "$out/suite.log"

step "Token requests per burst (1,000 bursts of 10,000 callers)"
"$bench" refresh-check 1000 10000 | tee "$out/refresh-check.md"

step "Delivered limiter rate (10 s per rate)"
"$bench" delivered-rate 10 10 50 100 | tee "$out/delivered-rate.md"

step "Start-up and footprint (median of 11 runs)"
benchmarks/startup.sh 11 | tee "$out/startup.md"

step "Results"
cat "$out"/bdn/results/*-report-github.md
echo
python3 benchmarks/targets.py "$out/bdn/results" "$out/refresh-check.md" "$out/delivered-rate.md" "$out/startup.md" | tee "$out/targets.md"
echo
echo "benchmarks/run.sh finished in $(( $(date +%s) - started )) s."
