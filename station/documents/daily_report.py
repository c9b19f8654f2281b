"""The station's daily report: throughput over 15 days, hazardous stock on hand by waste code, reporting duties.

``daily_figures`` reads the projections as they stood at the end of ``day`` (China time): events are counted on the
local day of their wall time (voided ones not at all, amended ones as amended), the stock follows the HJ 1259 ledger
rows dated up to ``day`` (a container on site holds its seal's quantity once sealed, else its fills'), and each duty
is judged by the rule set's deadline rule on ``day``, reported only if its upload was recorded by then.
``render_daily_report`` draws them as an A4 PDF in Chinese and English; every text from records is data, escaped
before it meets a Paragraph, and a day with nothing to show says so (无 none).
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from station.documents.certificate.render import text
from station.documents.fonts import FontFile, find_font, pdf_font
from station.documents.labels.layout import clean
from station.rules.deadlines import DeadlineState, Duty, deadline
from station.store.localtime import local_date
from station.store.store import Store

WINDOW_DAYS = 15  # the report's day and the 14 before it
COUNTED = ("battery.received", "battery.dismantled", "battery.handed_out", "battery.certified")
RECEIVED_COLOUR = colors.Color(0.16, 0.42, 0.75)
DISMANTLED_COLOUR = colors.Color(0.90, 0.49, 0.13)
STOCK_COLOUR = colors.Color(0.75, 0.18, 0.18)
MARGIN = 16 * mm
USABLE = A4[0] - 2 * MARGIN
STATES = {DeadlineState.OVERDUE: "逾期 Overdue", DeadlineState.AT_RISK: "临期 At risk", DeadlineState.DUE: "待报 Due"}
EVENT_NAMES = {
    "battery.received": "入库 Received",
    "battery.handed_out": "移交 Handed out",
    "battery.treated": "处理 Treated",
    "vehicle.received": "报废车辆接收 Vehicle received",
}
NONE = "无 none"


@dataclass(frozen=True)
class DayCount:
    day: date
    received: int = 0  # batteries received (intakes)
    dismantled: int = 0
    handed_out: int = 0  # batteries handed out (one transfer may carry several)
    certified: int = 0


@dataclass(frozen=True)
class StockLine:
    waste_code: str
    category: str
    waste_name: str
    on_hand_g: int
    open: int  # containers
    sealed: int

    @property
    def on_hand_kg(self) -> float:
        return self.on_hand_g / 1000


@dataclass(frozen=True)
class DutyLine:
    state: DeadlineState
    subject: str
    event_type: str
    occurred_on: date
    due: date
    workdays_left: int
    assumed_calendar: bool


@dataclass(frozen=True)
class DailyFigures:
    day: date
    days: tuple[DayCount, ...]  # WINDOW_DAYS, oldest first; the last is ``day``
    stock: tuple[StockLine, ...]  # by waste code
    due: int
    at_risk: int
    overdue: int
    duties: tuple[DutyLine, ...]  # overdue, then at risk; by due date

    @property
    def today(self) -> DayCount:
        return self.days[-1]


@dataclass(frozen=True)
class SiteInfo:
    name: str
    uscc: str
    station_id: str


def site_info(store: Store) -> SiteInfo:
    config = store.config() or {}
    return SiteInfo(str(config.get("site_name") or ""), str(config.get("site_uscc") or ""), store.station_id)


def daily_figures(store: Store, day: date) -> DailyFigures:
    counts = _throughput(store, day)
    lines = _duties(store, day)
    states = [line.state for line in lines]
    shown = sorted(
        (line for line in lines if line.state in (DeadlineState.OVERDUE, DeadlineState.AT_RISK)),
        key=lambda line: (line.state != DeadlineState.OVERDUE, line.due, line.subject),
    )
    return DailyFigures(
        day=day,
        days=counts,
        stock=_stock(store, day),
        due=states.count(DeadlineState.DUE),
        at_risk=states.count(DeadlineState.AT_RISK),
        overdue=states.count(DeadlineState.OVERDUE),
        duties=tuple(shown),
    )


def _throughput(store: Store, day: date) -> tuple[DayCount, ...]:
    first = day - timedelta(days=WINDOW_DAYS - 1)
    # Wall times are UTC; a local day starts 8 hours before its UTC date, so a day's margin on each side.
    rows = store.db.execute_sql(
        "SELECT e.type, e.wall_time, e.payload, c.kind, c.payload FROM event e "
        "LEFT JOIN correction c ON c.target_seq = e.seq "
        f"WHERE e.type IN ({','.join('?' * len(COUNTED))}) AND e.wall_time >= ? AND e.wall_time < ?",
        (*COUNTED, (first - timedelta(days=1)).isoformat(), (day + timedelta(days=2)).isoformat()),
    )
    tally = {first + timedelta(days=i): dict.fromkeys(COUNTED, 0) for i in range(WINDOW_DAYS)}
    received: dict[date, set[str]] = {d: set() for d in tally}
    for kind, wall_time, payload, correction, amended in rows:
        on = local_date(wall_time)
        if on not in tally or correction == "void":
            continue
        body = json.loads(amended if correction == "amend" and amended else payload)
        if kind == "battery.received":
            received[on].add(body.get("code", ""))
        elif kind == "battery.handed_out":
            tally[on][kind] += len(body.get("codes") or [])
        else:
            tally[on][kind] += 1
    return tuple(
        DayCount(d, len(received[d]), t["battery.dismantled"], t["battery.handed_out"], t["battery.certified"])
        for d, t in tally.items()
    )


_STOCK = (
    "SELECT c.waste_code, c.category, c.waste_name, "
    "COALESCE(SUM(CASE WHEN l.kind = 'generation' THEN l.mass_g END), 0), "
    "COALESCE(SUM(l.kind = 'storage_in'), 0), COALESCE(SUM(CASE WHEN l.kind = 'storage_in' THEN l.mass_g END), 0), "
    "COALESCE(SUM(l.kind = 'storage_out'), 0) "
    "FROM (SELECT id_code, MIN(waste_code) AS waste_code, MIN(category) AS category, MIN(waste_name) AS waste_name "
    "FROM hazard_container WHERE opened_on <= ? GROUP BY id_code) c "
    "LEFT JOIN hazard_ledger l ON l.id_code = c.id_code AND l.on_date <= ? GROUP BY c.id_code"
)


def _stock(store: Store, day: date) -> tuple[StockLine, ...]:
    """As ``station.hazard.balance`` counts "in storage", per container opened by ``day``; ledger rows of a
    container not on record are the integrity check's finding, not stock."""
    totals: dict[str, list] = {}
    for code, category, name, generated, n_in, stored, n_out in store.db.execute_sql(
        _STOCK, (day.isoformat(), day.isoformat())
    ):
        if n_out:
            continue
        row = totals.setdefault(code, [category, name, 0, 0, 0])
        row[2] += stored if n_in else generated
        row[3 if not n_in else 4] += 1
    return tuple(StockLine(code, *row) for code, row in sorted(totals.items()))


def _duties(store: Store, day: date) -> list[DutyLine]:
    rules = store.ruleset()
    rows = store.db.execute_sql(
        "SELECT d.event_seq, d.subject, d.event_type, d.occurred_on, d.working_days, e.wall_time FROM duty d "
        "LEFT JOIN event e ON e.seq = d.reported_seq WHERE d.occurred_on <= ? ORDER BY d.event_seq",
        (day.isoformat(),),
    )
    lines = []
    for seq, subject, event_type, occurred_on, days, reported_at in rows:
        reported = reported_at is not None and local_date(reported_at) <= day
        duty = Duty(seq, subject, event_type, date.fromisoformat(occurred_on), days, reported)
        found = deadline(duty, rules.calendar, day, rules.at_risk_workdays)
        if found.state != DeadlineState.REPORTED:
            lines.append(
                DutyLine(
                    found.state,
                    subject,
                    event_type,
                    duty.occurred_on,
                    found.due,
                    found.workdays_left,
                    found.assumed_calendar,
                )
            )
    return lines


# ---- the PDF ---------------------------------------------------------------------------------------------------


def render_daily_report(
    figures: DailyFigures, site: SiteInfo, generated_at: datetime | None = None, font: FontFile | None = None
) -> bytes:
    styles = _Styles(pdf_font(font or find_font()))
    generated = (generated_at or datetime.now(UTC)).astimezone(UTC)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=f"Daily report {figures.day.isoformat()}",
        author=clean(site.name),
        creator="Trace Station",
    )
    story = _header(figures, site, generated, styles)
    story += _throughput_section(figures, styles)
    story += _stock_section(figures, styles)
    story += _duties_section(figures, styles)
    footer = _footer(figures, site, styles.font)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _footer(f: DailyFigures, site: SiteInfo, font: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.4)
        line = (
            f"日报 Daily report {f.day.isoformat()}  ·  {clean(site.station_id)}  ·  第 {doc.page} 页 Page {doc.page}"
        )
        canvas.drawString(MARGIN, MARGIN, line)
        canvas.restoreState()

    return draw


class _Styles:
    def __init__(self, font: str) -> None:
        self.font = font
        self.title = ParagraphStyle("title", fontName=font, fontSize=16, leading=21, wordWrap="CJK")
        self.heading = ParagraphStyle(
            "heading", fontName=font, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3, wordWrap="CJK"
        )
        self.body = ParagraphStyle("body", fontName=font, fontSize=8.6, leading=11.2, wordWrap="CJK")
        self.small = ParagraphStyle("small", fontName=font, fontSize=7.4, leading=9.4, wordWrap="CJK")
        self.column = ParagraphStyle("column", fontName=font, fontSize=7.4, leading=9.4)  # breaks at spaces


def _header(f: DailyFigures, site: SiteInfo, generated: datetime, s: _Styles) -> list[Flowable]:
    rows = [
        ("站点 Site", site.name or NONE),
        ("统一社会信用代码 Credit code", site.uscc or NONE),
        ("工作站 Station", site.station_id),
        ("日期 Date", f.day.isoformat()),
        ("生成时间 Generated", f"{generated:%Y-%m-%d %H:%M:%S} (UTC)"),
    ]
    table = Table(
        [[Paragraph(text(k), s.body), Paragraph(text(v), s.body)] for k, v in rows], colWidths=[48 * mm, None]
    )
    table.setStyle(_grid())
    return [Paragraph("拆解站日报", s.title), Paragraph("Daily report", s.heading), table]


def _throughput_section(f: DailyFigures, s: _Styles) -> list[Flowable]:
    header = ["", "当日 That day", f"{WINDOW_DAYS} 日合计 {WINDOW_DAYS} days"]
    metrics = [
        ("接收 Received", "received"),
        ("拆解完成 Dismantled", "dismantled"),
        ("移交 Handed out", "handed_out"),
        ("出具证明 Certified", "certified"),
    ]
    rows = [[label, str(getattr(f.today, key)), str(sum(getattr(d, key) for d in f.days))] for label, key in metrics]
    out: list[Flowable] = [Paragraph(f"处理量 Throughput（{WINDOW_DAYS} 日 days）", s.heading)]
    out.append(_throughput_chart(f, s.font))
    if not any(r[2] != "0" for r in rows):
        out.append(Paragraph(f"{WINDOW_DAYS} 日内无处理记录 / no throughput in {WINDOW_DAYS} days: {NONE}", s.body))
    out.append(_table(header, rows, [0.5, 0.25, 0.25], s))
    return out


def _throughput_chart(f: DailyFigures, font: str) -> Drawing:
    width, height = USABLE, 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 28, width - 130, height - 40
    chart.data = [[d.received for d in f.days], [d.dismantled for d in f.days]]
    chart.categoryAxis.categoryNames = [f"{d.day:%m-%d}" for d in f.days]
    _style_chart(chart, font, _count_step(max(max(row) for row in chart.data)))
    chart.bars[0].fillColor = RECEIVED_COLOUR
    chart.bars[1].fillColor = DISMANTLED_COLOUR
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 92, height - 20
    legend.fontName, legend.fontSize = font, 7.5
    legend.alignment = "right"
    legend.colorNamePairs = [(RECEIVED_COLOUR, "接收 Received"), (DISMANTLED_COLOUR, "拆解 Dismantled")]
    drawing.add(legend)
    return drawing


def _style_chart(chart: VerticalBarChart, font: str, step: float) -> None:
    """Four steps up the value axis."""
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 4 * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = chart.categoryAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{v:g}"
    chart.barSpacing, chart.groupSpacing = 1, 5
    chart.bars.strokeColor = None


def _count_step(top: int) -> int:
    return max(1, -(-top // 4))


def _kg_step(top: float) -> float:
    """A quarter of the axis: 1, 2, 2.5 or 5 times a power of ten, so that four of them reach ``top``."""
    quarter = max(top, 0.004) / 4
    power = 10.0 ** math.floor(math.log10(quarter))
    return next(k * power for k in (1, 2, 2.5, 5, 10) if k * power >= quarter * (1 - 1e-9))


def _stock_section(f: DailyFigures, s: _Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("危险废物库存 Hazardous stock on hand (kg)", s.heading)]
    header = ["废物代码 Code", "类别 Class", "名称 Name", "库存 kg", "未封 Open", "已封 Sealed"]
    rows = [
        [line.waste_code, line.category, line.waste_name, f"{line.on_hand_kg:.3f}", str(line.open), str(line.sealed)]
        for line in f.stock
    ]
    if not f.stock:
        out.append(Paragraph(f"无在库危险废物 / no hazardous waste on hand: {NONE}", s.body))
        return [*out, _table(header, rows, [0.17, 0.1, 0.35, 0.14, 0.12, 0.12], s)]
    chart_width = 70 * mm
    table = _table(header, rows, [w * (USABLE - chart_width) for w in (0.2, 0.12, 0.27, 0.15, 0.13, 0.13)], s, 1)
    side = Table([[_stock_chart(f, s.font, chart_width), table]], colWidths=[chart_width, USABLE - chart_width])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [*out, side]


def _stock_chart(f: DailyFigures, font: str, width: float) -> Drawing:
    height = 60 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 40, width - 38, height - 48
    chart.data = [[line.on_hand_kg for line in f.stock]]
    chart.categoryAxis.categoryNames = [clean(line.waste_code)[:12] for line in f.stock]
    _style_chart(chart, font, _kg_step(max(chart.data[0])))
    chart.bars[0].fillColor = STOCK_COLOUR
    chart.categoryAxis.labels.angle = 60
    chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    return drawing


def _duties_section(f: DailyFigures, s: _Styles) -> list[Flowable]:
    summary = f"待报 Due {f.due} · 临期 At risk {f.at_risk} · 逾期 Overdue {f.overdue}"
    out: list[Flowable] = [
        Paragraph("上报义务 Reporting duties", s.heading),
        Paragraph(text(summary), s.body),
        Spacer(1, 2 * mm),
    ]
    header = ["状态 State", "对象 Subject", "事项 Event", "发生 Occurred", "期限 Due", "剩余工作日 Days left"]
    rows = [
        [
            STATES[d.state],
            d.subject,
            EVENT_NAMES.get(d.event_type, d.event_type),
            d.occurred_on.isoformat(),
            d.due.isoformat() + (" *" if d.assumed_calendar else ""),
            str(d.workdays_left),
        ]
        for d in f.duties
    ]
    if not rows:
        out.append(Paragraph(f"无逾期或临期上报 / no overdue or at-risk uploads: {NONE}", s.body))
    out.append(_table(header, rows, [0.14, 0.3, 0.18, 0.13, 0.13, 0.12], s))
    if any(d.assumed_calendar for d in f.duties):
        out.append(
            Paragraph(
                "* 按周一至周五推算（官方日历未知）/ judged Monday to Friday: the official calendar is unknown", s.small
            )
        )
    return out


def _table(
    header: list[str], rows: list[list[str]], widths: Sequence[float], s: _Styles, scale: float = USABLE
) -> Table:
    data = [[Paragraph(text(h), s.column) for h in header]]
    data += [[Paragraph(text(v) or "—", s.body) for v in row] for row in rows] or [
        [Paragraph(text(NONE) if i == 0 else "—", s.body) for i in range(len(header))]
    ]
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(_grid())
    return table


def _grid() -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
