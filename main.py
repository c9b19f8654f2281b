"""Trace Station's entry point: builds the services and hands them in. With a command, the command line runs it;
without one, the station's window opens."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from decimal import Decimal

from hardware import decode_cli
from hardware.camera.rig import CameraRig, build_rig
from hardware.camera.webcam import CameraSettings
from hardware.scale import ScaleConfig
from hardware.serialport import LinkConfig
from station.cli import run
from station.settings import Settings, settings_path
from station.store.store import Store
from station.sync.history import ServerHistory
from station.sync.service import SyncService


def build_camera(store: Store, settings: Settings, override: str | None) -> CameraRig:
    """The bench camera from the settings, or from ``--camera`` / ``--demo`` for this run."""
    camera = CameraSettings(settings.get("camera.width"), settings.get("camera.height"), settings.get("camera.fps"))
    return build_rig(
        override if override is not None else settings.get("camera.source"),
        camera,
        store.ruleset().code_tables,
        settings.get("scan.duplicate_scope"),
        settings.get("scan.shift_starts"),
    )


def serial_scanner(settings: Settings) -> LinkConfig | None:
    port = settings.get("scanner.serial.port")
    return LinkConfig(port, baudrate=settings.get("scanner.serial.baudrate")) if port else None


def scale(settings: Settings) -> ScaleConfig | None:
    port = settings.get("scale.port")
    if not port:
        return None
    return ScaleConfig(
        LinkConfig(port, baudrate=settings.get("scale.baudrate")),
        protocol=settings.get("scale.protocol"),
        stable_count=max(1, settings.get("scale.stable_count")),
        # Through str: a float's binary digits must not become the tolerance.
        stable_tolerance_kg=Decimal(str(settings.get("scale.stable_tolerance_kg"))),
        zero_range_kg=Decimal(str(settings.get("scale.zero_range_kg"))),
    )


def network(store: Store) -> tuple[SyncService | None, ServerHistory | None]:
    """The background sync and the intake's history lookup of an enrolled station; neither when not enrolled."""
    remote = ServerHistory.for_store(store)
    if remote is None:
        return None, None
    return SyncService(store), remote


def open_window(store: Store, args: argparse.Namespace) -> int:
    # Imported here so that command-line use never loads Qt: the CLI runs on servers with no display libraries.
    from ui.app import run_window
    from ui.devices import DeviceBuilders

    settings = Settings(settings_path(store.path) if store.path is not None else None)
    rig = build_camera(store, settings, "demo" if args.demo else args.camera)
    sync, remote = network(store)
    return run_window(
        store,
        args.lang,
        rig,
        serial_scanner(settings),
        scale(settings),
        sync=sync,
        remote=remote,
        settings=settings,
        # Settings can change the camera later; a --camera / --demo override holds for this run only.
        builders=DeviceBuilders(
            lambda new: build_camera(store, new, "demo" if args.demo else args.camera), serial_scanner, scale
        ),
    )


def main(argv: Sequence[str] | None = None) -> int:
    return run(list(sys.argv[1:] if argv is None else argv), extra=[decode_cli], default=open_window)


if __name__ == "__main__":
    sys.exit(main())
