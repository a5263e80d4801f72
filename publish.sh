#!/usr/bin/env bash
# Publishes aruba-noc-mcp as one Native AOT executable.
#
#   ./publish.sh              linux-x64   -> artifacts/linux-x64/aruba-noc-mcp
#   ./publish.sh linux-arm64  linux-arm64 -> artifacts/linux-arm64/aruba-noc-mcp (needs an arm64 cross toolchain)
#
# Native AOT needs a C toolchain to link: clang, clang-14 or gcc (Debian: apt-get install clang zlib1g-dev).
set -euo pipefail

root=$(cd "$(dirname "$0")" && pwd)
rid=${1:-linux-x64}
case "$rid" in
  linux-x64|linux-arm64) ;;
  *) echo "publish.sh: unsupported runtime '$rid': use linux-x64 or linux-arm64." >&2; exit 2 ;;
esac

linker=""
for candidate in clang clang-14 gcc; do
  if command -v "$candidate" >/dev/null 2>&1; then
    linker=$candidate
    break
  fi
done
if [[ -z "$linker" ]]; then
  echo "publish.sh: no C linker found. Install one, for example: apt-get install -y clang zlib1g-dev" >&2
  exit 1
fi

if [[ "$rid" == linux-arm64 && "$(uname -m)" != aarch64 ]]; then
  if ! command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 && [[ "$linker" == gcc ]]; then
    echo "publish.sh: cross-compiling to linux-arm64 needs clang with an arm64 sysroot or aarch64-linux-gnu-gcc (apt-get install -y gcc-aarch64-linux-gnu)." >&2
    exit 1
  fi
fi

out="$root/artifacts/$rid"
staging="$root/artifacts/obj/publish-$rid"
rm -rf "$out" "$staging"
mkdir -p "$out"

echo "publish.sh: publishing $rid with linker $linker"
dotnet publish "$root/src/ArubaNoc.Server/ArubaNoc.Server.csproj" \
  -c Release -r "$rid" \
  -p:PublishAot=true \
  -p:CppCompilerAndLinker="$linker" \
  -o "$staging" \
  -warnaserror \
  -nologo

# Only the executable ships: no .dbg, .pdb or other files beside it.
cp "$staging/aruba-noc-mcp" "$out/aruba-noc-mcp"
rm -rf "$staging"

size=$(stat -c %s "$out/aruba-noc-mcp")
echo "publish.sh: $out/aruba-noc-mcp ($size bytes)"
