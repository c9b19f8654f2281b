#!/usr/bin/env bash
# The whole test suite as CI runs it: lint, the import contracts, then pytest. Any failure (pytest's exit 5,
# "no tests collected", included) fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/lint-imports
.venv/bin/python -m pytest "$@"
