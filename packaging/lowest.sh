#!/usr/bin/env bash
# Prove the lower bounds in pyproject.toml: install the lowest version every direct dependency allows
# (uv pip install --resolution lowest-direct; what they pull in comes at its newest) into a scratch venv,
# build/lowest-venv, and run the tests that need no display: the domain, storage, io and export layers
# (no Qt by the import contracts), the command line and the bundled sample. About two minutes.
# A failure here means a floor in pyproject.toml is too low: raise it to the first release that passes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash packaging/bootstrap.sh   # .venv has uv (requirements-dev.txt) and the Python to use
venv=build/lowest-venv
rm -rf "$venv"
.venv/bin/uv venv -q --python .venv/bin/python "$venv"
.venv/bin/uv pip install -q --python "$venv/bin/python" --resolution lowest-direct -e ".[dev]"
echo "lowest: $(.venv/bin/uv pip freeze --python "$venv/bin/python" 2>/dev/null | grep -i -E \
  '^(pyside6-essentials|networkx|sqlite-utils|reportlab|rl-accel|python-bidi|charset-normalizer|openpyxl|python-pptx|pytest|hypothesis|pypdf)==' \
  | tr '\n' ' ')" >&2
export QT_QPA_PLATFORM=offscreen
exec "$venv/bin/python" -m pytest -p no:cacheprovider tests/domain tests/storage tests/io tests/export \
  tests/test_cli*.py tests/test_sample.py "$@"
