#!/usr/bin/env bash
# Checks the server in demo mode with the MCP Inspector CLI, an independent client:
#   1. tools/list with --strict must report no schema portability finding, warnings included;
#   2. every listed tool must have an entry in tests/inspector/calls.txt, and every entry must name a listed tool;
#   3. each entry is called with tools/call and must succeed (no isError).
#
#   .ci/inspector-sweep.sh INSPECTOR NODE BINARY OUTPUT_DIR
set -euo pipefail

if (($# != 4)); then
  echo "usage: $0 INSPECTOR NODE BINARY OUTPUT_DIR" >&2
  exit 2
fi

inspector=$1
node=$2
binary=$3
out=$4
calls="$(cd "$(dirname "$0")/.." && pwd)/tests/inspector/calls.txt"
mkdir -p "$out"

# Inspector 2.12.0 prints each --strict finding on stderr as 'Warning: tool "name"' or 'Error: tool "name"',
# then a count line such as '0 errors, 3 warnings across 2 tools.'. It exits non-zero only for errors, so warnings are caught here.
"$inspector" --cli "$binary" --demo --method tools/list --strict < /dev/null > "$out/tools-list.json" 2> "$out/tools-list.stderr"
if grep -Eq '^(Warning|Error): tool |[0-9]+ warnings? across' "$out/tools-list.stderr"; then
  cat "$out/tools-list.stderr" >&2
  echo "tools/list --strict reported schema portability findings." >&2
  exit 1
fi

# Every listed tool needs a call entry, so a new tool cannot be left out of the sweep.
"$node" -e '
const fs = require("fs");
const listed = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).tools.map(t => t.name);
const entries = fs.readFileSync(process.argv[2], "utf8").split("\n")
  .map(line => line.trim()).filter(line => line && !line.startsWith("#")).map(line => line.split(/\s+/)[0]);
const missing = listed.filter(name => !entries.includes(name));
const unknown = entries.filter(name => !listed.includes(name));
if (listed.length === 0) { console.error("tools/list returned no tools"); process.exit(1); }
if (missing.length) console.error("Tools without an entry in tests/inspector/calls.txt: " + missing.join(", "));
if (unknown.length) console.error("Entries in tests/inspector/calls.txt for tools that are not listed: " + unknown.join(", "));
if (missing.length || unknown.length) process.exit(1);
console.log(listed.length + " tools listed, each with a call entry.");
' "$out/tools-list.json" "$calls"

failed=()
while read -r tool arguments; do
  [[ -z "$tool" || "$tool" == \#* ]] && continue
  [[ -n "$arguments" ]] || arguments='{}'
  result="$out/call-$tool.json"
  # --tool-args-json passes the values verbatim, whereas --tool-arg would turn digit-only site IDs into numbers.
  if ! "$inspector" --cli "$binary" --demo --method tools/call --tool-name "$tool" --tool-args-json "$arguments" \
    < /dev/null > "$result" 2> "$out/call-$tool.stderr"; then
    failed+=("$tool")
    echo "$tool: FAILED" >&2
    cat "$result" "$out/call-$tool.stderr" >&2
    continue
  fi
  "$node" -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const text = (r.content || []).map(c => c.text || "").join("\n");
if (r.isError) { console.error(process.argv[2] + " returned an error: " + text); process.exit(1); }
console.log(process.argv[2] + ": " + text.split("\n")[0]);
' "$result" "$tool" < /dev/null || failed+=("$tool")
done < "$calls"

if ((${#failed[@]})); then
  echo "Tool calls that failed: ${failed[*]}" >&2
  exit 1
fi
