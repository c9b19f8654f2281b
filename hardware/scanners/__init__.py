"""Barcode scanners that are devices of their own (not keyboards): serial scanners."""

from hardware.scanners.serial_scanner import SerialScan, SerialScanner, classify

__all__ = ["SerialScan", "SerialScanner", "classify"]
