#!/usr/bin/env bash
# One entry point for people and CI. Each verb sets up what it needs first (packaging/bootstrap.sh).
#   packaging/dev.sh run [ARGS]    start the editor (on the bundled sample when no ARGS are given)
#   packaging/dev.sh test [ARGS]   run the whole test suite (ruff and the architecture test included)
#   packaging/dev.sh bench [ARGS]  run the benchmarks; prints a table and writes bench.json
#   packaging/dev.sh package       build the one-folder application with PyInstaller
#   packaging/dev.sh deb           the same, then dist/cxdesigner_<version>_<arch>.deb (packaging/deb.sh)
#   packaging/dev.sh translations  add new interface texts to the .ts files and rebuild the .qm files
#   packaging/dev.sh lock [ARGS]   rewrite the hashed lock after a dependency changed (packaging/lock.sh)
#   packaging/dev.sh lowest [ARGS] run the tests without a display on the lowest allowed versions
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
verb=${1:-}
[ $# -gt 0 ] && shift
case "$verb" in
  run)
    bash packaging/bootstrap.sh --gui --run
    [ $# -gt 0 ] || set -- --sample
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
      echo "No display found: starting the editor on a virtual screen (Xvfb)." >&2
      exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/cxdesigner "$@"
    fi
    exec .venv/bin/cxdesigner "$@"
    ;;
  test)
    bash packaging/bootstrap.sh
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest "$@"
    ;;
  bench)
    bash packaging/bootstrap.sh
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m tests.bench "$@"
    ;;
  package)
    bash packaging/bootstrap.sh   # the dev lock holds PyInstaller
    .venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/cxdesigner.spec
    dist/cxdesigner/cxdesigner --version
    echo "built dist/cxdesigner/ (run dist/cxdesigner/cxdesigner; see packaging/README.md)" >&2
    ;;
  deb)
    bash packaging/dev.sh package
    bash packaging/deb.sh dist/cxdesigner dist
    ;;
  translations)
    bash packaging/bootstrap.sh
    .venv/bin/python packaging/translations.py update
    .venv/bin/python packaging/translations.py release
    .venv/bin/python packaging/translations.py check || echo "Translate the new messages in resources/translations/*.ts, then run this again." >&2
    ;;
  lock)
    bash packaging/bootstrap.sh
    bash packaging/lock.sh "$@"
    bash packaging/bootstrap.sh
    ;;
  lowest)
    exec bash packaging/lowest.sh "$@"
    ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
