"""Serial devices (USB-CDC, RS-232 adapters, pyserial URLs): one reconnecting line-oriented link per device."""

from hardware.serialport.link import (
    FrameKind,
    LinkConfig,
    LinkState,
    SerialFrame,
    SerialLink,
    SerialLinkError,
    open_port,
)
from hardware.serialport.reasons import SERIAL_REASONS

__all__ = [
    "SERIAL_REASONS",
    "FrameKind",
    "LinkConfig",
    "LinkState",
    "SerialFrame",
    "SerialLink",
    "SerialLinkError",
    "open_port",
]
