#!/usr/bin/env bash
# Start-up and footprint benchmark: time from exec until the responses to MCP `initialize` and
# `tools/list` have both arrived over stdio (median of RUNS runs, default 11), peak RSS at that moment (VmHWM), and size on disk.
# Compares the Native AOT binary, the JIT (framework-dependent) build of the same server, a hello-world
# MCP SDK server published as Native AOT (benchmarks/reference/HelloMcp, the binary-size reference), and a
# minimal Python stdio responder as an outside reference.
#
#   benchmarks/startup.sh [RUNS]
#
# Expects artifacts/linux-x64/aruba-noc-mcp (./publish.sh) and the JIT build
# src/ArubaNoc.Server/bin/Release/net10.0 (dotnet build src/ArubaNoc.Server -c Release). Publishes the
# hello-world reference to artifacts/reference/hello-mcp when it is missing (a few minutes, needs a C linker).
# The servers get client credentials and Central/token URLs on 127.0.0.1:9 (the discard port), so they
# start as a configured deployment would; starting and listing tools sends no request anywhere.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-11}
here="$root/benchmarks/startup"
native="$root/artifacts/linux-x64/aruba-noc-mcp"
jit_dir="$root/src/ArubaNoc.Server/bin/Release/net10.0"
jit="$jit_dir/aruba-noc-mcp"
hello_dir="$root/artifacts/reference"
hello="$hello_dir/hello-mcp"
python=$(python3 -c 'import sys; print(sys.executable)')

for file in "$native" "$jit"; do
  if [[ ! -x "$file" ]]; then
    echo "startup.sh: $file is missing; run ./publish.sh and dotnet build src/ArubaNoc.Server -c Release first." >&2
    exit 1
  fi
done

if [[ ! -x "$hello" ]]; then
  linker=$(command -v clang || command -v clang-14 || command -v gcc || true)
  if [[ -z "$linker" ]]; then
    echo "startup.sh: no C linker found to publish the hello-world reference; install clang or gcc." >&2
    exit 1
  fi
  echo "startup.sh: publishing the hello-world MCP reference to $hello_dir" >&2
  dotnet publish "$root/benchmarks/reference/HelloMcp/HelloMcp.csproj" -c Release -r linux-x64 \
    -p:CppCompilerAndLinker="$(basename "$linker")" -o "$hello_dir/obj" -warnaserror -nologo -v quiet >&2
  cp "$hello_dir/obj/hello-mcp" "$hello"
  rm -rf "$hello_dir/obj"
fi

export ARUBA_CLIENT_ID=bench-client ARUBA_CLIENT_SECRET=bench-secret
export ARUBA_BASE_URL=http://127.0.0.1:9 ARUBA_TOKEN_URL=http://127.0.0.1:9/as/token.oauth2
export DOTNET_CLI_TELEMETRY_OPTOUT=1

results=$(mktemp)
trap 'rm -f "$results"' EXIT
python3 "$here/measure_startup.py" "Native AOT" "$runs" -- "$native" >> "$results"
python3 "$here/measure_startup.py" "JIT build" "$runs" -- "$jit" >> "$results"
python3 "$here/measure_startup.py" "Hello-world MCP (AOT)" "$runs" -- "$hello" >> "$results"
python3 "$here/measure_startup.py" "Python responder" "$runs" -- "$python" "$here/minimal_mcp.py" >> "$results"

native_bytes=$(stat -c %s "$native")
# Files directly in the output folder only: a publish leaves a linux-x64/ folder with native artifacts below it.
jit_bytes=$(find "$jit_dir" -maxdepth 1 -type f -printf '%s\n' | awk '{ total += $1 } END { print total }')
hello_bytes=$(stat -c %s "$hello")
python_bytes=$(stat -c %s "$here/minimal_mcp.py")

python3 - "$results" "$native_bytes" "$jit_bytes" "$hello_bytes" "$python_bytes" "$runs" <<'PY'
import json, sys
path, runs = sys.argv[1], sys.argv[6]
native, jit, hello, script = (int(value) for value in sys.argv[2:6])
rows = [json.loads(line) for line in open(path)]
sizes = {
    "Native AOT": f"{native / 2**20:.2f} MiB (one file)",
    "JIT build": f"{jit / 2**20:.2f} MiB (bin folder, needs the .NET runtime)",
    "Hello-world MCP (AOT)": f"{hello / 2**20:.2f} MiB (one file)",
    "Python responder": f"{script / 1024:.1f} KiB script (needs Python)",
}
print(f"Start-up: exec -> initialize + tools/list answered, median of {runs} runs")
print("| Server | Tools listed | Median | Min | Max | Peak RSS (median) | Size on disk |")
print("|---|---:|---:|---:|---:|---:|---|")
for row in rows:
    print(f"| {row['label']} | {row['tools']} | {row['median_ms']:.1f} ms | {row['min_ms']:.1f} ms | {row['max_ms']:.1f} ms "
          f"| {row['median_peak_rss_kib'] / 1024:.1f} MiB | {sizes[row['label']]} |")
failed = [row["label"] for row in rows if row["exit_codes"] != [0]]
if failed:
    sys.exit(f"startup.sh: these servers did not exit with 0 after stdin closed: {', '.join(failed)}")
PY
