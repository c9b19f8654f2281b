#!/usr/bin/env bash
# Installs everything Trace Station needs on Debian/Ubuntu: system libraries (apt), a virtual environment in
# .venv and the station itself with its test tools. Used by the README, by .ci/run and by developers alike, so
# that a step done by hand never hides in a green run. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3 python3-venv python3-dev build-essential
  # Qt (PySide6) runtime on a bare Debian, printing and multimedia
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libcups2 libpulse0 libxrandr2
  # a real X display (Xvfb) for screenshots and manual runs
  xvfb libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1
  # barcode decoding (pyzbar loads libzbar), Chinese glyphs, PDF to pixels in tests, SQLite shell for support
  libzbar0 fonts-wqy-microhei fonts-dejavu-core poppler-utils sqlite3
  # printing: CUPS and its lp client, and cups-pdf, the PDF printer the printing tests print to
  cups cups-client printer-driver-cups-pdf
  # the verdict sounds (aplay)
  alsa-utils
  # the central server's database: the server tests start a private throw-away cluster from these binaries
  postgresql
  # a real headless browser for the certificate verification page's tests
  chromium chromium-driver
)

if [ "${SKIP_APT:-0}" != "1" ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"Python 3.11 or newer is needed, found {sys.version.split()[0]}")
PY
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
# The window's translations: .qm files are built here from the committed .ts sources.
.venv/bin/python scripts/translations.py build
echo "Trace Station installed in $(pwd)/.venv"
