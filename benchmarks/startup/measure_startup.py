#!/usr/bin/env python3
"""Measure exec -> responses to MCP `initialize` and `tools/list`, and peak RSS, for one stdio server command.

Each run starts the command, sends `initialize`, waits for its response, sends
`notifications/initialized` and `tools/list`, and stops the clock when the `tools/list` response
arrives. Peak RSS is VmHWM from /proc/<pid>/status read at that moment, before stdin is closed. The
process must then exit on its own after stdin closes.

Usage: measure_startup.py LABEL RUNS -- COMMAND [ARG ...]
Prints one JSON object: label, runs, and per-run milliseconds and peak RSS in KiB, plus medians.
"""
import json
import os
import select
import statistics
import subprocess
import sys
import time

TIMEOUT_SECONDS = 30

INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": "2025-06-18", "capabilities": {},
    "clientInfo": {"name": "startup-benchmark", "version": "1.0.0"}}}
INITIALIZED = {"jsonrpc": "2.0", "method": "notifications/initialized"}
TOOLS_LIST = {"jsonrpc": "2.0", "id": 2, "method": "tools/list", "params": {}}


def send(process, message):
    process.stdin.write((json.dumps(message) + "\n").encode())
    process.stdin.flush()


def read_response(process, request_id, deadline, pending):
    """Read stdout lines until the response with request_id; return it and the unread bytes."""
    while True:
        newline = pending.find(b"\n")
        if newline >= 0:
            line, pending = pending[:newline], pending[newline + 1:]
            if line.strip():
                message = json.loads(line)
                if message.get("id") == request_id:
                    return message, pending
            continue
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no response to request {request_id} within {TIMEOUT_SECONDS} s")
        ready, _, _ = select.select([process.stdout], [], [], remaining)
        if ready:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                raise RuntimeError(f"the server closed stdout before its response to request {request_id}")
            pending += chunk


def peak_rss_kib(pid):
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("VmHWM missing from /proc status")


def run_once(command):
    started = time.perf_counter_ns()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + TIMEOUT_SECONDS
    try:
        send(process, INITIALIZE)
        _, pending = read_response(process, 1, deadline, b"")
        send(process, INITIALIZED)
        send(process, TOOLS_LIST)
        tools, _ = read_response(process, 2, deadline, pending)
        elapsed_ms = (time.perf_counter_ns() - started) / 1e6
        rss = peak_rss_kib(process.pid)
        if not isinstance(tools.get("result", {}).get("tools"), list):
            raise RuntimeError(f"tools/list returned no tools array: {tools}")
        tool_count = len(tools["result"]["tools"])
    finally:
        process.stdin.close()
    exit_code = process.wait(timeout=TIMEOUT_SECONDS)
    process.stdout.close()
    return elapsed_ms, rss, tool_count, exit_code


def main():
    if len(sys.argv) < 5 or sys.argv[3] != "--":
        sys.exit("usage: measure_startup.py LABEL RUNS -- COMMAND [ARG ...]")
    label, runs, command = sys.argv[1], int(sys.argv[2]), sys.argv[4:]

    run_once(command)  # one unmeasured run, so every measured run finds the binary in the file cache
    times, rss, tools, exits = [], [], 0, []
    for _ in range(runs):
        elapsed_ms, peak_kib, tools, exit_code = run_once(command)
        times.append(elapsed_ms)
        rss.append(peak_kib)
        exits.append(exit_code)

    print(json.dumps({
        "label": label,
        "runs": runs,
        "tools": tools,
        "median_ms": statistics.median(times),
        "min_ms": min(times),
        "max_ms": max(times),
        "median_peak_rss_kib": statistics.median(rss),
        "max_peak_rss_kib": max(rss),
        "exit_codes": sorted(set(exits)),
        "times_ms": [round(t, 2) for t in times],
    }))


if __name__ == "__main__":
    main()
