"""Feedback a technician hears without looking at the screen: one distinct sound per verdict."""

from hardware.feedback.player import SoundPlayer
from hardware.feedback.tones import PATTERNS, render_wav

__all__ = ["PATTERNS", "SoundPlayer", "render_wav"]
