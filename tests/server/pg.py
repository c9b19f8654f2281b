"""A private, throw-away PostgreSQL cluster for the tests: initdb into a temporary folder, a unix socket there,
no TCP port, stopped and deleted at the end. Nothing touches a system cluster.

initdb refuses to run as root, so as root (CI) the cluster belongs to the ``postgres`` user that Debian's
``postgresql`` package creates, and is run through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg2

INSTALL_HINT = "PostgreSQL is needed for the server tests: run scripts/install.sh (apt package `postgresql`)"
# Durability off: the cluster lives for one test run, and fsyncs would dominate its time.
FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
# For benchmarks: PostgreSQL's own defaults (every commit flushed), as a production server runs.
DURABLE = "-c max_connections=200"


class PostgresMissing(RuntimeError):
    pass


def find_bin_dir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    if not candidates:
        raise PostgresMissing(INSTALL_HINT)
    return Path(candidates[-1]).parent


@dataclass
class Cluster:
    bin_dir: Path
    root: Path
    user: str | None  # the OS user that runs the cluster, when we are root

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        out = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({out.returncode}): {out.stderr or out.stdout}")

    @classmethod
    def start(cls, durable: bool = False) -> Cluster:
        bin_dir = find_bin_dir()
        user = None
        if os.geteuid() == 0:
            user = "postgres"
            try:
                pw_entry = pwd.getpwnam(user)
            except KeyError as exc:
                raise PostgresMissing(f"no `postgres` OS user to run the test cluster as. {INSTALL_HINT}") from exc
        root = Path(tempfile.mkdtemp(prefix="trace-pg-"))
        if user:
            os.chown(root, pw_entry.pw_uid, pw_entry.pw_gid)
        cluster = cls(bin_dir, root, user)
        cluster._run(
            "initdb",
            "-D",
            str(cluster.data_dir),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        )
        options = f"-k {root} -c listen_addresses='' {DURABLE if durable else FAST}"
        cluster._run("pg_ctl", "-D", str(cluster.data_dir), "-o", options, "-l", str(root / "log"), "-w", "start")
        return cluster

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}"

    def admin(self) -> psycopg2.extensions.connection:
        conn = psycopg2.connect(dbname="postgres", user="postgres", host=str(self.socket_dir))
        conn.autocommit = True  # CREATE / DROP DATABASE cannot run in a transaction
        return conn

    def create_database(self, name: str, template: str = "template1") -> None:
        conn = self.admin()
        try:
            with conn.cursor() as cur:
                cur.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        finally:
            conn.close()

    def drop_database(self, name: str) -> None:
        conn = self.admin()
        try:
            with conn.cursor() as cur:
                cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            conn.close()
