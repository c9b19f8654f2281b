"""Refusals of a user action, as reason codes the UI words."""

from __future__ import annotations

from typing import Any


class OperationError(Exception):
    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(f"{reason} {params}" if params else reason)
        self.reason = reason
        self.params = params
