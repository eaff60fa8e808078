#!/usr/bin/env bash
# Build the one-folder app on Linux: packaging/dist/rehablogg/rehablogg (+ _internal/).
#
#   packaging/build_linux.sh                 # uses .venv/bin/python if present, else python3
#   PYTHON=/path/to/python packaging/build_linux.sh
#   packaging/build_linux.sh --distpath DIR --workpath DIR   # build elsewhere (the smoke test)
#
# The Python used must have rehablogg's dependencies and PyInstaller (pip install -e '.[test]').
# Nothing is downloaded while building. Takes about 1-2 minutes on a 2-core machine.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x "$root/.venv/bin/python" ]]; then PYTHON="$root/.venv/bin/python"; else PYTHON=python3; fi
fi
cd "$root"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$here/dist" --workpath "$here/build" "$@" "$here/rehablogg.spec"
