"""The workflows of the Work tab, in the order of a battery's day at the site."""

from __future__ import annotations

from ui.workflows.intake_page import IntakePage

PAGES = (IntakePage,)
