"""Printers: raw ZPL over TCP (port 9100) and any CUPS queue through ``lp``, behind one small interface, with a
durable spool so that a job survives an offline printer and a restart. Qt-free; the QPrinter path lives in ``ui/``.
"""
