"""Translations: refresh the .ts sources from the code (developers), build the .qm files (install step).

python scripts/translations.py update   # pyside6-lupdate over ui/, keeps existing translations
python scripts/translations.py build    # pyside6-lrelease: .ts -> .qm (the .qm files are not committed)
python scripts/translations.py check    # every source string of every language is translated
python scripts/translations.py fill ZH.json  # developers: the English source as the en text, Chinese from a
                                             # {"source": "中文"} map, for each unfinished message
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
BIN = Path(sys.executable).parent


def ts_files() -> list[Path]:
    return [TS_DIR / f"trace_station_{lang}.ts" for lang in LANGUAGES]


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([BIN / "pyside6-lupdate", *sources, "-ts", *map(str, ts_files()), "-no-obsolete"], check=True)


def build() -> None:
    for ts in ts_files():
        subprocess.run([BIN / "pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def unfinished() -> dict[str, list[str]]:
    missing: dict[str, list[str]] = {}
    for ts in ts_files():
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not _translated(translation):
                missing.setdefault(ts.name, []).append(message.findtext("source") or "")
    return missing


def _translated(translation: ET.Element) -> bool:
    """Plain text, or every plural form of a %n message (one in Chinese, two in English)."""
    forms = translation.findall("numerusform")
    if forms:
        return all(form.text for form in forms)
    return bool(translation.text)


def fill(chinese: dict[str, str]) -> list[str]:
    """Finish the unfinished messages; returns the sources still without Chinese (left unfinished)."""
    left: list[str] = []
    for ts in ts_files():
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            if ts.name.endswith("_en.ts"):
                texts = [source.replace("(s)", ""), source.replace("(s)", "s")]
            elif source in chinese:
                texts = [chinese[source]]
            else:
                left.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for text in texts:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = texts[0] if not ts.name.endswith("_en.ts") else source
            del translation.attrib["type"]
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return left


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        problems = unfinished()
        for name, sources in problems.items():
            print(f"{name}: {len(sources)} untranslated, e.g. {sources[:3]}")
        sys.exit(1 if problems else 0)
    elif command == "fill" and len(sys.argv) == 3:
        missing = fill(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
        for source in missing:
            print(f"no Chinese for: {source!r}")
    else:
        sys.exit(__doc__)
