"""A private CUPS server with a cups-pdf queue, started for the tests and stopped after them.

It runs from its own folder with its own socket, so it neither needs nor disturbs a system cupsd. cups-pdf is a
CUPS back-end that writes each job as a PDF; it must be run by a cupsd started as root (the back-end is mode 0700
and drops to the job's user itself), and it reads its settings from /etc/cups only, so the output is found where
/etc/cups/cups-pdf.conf puts it (``Out``, by default ``${HOME}/PDF`` of the submitting user).
"""

from __future__ import annotations

import getpass
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
QUEUE = "trace-station-pdf"


@dataclass(frozen=True)
class CupsServer:
    socket: str
    queue: str
    root: Path

    def output_folder(self) -> Path:
        home = pwd.getpwnam(getpass.getuser()).pw_dir
        out = "${HOME}/PDF"
        conf = Path("/etc/cups/cups-pdf.conf")
        if conf.exists():
            for line in conf.read_text(encoding="utf-8", errors="replace").splitlines():
                found = re.match(r"\s*Out\s+(\S+)", line)
                if found:
                    out = found.group(1)
        return Path(out.replace("${HOME}", home))

    def wait_for_pdf(self, title: str, timeout: float = 60.0) -> Path:
        """The PDF cups-pdf made for the job titled ``title`` (it names files after the title)."""
        folder = self.output_folder()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = sorted(folder.glob(f"{title}*.pdf")) if folder.exists() else []
            if found and found[0].stat().st_size > 0 and _complete(found[0]):
                return found[0]
            time.sleep(0.2)
        log = (self.root / "log" / "error_log").read_text(errors="replace")[-3000:]
        raise AssertionError(f"no PDF titled {title} in {folder} after {timeout} s; cupsd log tail:\n{log}")


def _complete(path: Path) -> bool:
    return path.read_bytes().rstrip().endswith(b"%%EOF")


def start() -> tuple[subprocess.Popen, CupsServer]:
    missing = [p for p in ("cupsd", "lpadmin", "lp") if shutil.which(p) is None and not Path(f"/usr/sbin/{p}").exists()]
    if missing or not PPD.exists() or not BACKEND.exists():
        pytest.fail(
            f"CUPS with cups-pdf is not installed (missing {missing or [str(PPD), str(BACKEND)]}): "
            "run scripts/install.sh (packages cups cups-client printer-driver-cups-pdf)"
        )
    if os.geteuid() != 0:
        pytest.skip("cups-pdf only runs under a cupsd started as root; this test run is not root")
    # A short path: the socket's name must fit in 108 bytes.
    root = Path(tempfile.mkdtemp(prefix="ts-cups-"))
    root.chmod(0o755)
    for name in ("spool", "cache", "state", "log"):
        (root / name).mkdir()
    (root / "tmp").mkdir(mode=0o1777)
    (root / "tmp").chmod(0o1777)  # filters run as lp and need a temporary folder they can write
    sock = str(root / "cups.sock")
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {root}/spool\nCacheDir {root}/cache\nStateDir {root}/state\n"
        f"TempDir {root}/tmp\nAccessLog {root}/log/access_log\nErrorLog {root}/log/error_log\n"
        f"PageLog {root}/log/page_log\nPrintcap {root}/printcap\nUser lp\nGroup lp\nSystemGroup root lpadmin\n"
    )
    (root / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel info\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    process = subprocess.Popen(
        ["cupsd", "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    server = CupsServer(sock, QUEUE, root)
    deadline = time.monotonic() + 20
    while not Path(sock).exists():
        if process.poll() is not None or time.monotonic() > deadline:
            output = process.stdout.read().decode(errors="replace") if process.stdout else ""
            log = root / "log" / "error_log"
            pytest.fail(f"cupsd did not start: {output} {log.read_text() if log.exists() else ''}")
        time.sleep(0.1)
    subprocess.run(
        ["lpadmin", "-h", sock, "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
        check=True,
        capture_output=True,
    )
    return process, server


def stop(process: subprocess.Popen, server: CupsServer) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)
    shutil.rmtree(server.root, ignore_errors=True)
