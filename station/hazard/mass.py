"""Masses are kept in whole grams: sums over a year of fills must balance exactly, which floats do not."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


def grams(kg: float | int | str | Decimal) -> int:
    """Kilograms as typed or read from a scale, to whole grams. ``ValueError`` for what is not a finite number."""
    if isinstance(kg, bool):
        raise ValueError("a mass is not a truth value")
    try:
        value = Decimal(str(kg).strip())
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {kg!r}") from exc
    if not value.is_finite():
        raise ValueError(f"not a finite number: {kg!r}")
    return int((value * 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def kg_text(g: int) -> str:
    """Whole grams as kilograms with three decimals, for ledgers and screens: ``12345`` -> ``12.345``."""
    sign = "-" if g < 0 else ""
    whole, rest = divmod(abs(g), 1000)
    return f"{sign}{whole}.{rest:03d}"
