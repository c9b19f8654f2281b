"""Every translation carries the same placeholders as its source: a dropped {mass_g} or %1 would hide a value."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from ui.i18n import TRANSLATIONS_DIR

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_translations_keep_every_placeholder(language):
    root = ET.parse(TRANSLATIONS_DIR / f"trace_station_{language}.ts").getroot()
    differ = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        forms = [f.text or "" for f in element.findall("numerusform")] if element is not None else []
        for translation in forms or [message.findtext("translation") or ""]:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
                differ.append((source, translation))
    assert len(list(root.iter("message"))) > 100
    assert differ == []
