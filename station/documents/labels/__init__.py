"""Label templates (intake, echelon module/cell, HJ 1276 hazardous-waste container) and their outputs (ZPL, PDF).

A template turns frozen label data into a ``Layout`` in millimetres; ``zpl.render`` and ``pdf.render`` draw a
layout. Both draw the same lines of text at the same places, so a ZPL label and its PDF twin look alike.
"""
