#!/usr/bin/env bash
# Set up everything the editor and its tests need on a fresh Debian/Ubuntu machine:
# missing system libraries (through apt-get, when we may), then .venv from the hashed lock alone.
#   bootstrap.sh [--gui] [--run]
#   --gui  also the X11 libraries and Xvfb the window needs
#   --run  only what running the editor needs (requirements-run.txt); default: the test tools too
# Idempotent and quick when nothing changed; a changed lock rebuilds .venv from scratch.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

# git: tests/git drive real repositories through the git command line (diff and merge of maps)
want_sys=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 poppler-utils qpdf git)
gui=0; profile=dev
for a in "$@"; do
  case "$a" in
    --gui) gui=1 ;;
    --run) profile=run ;;
    *) echo "bootstrap: unknown option $a" >&2; exit 2 ;;
  esac
done
if [ "$gui" = 1 ]; then
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

# The stamp holds the lock's hash and the profile installed; the dev profile contains the run profile.
stamp=.venv/.cxdesigner-stamp
locks=(packaging/requirements-build.txt packaging/requirements-run.txt packaging/requirements-dev.txt)
lock=$(cat "${locks[@]}" | sha256sum | cut -d' ' -f1)
have=$(cat "$stamp" 2>/dev/null || true)
have_lock=${have%% *}; have_profile=${have#* }
if [ ! -x .venv/bin/python ] || [ "$have_lock" != "$lock" ] || { [ "$profile" = dev ] && [ "$have_profile" != dev ]; }; then
  echo "bootstrap: preparing .venv from packaging/requirements-$profile.txt (first run takes a minute)" >&2
  if [ -e .venv ] && [ "$have_lock" != "$lock" ]; then rm -rf .venv; fi
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  pipi=(.venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes --no-deps)
  # pip and the build backend first, so the project builds without fetching anything unpinned
  "${pipi[@]}" -r packaging/requirements-build.txt
  "${pipi[@]}" -r "packaging/requirements-$profile.txt"
  rm -f .venv/.cxdesigner-project
  echo "$lock $profile" > "$stamp"
fi
# The checkout itself, editable and without dependencies (they all came from the lock), again when
# pyproject.toml changed (entry points, package list).
project=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat .venv/.cxdesigner-project 2>/dev/null)" != "$project" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
  echo "$project" > .venv/.cxdesigner-project
fi
