#!/usr/bin/env python3
"""Print the performance-target table from one benchmark run.

Reads BenchmarkDotNet's full JSON reports (*-report-full.json) from RESULTS_DIR and the tables that
`ArubaNoc.Benchmarks refresh-check`, `ArubaNoc.Benchmarks delivered-rate` and `startup.sh` printed,
then prints one Markdown row per target with the measured value, the ratio and whether it passes.
A missing input gives "not measured" rows instead of failing, so a partial run still reports.

Usage: targets.py RESULTS_DIR REFRESH_LOG RATE_LOG STARTUP_LOG
"""
import glob
import json
import os
import re
import sys


def load_benchmarks(results_dir):
    """Return {(type, method, parameters): (mean ns, allocated bytes per op)}."""
    found = {}
    for path in glob.glob(os.path.join(results_dir, "*-report-full.json")):
        with open(path, encoding="utf-8") as report:
            for bench in json.load(report)["Benchmarks"]:
                stats = bench.get("Statistics")
                if not stats:
                    continue
                memory = bench.get("Memory") or {}
                found[(bench["Type"], bench["Method"], bench.get("Parameters") or "")] = (
                    stats["Mean"], memory.get("BytesAllocatedPerOperation"))
    return found


def table_rows(path, first_cell):
    """Return the cells of Markdown table rows in the file at path whose first cell is first_cell."""
    if not path or not os.path.exists(path):
        return []
    rows = []
    with open(path, encoding="utf-8") as log:
        for line in log:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if line.startswith("|") and cells[0] == first_cell:
                rows.append(cells)
    return rows


def number(text):
    return float(re.sub(r"[^0-9.+-]", "", text))


def fmt_ns(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.3f} ms"
    if ns >= 1e4:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.2f} ns"


def over(measured, limit, unit=""):
    """Describe how far measured is above limit, as both values and the percentage over."""
    formatted = f"{measured:,.0f}" if abs(measured) >= 100 else f"{measured:.3g}"
    return f"{formatted}{unit} against ≤ {limit:g}{unit}, {100 * (measured / limit - 1):,.0f} % over"


def result(checks):
    """Return "pass" when every (ok, miss text) check passed, else "miss:" and what missed, by how much."""
    misses = [text for ok, text in checks if not ok]
    return "pass" if not misses else "**miss**: " + "; ".join(misses)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    results_dir, refresh_log, rate_log, startup_log = sys.argv[1:]
    b = load_benchmarks(results_dir)
    rows = []

    def get(type_name, method, parameters=""):
        return b.get((type_name, method, parameters))

    # Expired token, 10,000 concurrent callers: exactly one token request per burst.
    refresh = table_rows(refresh_log, "Project TokenCache")
    semaphore = table_rows(refresh_log, "SemaphoreSlim double-checked")
    if refresh:
        parts = []
        checks = []
        for cells in refresh:
            bursts, total, minimum, maximum, duplicates = (int(number(c)) for c in cells[2:7])
            checks.append((minimum == 1 and maximum == 1 and duplicates == 0, f"{cells[1]}: {minimum}–{maximum} per burst"))
            checks.append((bursts >= 1000, f"{cells[1]}: only {bursts} bursts"))
            parts.append(f"{cells[1]}: {total:,} requests in {bursts:,} bursts ({minimum}–{maximum} per burst, {duplicates} duplicates)")
        reference = "; ".join(f"SemaphoreSlim {c[1]}: {c[4]}–{c[5]} per burst" for c in semaphore)
        rows.append(("Expired token, 10,000 concurrent callers", "exactly 1 request, 0 duplicates, ≥ 1,000 bursts",
                     "; ".join(parts) + (f" (reference {reference})" if reference else ""), "", result(checks)))
    else:
        rows.append(("Expired token, 10,000 concurrent callers", "exactly 1 request", "not measured", "", "-"))

    # Expired token, 1,000 callers on one refresh. Both caches fetch through the same stub (no HTTP), so the
    # allocation per burst is the cache's own cost plus the stub's gate. The 1-caller burst is one refresh
    # with no waiter.
    project = get("TokenRefreshBenchmarks", "ProjectGated", "Callers=1000")
    baseline = get("TokenRefreshBenchmarks", "SemaphoreGated", "Callers=1000")
    single = get("TokenRefreshBenchmarks", "ProjectGated", "Callers=1")
    if project and baseline and single:
        ratio = project[0] / baseline[0]
        net = project[1] - single[1]
        rows.append(("Expired token, 1,000 callers on one refresh", "≤ 0.1× SemaphoreSlim cache, ≤ 1 KB per burst",
                     f"{fmt_ns(project[0])} vs {fmt_ns(baseline[0])}; {project[1]:,} B per burst with the token request stubbed "
                     f"({single[1]:,} B for a 1-caller burst, so {net:+,} B for the other 999 callers)",
                     f"{ratio:.3f}×",
                     result([(ratio <= 0.1, f"time {over(ratio, 0.1, '×')}"),
                             (project[1] <= 1024, f"{project[1]:,} B per burst, {project[1] - 1024:,} B over 1 KB")])))

    cas = get("HotPathBenchmarks", "CompareExchange")
    clock = get("HotPathBenchmarks", "ClockRead")
    clock_text = f"; one clock read {fmt_ns(clock[0])}" if clock else ""
    read = get("HotPathBenchmarks", "ValidTokenRead")
    if cas and read:
        ratio = read[0] / cas[0]
        rows.append(("Valid-token read", "≤ 3× CAS, 0 B", f"{fmt_ns(read[0])}, {read[1]} B (CAS {fmt_ns(cas[0])}{clock_text})", f"{ratio:.2f}× CAS",
                     result([(ratio <= 3, over(ratio, 3, "×")), (read[1] == 0, f"{read[1]} B")])))

    admit = get("HotPathBenchmarks", "BreakerClosedAdmit")
    admit_record = get("HotPathBenchmarks", "BreakerClosedAdmitAndRecord")
    polly_closed = get("HotPathBenchmarks", "PollyClosedExecute")
    if cas and admit and admit_record and polly_closed:
        ratio = admit[0] / cas[0]
        polly_ratio = admit_record[0] / polly_closed[0]
        rows.append(("Breaker admit, closed", "≤ 1.5× CAS, 0 B; ≤ 0.05× Polly.Core",
                     f"admit {fmt_ns(admit[0])}, {admit[1]} B; admit + record success {fmt_ns(admit_record[0])} vs Polly {fmt_ns(polly_closed[0])} ({polly_closed[1]} B)",
                     f"{ratio:.2f}× CAS; {polly_ratio:.3f}× Polly",
                     result([(ratio <= 1.5, over(ratio, 1.5, "× CAS")), (admit[1] == 0, f"{admit[1]} B"), (polly_ratio <= 0.05, over(polly_ratio, 0.05, "× Polly"))])))

    reject = get("HotPathBenchmarks", "BreakerOpenReject")
    polly_open = get("HotPathBenchmarks", "PollyOpenReject")
    if cas and reject:
        ratio = reject[0] / cas[0]
        polly = f"; Polly open reject {fmt_ns(polly_open[0])} ({polly_open[1]} B)" if polly_open else ""
        rows.append(("Breaker reject, open", "≤ 50 ns (≤ 5× CAS), 0 B", f"{fmt_ns(reject[0])}, {reject[1]} B{polly}{clock_text}", f"{ratio:.2f}× CAS",
                     result([(reject[0] <= 50, over(reject[0], 50, " ns")), (ratio <= 5, over(ratio, 5, "× CAS")), (reject[1] == 0, f"{reject[1]} B")])))

    pair = get("RateLimiterAcquireBenchmarks", "ChannelPair")
    acquire = get("RateLimiterAcquireBenchmarks", "ProjectAcquire")
    bucket = get("RateLimiterAcquireBenchmarks", "TokenBucketAcquire")
    polly_limiter = get("RateLimiterAcquireBenchmarks", "PollyAcquire")
    if pair and acquire and polly_limiter:
        ratio = acquire[0] / pair[0]
        polly_ratio = acquire[0] / polly_limiter[0]
        bucket_text = f", TokenBucketRateLimiter {fmt_ns(bucket[0])} ({acquire[0] / bucket[0]:.2f}×)" if bucket else ""
        rows.append(("Limiter acquire, tokens available", "≤ 1× channel pair, 0 B; ≤ 0.3× Polly",
                     f"{fmt_ns(acquire[0])}, {acquire[1]} B; channel pair {fmt_ns(pair[0])}; Polly {fmt_ns(polly_limiter[0])}{bucket_text}",
                     f"{ratio:.2f}× pair; {polly_ratio:.3f}× Polly",
                     result([(ratio <= 1, over(ratio, 1, "× pair")), (acquire[1] == 0, f"{acquire[1]} B"), (polly_ratio <= 0.3, over(polly_ratio, 0.3, "× Polly"))])))

    rates = table_rows(rate_log, "10") + table_rows(rate_log, "50") + table_rows(rate_log, "100")
    if rates:
        text = "; ".join(f"{c[0]}/s → {c[3]}/s ({c[4]})" for c in rates)
        rows.append(("Limiter delivered rate, 40 waiters", "within ±5 % at 10, 50, 100 /s", text, "",
                     result([(c[5] == "yes", f"{c[0]}/s off by {c[4]}") for c in rates] + [(len(rates) == 3, "not every rate ran")])))
    else:
        rows.append(("Limiter delivered rate, 40 waiters", "within ±5 %", "not measured", "", "-"))

    bare = get("ClientPipelineBenchmarks", "BareGet")
    central = get("ClientPipelineBenchmarks", "CentralGet")
    if bare and central:
        extra_ns = central[0] - bare[0]
        extra_b = central[1] - bare[1]
        rows.append(("All client policies per request", "≤ 150 ns and ≤ 64 B beyond bare HttpClient",
                     f"CentralClient {fmt_ns(central[0])} / {central[1]:,} B vs bare {fmt_ns(bare[0])} / {bare[1]:,} B",
                     f"{extra_ns:+,.0f} ns, {extra_b:+,} B",
                     result([(extra_ns <= 150, over(extra_ns, 150, " ns")), (extra_b <= 64, over(extra_b, 64, " B"))])))

    native = table_rows(startup_log, "Native AOT")
    jit = table_rows(startup_log, "JIT build")
    python = table_rows(startup_log, "Python responder")
    if native:
        size_mib = number(native[0][6].split()[0])
        rows.append(("Native binary", "≤ 10 MiB", native[0][6], "", result([(size_mib <= 10, over(size_mib, 10, " MiB"))])))
        median = number(native[0][2])
        refs = "; ".join(f"{r[0][0]} {r[0][2]}" for r in (jit, python) if r)
        rows.append(("Exec → initialize + tools/list", "≤ 25 ms median", f"{native[0][2]} (min {native[0][3]}); {refs}",
                     f"{median / number(jit[0][2]):.3f}× JIT" if jit else "", result([(median <= 25, over(median, 25, " ms"))])))
        rss = number(native[0][5])
        measured = native[0][5]
        if jit:
            measured += f"; JIT build {jit[0][5]}"
        if python:
            measured += f"; Python {python[0][5]}"
        rows.append(("Peak RSS after tools/list", "≤ 16 MiB", measured,
                     f"{rss / number(jit[0][5]):.2f}× JIT" if jit else "", result([(rss <= 16, over(rss, 16, " MiB"))])))
    else:
        rows.append(("Native binary / start-up / peak RSS", "", "not measured", "", "-"))

    print("| What | Target | Measured | Ratio | Result |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
