"""A streaming XLSX writer for one sheet of text and numbers, stdlib only.

openpyxl's write-only mode builds an object per cell and serialises it through an XML library: about 190 µs a
ledger record, 11 s for a busy year. Here a row is joined from remembered cell fragments (a ledger repeats its
names, codes and dates) and deflated as it goes, at level 1: the sheet is mostly repetition, and a harder level
costs more time than it saves bytes. Texts go to the shared-string table, each distinct one once, written after
the sheet; that table and a bounded cache of cells per column are all that is held in memory.

Payload text stays data: never a formula whatever it starts with, XML-escaped, characters XML 1.0 cannot hold
replaced by U+FFFD, and a literal ``_xHHHH_`` escaped so that Excel does not decode it as a character.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from operator import getitem
from pathlib import Path
from typing import IO, Any

MAX_ROWS = 1_048_576  # Excel's limit, header included; rows past it would be dropped when the file is opened
_FLUSH_ROWS = 512
_CELL_CACHE = 65_536  # cells remembered per column; bounded, since a column of unique codes gains nothing

# XML 1.0 allows tab, newline and carriage return below U+0020, no lone surrogates, and not U+FFFE / U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Excel decodes _xHHHH_ in cell text to a character; _x005F_ is its escape for the underscore itself.
_OOXML_ESCAPE = re.compile("_(?=x[0-9A-Fa-f]{4}_)")
# What needs escaping, in one class: scanning for it is most of the cost of a text that needs none.
_NEEDS_ESCAPE = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Stands for the row number in a remembered cell until its row is joined; never in a cell's own bytes.
_ROW = b"\x01"
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CONTENT_TYPES = (
    _XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_MIME}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_MIME}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_MIME}.sharedStrings+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_MIME}.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
)


def write_sheet(
    target: Path,
    sheet_name: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    number_formats: Mapping[int, str] | None = None,
    text: Callable[[str], str] | None = None,
) -> int:
    """Write a one-sheet workbook: ``header`` then ``rows``; returns the number of rows after the header.

    A cell is ``None`` (left empty), a ``str`` (text) or an ``int`` / ``float`` / ``Decimal`` (a number, shown with
    ``number_formats[column]`` if given, column 0-based; a ``bool`` is the number 1 or 0). ``text`` is the caller's
    rule for payload text (e.g. the CSV's formula guard), applied once per distinct string; not to the header.
    """
    _check_sheet_name(sheet_name)
    formats = dict(number_formats or {})
    styles = {fmt: index for index, fmt in enumerate(dict.fromkeys(formats.values()), start=1)}
    strings = _SharedStrings()
    letters = [_column_letters(i) for i in range(len(header))]
    heads = [_Column(letter, "", strings, None) for letter in letters]
    columns = [_Column(letter, _style(styles, formats.get(i)), strings, text) for i, letter in enumerate(letters)]
    count = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        # What is known before the first row goes first; [Content_Types].xml leads, as Excel writes it.
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/workbook.xml", _workbook(sheet_name))
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        book.writestr("xl/styles.xml", _styles(list(styles)))
        with book.open("xl/worksheets/sheet1.xml", "w") as sheet:
            head = f'{_XML_HEAD}<worksheet xmlns="{_NS}"><sheetData>'.encode()
            buffer = [head, _row(1, heads, header)]
            for count, row in enumerate(rows, start=1):
                if count >= MAX_ROWS:
                    raise ValueError(f"more than {MAX_ROWS - 1:,} rows: Excel cannot open them on one sheet")
                buffer.append(_row(count + 1, columns, row))
                if len(buffer) >= _FLUSH_ROWS:
                    sheet.write(b"".join(buffer))
                    buffer.clear()
            buffer.append(b"</sheetData></worksheet>")
            sheet.write(b"".join(buffer))
        with book.open("xl/sharedStrings.xml", "w") as table:
            strings.write(table)
    return count


def _row(number: int, columns: list[_Column], values: Sequence[Any]) -> bytes:
    if len(values) > len(columns):
        raise ValueError(f"row {number} has {len(values)} cells, the header {len(columns)}")
    # A remembered cell is one look-up in C; only a new value calls back into Python (__missing__).
    cells = b"".join(map(getitem, columns, values))
    n = b"%d" % number
    return b'<row r="' + n + b'">' + cells.replace(_ROW, n) + b"</row>"


class _SharedStrings(dict[str, int]):
    """Each distinct text once, in first-seen order: text -> index, made on the first look-up."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[bytes] = []

    def __missing__(self, text: str) -> int:
        index = self[text] = len(self._items)
        self._items.append(_string_item(text))
        return index

    def write(self, out: IO[bytes]) -> None:
        out.write(f'{_XML_HEAD}<sst xmlns="{_NS}" uniqueCount="{len(self._items)}">'.encode())
        for start in range(0, len(self._items), 4096):
            out.write(b"".join(self._items[start : start + 4096]))
        out.write(b"</sst>")


class _Column(dict[Any, bytes]):
    """One column's cells as bytes by value, with ``_ROW`` where the row number goes; a new value is made on the
    first look-up. Equal numbers share a cell (1, 1.0 and True are one key): the same number to a spreadsheet."""

    def __init__(self, letters: str, style: str, strings: _SharedStrings, text: Callable[[str], str] | None) -> None:
        super().__init__({None: b""})
        self._text_open = f'<c r="{letters}\x01" t="s"><v>'.encode()
        self._number_open = f'<c r="{letters}\x01"{style}><v>'.encode()
        self._strings, self._text = strings, text

    def __missing__(self, value: Any) -> bytes:
        if isinstance(value, str):
            cell = b"%s%d</v></c>" % (self._text_open, self._strings[self._text(value) if self._text else value])
        else:
            cell = b"%s%s</v></c>" % (self._number_open, _number(value).encode())
        if len(self) >= _CELL_CACHE:
            self.clear()
            self[None] = b""
        self[value] = cell
        return cell


def _string_item(text: str) -> bytes:
    """``<si><t>…</t></si>`` for one text, escaped for XML and for Excel."""
    if not (_NEEDS_ESCAPE.search(text) or "_x" in text or text[:1].isspace() or text[-1:].isspace()):
        return f"<si><t>{text}</t></si>".encode()
    text = _NOT_XML.sub("\ufffd", text)
    # Excel drops leading and trailing blanks unless the element says to keep them.
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    # A carriage return as a character reference: a literal one is read back as a newline.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return f"<si><t{space}>{_OOXML_ESCAPE.sub('_x005F_', text)}</t></si>".encode()


def _number(value: Any) -> str:
    if not isinstance(value, int | float | Decimal):
        raise TypeError(f"an XLSX cell holds text or a number, not {type(value).__name__}: {value!r}")
    if isinstance(value, int):
        return str(int(value))
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    return repr(value) if isinstance(value, float) else str(value)


def _style(styles: dict[str, int], number_format: str | None) -> str:
    return f' s="{styles[number_format]}"' if number_format else ""


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _check_sheet_name(name: str) -> None:
    bad = _SHEET_NAME_BAD.search(name) or _NOT_XML.search(name) or name.startswith("'") or name.endswith("'")
    if not 0 < len(name) <= 31 or bad:
        raise ValueError(f"not a valid sheet name: {name!r}")


def _attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _workbook(sheet_name: str) -> str:
    return (
        _XML_HEAD + f'<workbook xmlns="{_NS}" xmlns:r="{_REL}"><sheets>'
        f'<sheet name="{_attribute(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )


def _styles(formats: list[str]) -> str:
    """Style 0 is the default; style n (1-based) shows custom number format n (ids from 164, Excel's first free)."""
    num_fmts = "".join(
        f'<numFmt numFmtId="{164 + i}" formatCode="{_attribute(code)}"/>' for i, code in enumerate(formats)
    )
    xfs = "".join(
        f'<xf numFmtId="{164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        for i in range(len(formats))
    )
    return (
        _XML_HEAD
        + f'<styleSheet xmlns="{_NS}">'
        + (f'<numFmts count="{len(formats)}">{num_fmts}</numFmts>' if formats else "")
        + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{1 + len(formats)}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>{xfs}'
        '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )
