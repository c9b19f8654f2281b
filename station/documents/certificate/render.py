"""The certificate of disposal as an A4 PDF, Chinese and English, with its verification QR code.

Every field is escaped before it meets a Paragraph (reportlab reads Paragraph text as markup: a source company named
``A</para>`` would otherwise end the paragraph or raise), control characters become spaces, and long values wrap
anywhere (``wordWrap="CJK"``), so no field can break the layout. The canonical data is embedded as
``certificate.json``; with ``invariant`` output, rendering the same data again gives the same bytes (a reprint is
the original).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from station.documents.certificate.model import Certificate
from station.documents.fonts import FontFile, find_font, pdf_font
from station.documents.labels.layout import Code, clean
from station.documents.labels.pdf import draw_code
from station.documents.symbols import Symbology, make_symbol
from station.documents.units import to_pt

ATTACHMENT = "certificate.json"
KIND_TITLES = {
    "dismantling": ("动力蓄电池拆解证明", "Certificate of Dismantling"),
    "recycling": ("动力蓄电池再生利用证明", "Certificate of Recycling"),
    "destruction": ("动力蓄电池销毁证明", "Certificate of Destruction"),
}
KIND_NAMES = {"P": "电池包 Pack", "M": "模组 Module", "C": "单体 Cell"}
MARGIN = 16 * mm
QR_MM = 38.0


def render(certificate: Certificate, qr_text: str, font: FontFile | None = None) -> bytes:
    font = font or find_font()
    styles = _Styles(pdf_font(font))
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=f"{KIND_TITLES[certificate.kind][1]} {certificate.number}",
        author=clean(certificate.issuer.name),
        creator="Trace Station",
        subject=certificate.sha256,
        invariant=1,
    )
    frame = Frame(MARGIN, MARGIN + 6 * mm, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 6 * mm, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=lambda c, d: _footer(c, d, certificate, styles.font))])
    doc.build(_story(certificate, qr_text, styles), canvasmaker=_attaching(certificate.canonical().encode("utf-8")))
    return buffer.getvalue()


class _Styles:
    def __init__(self, font: str) -> None:
        self.font = font
        self.title = ParagraphStyle("title", fontName=font, fontSize=17, leading=22, wordWrap="CJK")
        self.subtitle = ParagraphStyle("subtitle", fontName=font, fontSize=11, leading=15, wordWrap="CJK")
        self.heading = ParagraphStyle(
            "heading", fontName=font, fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3, wordWrap="CJK"
        )
        self.body = ParagraphStyle("body", fontName=font, fontSize=8.6, leading=11.2, wordWrap="CJK")
        self.small = ParagraphStyle("small", fontName=font, fontSize=7.4, leading=9.4, wordWrap="CJK")


def text(value: object) -> str:
    """A field as Paragraph text: control characters out, markup characters escaped, so it prints as typed."""
    return escape(clean("" if value is None else str(value)))


def _story(c: Certificate, qr_text: str, s: _Styles) -> list[Flowable]:
    zh, en = KIND_TITLES[c.kind]
    status = f"第 {c.version} 版 Version {c.version}"
    if c.replaces_version:
        status += f"（取代第 {c.replaces_version} 版 / replaces version {c.replaces_version}）"
    heading = [
        Paragraph(text(zh), s.title),
        Paragraph(text(en), s.subtitle),
        Spacer(1, 3 * mm),
        Paragraph(f"证明编号 No. {text(c.number)}", s.body),
        Paragraph(f"签发时间 Issued {text(c.issued_at)} (UTC)", s.body),
        Paragraph(text(status), s.body),
        Paragraph(f"数据摘要 SHA-256 {text(c.sha256)}", s.small),
    ]
    qr = _Qr(qr_text, QR_MM)
    top = Table([[heading, [qr, Paragraph("扫码核验 Scan to verify", s.small)]]], colWidths=[None, QR_MM * mm + 4])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [top]
    issuer = c.issuer
    story += _pairs(
        "签发单位 Issuer",
        [
            ("名称 Name", issuer.name),
            ("统一社会信用代码 Credit code", issuer.uscc),
            ("地址 Address", issuer.address),
            ("许可证 Licences", "；".join(issuer.licences)),
            ("发证机关 Authority", issuer.authority),
        ],
        s,
    )
    story += _pairs(
        "来源 Source",
        [
            ("名称 Name", c.source.name),
            ("统一社会信用代码 Credit code", c.source.uscc),
            ("地址 Address", c.source.address),
            ("来源单据 Source document", c.source_document),
        ],
        s,
    )
    pack = c.pack
    modules = sum(1 for i in c.items if i.kind == "M")
    cells = sum(1 for i in c.items if i.kind == "C")
    story += _pairs(
        "电池 Battery",
        [
            ("电池包编码 Pack code", pack.code),
            ("车辆识别代号 VIN", c.vin),
            ("生产企业 Maker", pack.maker),
            ("化学体系 Chemistry", pack.chemistry),
            ("实测质量 Measured mass", _kg(pack.mass_kg)),
            ("组成 Contents", f"模组 {modules} modules，单体 {cells} cells"),
        ],
        s,
    )
    if c.inspection:
        story += _pairs("拆解前检查 Inspection", list(c.inspection), s)
    story += _table(
        "处理过程 Treatment",
        ["步骤 Step", "日期 Date", "操作人 Operator", "说明 Detail"],
        [[st.name, st.date, st.operator, st.detail] for st in c.steps],
        [0.24, 0.16, 0.2, 0.4],
        s,
    )
    story += _table(
        "产出物 Outputs",
        ["产出物 Fraction", "质量 Mass (kg)", "危废代码 HW code"],
        [[f.name, f"{f.mass_kg:g}", f.waste_code or "—"] for f in c.fractions],
        [0.5, 0.2, 0.3],
        s,
    )
    story += _table(
        "去向 Downstream",
        ["接收单位 Receiver", "许可证 Licence", "联单号 Manifest", "内容 What", "上报回执 Upload"],
        [
            [d.receiver + (f" ({d.uscc})" if d.uscc else ""), d.licence, d.manifest_no, d.what, d.upload_ref]
            for d in c.downstream
        ],
        [0.3, 0.17, 0.17, 0.18, 0.18],
        s,
    )
    for label, value in c.extra:
        story.append(Paragraph(f"{text(label)}：{text(value)}", s.body))
    story += _signatures(c, s)
    story += _items(c, s)
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            "本证明由签发站点以 Ed25519 数字签名；二维码含关键信息及上述 SHA-256，可离线核验。保存期限不少于 5 年。"
            " Signed by the issuing station with Ed25519; the QR code carries the key facts and the SHA-256 above "
            "and verifies offline. Keep for at least 5 years.",
            s.small,
        )
    )
    return story


def _pairs(title: str, rows: Sequence[tuple[str, object]], s: _Styles) -> list[Flowable]:
    data = [[Paragraph(text(k), s.body), Paragraph(text(v) or "—", s.body)] for k, v in rows]
    table = Table(data, colWidths=[48 * mm, None])
    table.setStyle(_grid())
    return [Paragraph(text(title), s.heading), table]


def _table(title: str, header: list[str], rows: list[list[str]], widths: list[float], s: _Styles) -> list[Flowable]:
    usable = A4[0] - 2 * MARGIN
    data = [[Paragraph(text(h), s.small) for h in header]]
    data += [[Paragraph(text(v) or "—", s.body) for v in row] for row in rows] or [
        [Paragraph("—", s.body) for _ in header]
    ]
    table = Table(data, colWidths=[w * usable for w in widths], repeatRows=1)
    table.setStyle(_grid(header=True))
    return [Paragraph(text(title), s.heading), table]


def _items(c: Certificate, s: _Styles) -> list[Flowable]:
    """Hundreds of rows: plain strings in the cells (drawn as text, never parsed as markup) keep this fast."""
    usable = A4[0] - 2 * MARGIN
    rows = [["#", "编码 Code", "类型 Kind", "上级 Parent", "质量 kg"]]
    for index, item in enumerate(c.items, start=1):
        rows.append(
            [
                str(index),
                _chunks(item.code),
                KIND_NAMES.get(item.kind, item.kind),
                _chunks(item.parent),
                _kg(item.mass_kg),
            ]
        )
    if len(rows) == 1:
        return []
    table = Table(rows, colWidths=[w * usable for w in (0.07, 0.35, 0.14, 0.35, 0.09)], repeatRows=1)
    style = _grid(header=True)
    style.add("FONT", (0, 0), (-1, -1), s.font, 7.6, 9.4)
    table.setStyle(style)
    return [Paragraph(f"组成清单 Contents ({len(c.items)})", s.heading), table]


def _signatures(c: Certificate, s: _Styles) -> list[Flowable]:
    roles = c.signatories or ("经办人 Operator", "负责人 Responsible person", "单位盖章 Company seal")
    cells = [[Paragraph(text(r), s.small) for r in roles], ["" for _ in roles]]
    table = Table(cells, rowHeights=[None, 16 * mm])
    table.setStyle(_grid())
    return [Paragraph("签字 Signatures", s.heading), table]


def _grid(header: bool = False) -> TableStyle:
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    if header:
        style.add("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))
    return style


def _kg(value: float | None) -> str:
    return "—" if value is None else f"{value:g} kg"


def _chunks(value: str, width: int = 30) -> str:
    value = clean(value)
    return "\n".join(value[i : i + width] for i in range(0, len(value), width)) or "—"


class _Qr(Flowable):
    def __init__(self, content: str, side_mm: float) -> None:
        super().__init__()
        self.code = Code(0, 0, side_mm, side_mm, make_symbol(Symbology.QR, content))
        self.width = self.height = to_pt(side_mm)

    def draw(self) -> None:
        draw_code(self.canv, self.code, self.height)


def _footer(canvas: Canvas, doc: BaseDocTemplate, c: Certificate, font: str) -> None:
    canvas.saveState()
    canvas.setFont(font, 7.4)
    line = f"证明编号 No. {clean(c.number)}  ·  第 {doc.page} 页 Page {doc.page}  ·  SHA-256 {c.sha256[:16]}…"
    canvas.drawString(MARGIN, MARGIN, line)
    canvas.restoreState()


def _attaching(data: bytes) -> type[Canvas]:
    """A canvas class that embeds ``data`` as the PDF's ``certificate.json`` (read back with poppler's pdfdetach)."""

    class AttachingCanvas(Canvas):
        def save(self) -> None:
            attach(self, ATTACHMENT, data)
            super().save()

    return AttachingCanvas


def attach(canvas: Canvas, name: str, data: bytes) -> None:
    document = canvas._doc
    stream = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("EmbeddedFile")}), data, filters=[pdfdoc.PDFZCompress]
    )
    spec = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("Filespec"),
            "F": pdfdoc.PDFString(name),
            "UF": pdfdoc.PDFString(name),
            "EF": pdfdoc.PDFDictionary({"F": document.Reference(stream)}),
        }
    )
    names = pdfdoc.PDFArray([pdfdoc.PDFString(name), document.Reference(spec)])
    document.Catalog.Names = pdfdoc.PDFDictionary({"EmbeddedFiles": pdfdoc.PDFDictionary({"Names": names})})
