"""Serial scales: streaming (continuous ASCII) and request / response (MT-SICS) protocols on one reconnecting link."""

from hardware.scale.protocols import PROTOCOLS, ReplyKind, ScaleReply, parse_continuous, parse_sics
from hardware.scale.reasons import SCALE_REASONS
from hardware.scale.scale import Scale, ScaleConfig, ScaleError, ScaleStatus, Weight

__all__ = [
    "PROTOCOLS",
    "SCALE_REASONS",
    "ReplyKind",
    "Scale",
    "ScaleConfig",
    "ScaleError",
    "ScaleReply",
    "ScaleStatus",
    "Weight",
    "parse_continuous",
    "parse_sics",
]
