#!/usr/bin/env bash
# Rewrite the hashed, universal lock files from pyproject.toml and requirements-build.in with uv.
#   packaging/lock.sh                        pin what is new, keep every other pin
#   packaging/lock.sh --upgrade              move every pin to the newest allowed release
#   packaging/lock.sh --upgrade-package NAME move one package (and what it needs)
# requirements-build.txt  pip, setuptools, wheel: installed first into every .venv
# requirements-run.txt    what the editor needs to run (packaging/dev.sh run)
# requirements-dev.txt    the same pins plus the test and packaging tools (packaging/dev.sh test)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
uv=${UV:-.venv/bin/uv}
[ -x "$uv" ] || uv=$(command -v uv) || { echo "lock: uv is missing; run packaging/bootstrap.sh first" >&2; exit 1; }
# --universal: one lock for every platform and Python the project allows, hashes of every file
common=(--quiet --universal --generate-hashes --python-version 3.11)
export UV_CUSTOM_COMPILE_COMMAND="packaging/lock.sh"
"$uv" pip compile "${common[@]}" "$@" packaging/requirements-build.in -o packaging/requirements-build.txt
"$uv" pip compile "${common[@]}" "$@" pyproject.toml -c packaging/requirements-build.txt \
  -o packaging/requirements-run.txt
# the dev lock keeps the run lock's pins, so both commands run the editor on the same versions
"$uv" pip compile "${common[@]}" "$@" pyproject.toml --extra dev \
  -c packaging/requirements-build.txt -c packaging/requirements-run.txt -o packaging/requirements-dev.txt
echo "lock: wrote packaging/requirements-{build,run,dev}.txt; packaging/bootstrap.sh installs them" >&2
