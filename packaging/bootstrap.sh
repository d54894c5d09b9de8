#!/usr/bin/env bash
# Set up everything the editor and its tests need on a fresh Debian/Ubuntu machine:
# missing system libraries (through apt-get, when we may), then .venv with pinned packages.
# Idempotent and quick when nothing changed.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

# git: tests/git drive real repositories through the git command line (diff and merge of maps)
want_sys=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 poppler-utils qpdf git)
if [ "${1:-}" = "--gui" ]; then
  want_sys+=(xvfb xauth libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
             libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1)
fi
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${want_sys[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "bootstrap: installing system packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >/dev/null || true
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

py=${PYTHON:-}
if [ -z "$py" ]; then
  for c in python3.11 python3.12 python3.13 python3; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      py=$c; break
    fi
  done
fi
[ -n "$py" ] || { echo "bootstrap: Python 3.11 or newer is needed" >&2; exit 1; }

stamp=.venv/.cxdesigner-stamp
want=$(cat pyproject.toml packaging/constraints.txt | sha256sum | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "bootstrap: preparing .venv (first run takes a minute)" >&2
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -c packaging/constraints.txt -e ".[dev]"
  echo "$want" > "$stamp"
fi
