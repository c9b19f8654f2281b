"""``trace-station report daily``: the station's daily report as a PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from station.documents.daily_report import daily_figures, render_daily_report, site_info
from station.store.localtime import today
from station.store.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="reports of the station's work").add_subparsers(
        dest="report_command", required=True
    )
    daily = report.add_parser(
        "daily", help="the daily report: throughput, hazardous stock on hand, overdue and at-risk uploads (PDF)"
    )
    daily.add_argument(
        "--date", dest="day", type=_iso_date, metavar="YYYY-MM-DD", help="the day (default: today, China time)"
    )
    daily.add_argument("out", type=Path, metavar="OUT.pdf")
    daily.set_defaults(handler=run_daily)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def run_daily(store: Store, args: argparse.Namespace) -> int:
    day = args.day or today()
    figures = daily_figures(store, day)
    args.out.write_bytes(render_daily_report(figures, site_info(store)))
    t = figures.today
    print(
        f"daily report {day.isoformat()} written to {args.out}: received {t.received}, dismantled {t.dismantled}, "
        f"handed out {t.handed_out}, certified {t.certified}; {len(figures.stock)} waste codes on hand; "
        f"{figures.overdue} overdue, {figures.at_risk} at risk"
    )
    return 0
