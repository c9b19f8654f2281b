"""Keyboard-wedge (USB HID) scanners: telling a scanner's burst of keys from a person typing."""

from hardware.wedge.burst import BurstDetector, KeyDecision, WedgeConfig, WedgeResult
from hardware.wedge.layout import layout_mismatch

__all__ = ["BurstDetector", "KeyDecision", "WedgeConfig", "WedgeResult", "layout_mismatch"]
