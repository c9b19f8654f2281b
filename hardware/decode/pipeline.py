"""The decode pipeline: one camera frame in, the symbols in it out, within a time budget.

1. The whole frame (reduced to at most ``frame_width``) goes to zxing-cpp for QR and Data Matrix codes; it also
   reports the symbols it found but could not read. 1-D codes are not read here: on whole frames zxing-cpp now
   and then returns Code 128 garbage that passes the check character (see merge.CONFIRMATIONS).
2. Candidate regions: those unread symbols, OpenCV's 1-D detector, and dense-gradient blobs that look like a
   module grid or like bars.
3. Each region climbs its ladder (ladder.py): upright crops, image work, zxing-cpp, and zbar on 1-D crops.
   Breadth first: the first step of every region before the second of any, so a costly step runs only while
   budget remains. A 1-D region climbs until two independent readings agree, or disagree.
4. Reads are grouped by place (merge.py); each place with one agreed, confirmed reading becomes a Symbol, its
   text the bytes as UTF-8, and the GB/T 34014 code in it read by ``station.codes.read_code``. Where readings
   disagree nothing is reported.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import cv2
import numpy as np

from hardware.decode import engines
from hardware.decode.engines import Miss, Read
from hardware.decode.ladder import Work
from hardware.decode.merge import Observation, Place, places
from hardware.decode.regions import (
    MIN_SIDE,
    BarcodeFinder,
    Region,
    bar_angle,
    gradient_regions,
    looks_like_matrix,
    to_frame,
)
from hardware.decode.symbols import ALL_SYMBOLOGIES, FrameDecode, Symbol, Symbology, payload_text
from station.codes import CodeTables, read_code
from station.rules.ruleset import builtin
from station.store.localtime import today as local_today


@dataclass(frozen=True)
class PipelineConfig:
    symbologies: frozenset[Symbology] = ALL_SYMBOLOGIES
    budget_ms: float = 60.0  # per frame; a step already started finishes, so the worst case is a little more
    frame_width: int = 1280  # the whole-frame pass works at most this wide
    max_regions: int = 12
    # Ladder steps for a blob that looks like neither a module grid nor bars (text, bolts). None: in
    # bench/decode.py such blobs never yielded a read the other candidates missed, and cost a tenth of the time.
    shallow_steps: int = 0
    use_zbar: bool = True
    frame_linear: bool = False  # read 1-D codes in the whole-frame pass too (else only from their crops)


class _Budget:
    def __init__(self, ms: float, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.start = clock()
        self.deadline = self.start + ms / 1000

    def left(self) -> bool:
        return self.clock() < self.deadline

    def elapsed_ms(self) -> float:
        return (self.clock() - self.start) * 1000


class DecodePipeline:
    """Qt-free and single-threaded: the caller runs it off the GUI thread, one frame at a time."""

    def __init__(
        self,
        config: PipelineConfig | None = None,
        tables: CodeTables | None = None,
        today: Callable[[], date] = local_today,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        """``clock`` times the budget (seconds): the wall clock for a camera; the thread's CPU time when a
        benchmark shares the machine with other work."""
        self.config = config or PipelineConfig()
        self.clock = clock
        self.tables = tables or builtin().code_tables
        self.today = today
        self._finder = BarcodeFinder()
        self._zbar = self.config.use_zbar and engines.zbar_available()
        wanted = self.config.symbologies
        whole = [s for s in wanted if self.config.frame_linear or not s.linear]
        # None when only 1-D codes are wanted: zxing-cpp reads every format when given none.
        self._frame_formats = engines.zxing_formats(whole) if whole else None
        self._linear = {s for s in wanted if s.linear}
        self._square = {s for s in wanted if not s.linear}

    def decode(self, image: np.ndarray, budget_ms: float | None = None) -> FrameDecode:
        budget = _Budget(self.config.budget_ms if budget_ms is None else budget_ms, self.clock)
        gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        small, scale = self._reduced(gray)
        observations, misses = self._whole_frame(small, scale)
        passes = ["frame"]
        work = self._plan(gray, small, scale, observations, misses)
        exhausted = False
        while any(w.pending for w in work):
            level = min(w.next for w in work if w.pending)
            for item in work:
                if not item.pending or item.next != level:
                    continue
                if not budget.left():
                    break
                found = self._attempt(gray, item)
                observations.extend(found)
                passes.extend(o.pass_name for o in found)
            if not budget.left():
                exhausted = any(w.pending for w in work)
                break
        grouped = places(observations)
        symbols = tuple(self._symbol(p) for p in grouped if p.confirmed)
        conflicts = sum(1 for p in grouped if p.raw is None)
        return FrameDecode(symbols, budget.elapsed_ms(), tuple(dict.fromkeys(passes)), conflicts, exhausted)

    def _reduced(self, gray: np.ndarray) -> tuple[np.ndarray, float]:
        """The frame at most ``frame_width`` wide, and the factor back to full size."""
        h, w = gray.shape
        if w <= self.config.frame_width:
            return gray, 1.0
        factor = self.config.frame_width / w
        size = (round(w * factor), round(h * factor))
        # Linear, not area: three times faster, and modules of 2-D codes span several pixels anyway.
        return cv2.resize(gray, size, interpolation=cv2.INTER_LINEAR), 1.0 / factor

    def _whole_frame(self, small: np.ndarray, scale: float) -> tuple[list[Observation], list[Miss]]:
        misses: list[Miss] = []
        if self._frame_formats is None:
            return [], misses
        # No inversion here (it doubles the cost); inverted marks are read from their crops.
        reads = engines.read_zxing(small, self._frame_formats, invert=False, misses=misses)
        observations = [Observation(_scaled(r, scale), "frame", "frame") for r in reads]
        misses = [Miss(m.symbology, tuple((x * scale, y * scale) for x, y in m.polygon)) for m in misses]
        return observations, misses

    def _plan(
        self, gray: np.ndarray, small: np.ndarray, scale: float, observations: list[Observation], misses: list[Miss]
    ) -> list[Work]:
        candidates: list[tuple[Region, bool]] = []
        for miss in misses:
            region = _miss_region(miss)
            # zxing sometimes places a failed read on a single point: nothing there to crop.
            if region.sides[1] >= MIN_SIDE / 2 and (miss.symbology in self._linear or miss.symbology in self._square):
                candidates.append((region, True))
        if self._linear:
            # The detector finds bars as well in the reduced frame, at two thirds of the cost.
            candidates += [(r.scaled(scale), True) for r in self._finder.find(small)]
        candidates += [(r, _promising(gray, r)) for r in gradient_regions(gray, self.config.max_regions)]
        read_linear = [o for o in observations if o.family is Symbology.CODE_128]
        read_square = [o for o in observations if o.family is not Symbology.CODE_128]
        work: list[Work] = []
        for region, proven in candidates:
            if len(work) >= self.config.max_regions:
                break
            if (region.linear and not self._linear) or (not region.linear and not self._square):
                continue
            if any(_same_place(w.region, region) for w in work):
                continue  # the same place, already planned from a stronger hint
            if not region.linear and any(_inside(region, _center(o.read.polygon)) for o in read_square):
                continue  # a 2-D code read whole: error correction makes a second opinion pointless
            item = Work.of(region, proven, self.config.shallow_steps)
            if region.linear:
                # A 1-D code the whole frame read still needs its confirmation: its crop goes to both engines.
                item.seen.extend(o for o in read_linear if _inside(region, _center(o.read.polygon)))
            work.append(item)
        return work

    def _attempt(self, gray: np.ndarray, item: Work) -> list[Observation]:
        step, crop, image = item.advance(gray)
        name = f"{item.region.source}/{step.name}"
        linear = item.region.linear
        kinds = self._linear if linear else self._square
        reads = engines.read_zxing(
            image, engines.zxing_formats(kinds), rotate=not linear, invert=not linear, downscale=not linear
        )
        if self._zbar and linear:
            # zbar is the second opinion a 1-D read needs. On 2-D crops it read nothing zxing-cpp missed in
            # bench/decode.py, at a third of the pipeline's time: Reed-Solomon needs no second opinion.
            reads += engines.read_zbar(image, kinds)
        found = [Observation(_mapped(r, to_frame(crop, r.polygon)), name, step.crop) for r in reads]
        item.seen.extend(found)
        if not linear:
            item.done = bool(found)
        elif item.seen:
            # Stop when every reading here is confirmed, or contradicted (nothing will be reported then);
            # a lone reading makes the region worth its whole ladder.
            grouped = places(item.seen)
            item.done = all(p.confirmed or p.raw is None for p in grouped)
            item.depth = len(item.steps)
        return found

    def _symbol(self, place: Place) -> Symbol:
        raw = place.raw or b""
        first = place.observations[0]
        result = read_code(raw, self.tables, self.today())
        return Symbol(
            text=payload_text(raw),
            raw=raw,
            format=place.symbology,
            polygon=place.polygon,
            engines=place.engines,
            found_by=first.pass_name,
            aim_id=place.aim_id,
            gb=result if result.code is not None else None,
        )


def _scaled(read: Read, scale: float) -> Read:
    return _mapped(read, tuple((x * scale, y * scale) for x, y in read.polygon))


def _mapped(read: Read, polygon: tuple[tuple[float, float], ...]) -> Read:
    return Read(read.raw, read.symbology, polygon, read.engine, read.aim_id)


def _center(polygon: Iterable[tuple[float, float]]) -> tuple[float, float]:
    pts = np.asarray(list(polygon), np.float32)
    return (float(pts[:, 0].mean()), float(pts[:, 1].mean()))


def _inside(region: Region, point: tuple[float, float]) -> bool:
    return cv2.pointPolygonTest(region.quad, point, False) >= 0


def _same_place(planned: Region, region: Region) -> bool:
    # Two codes end to end may have been joined by mistake: a joined region never hides its parts.
    return planned.source != "joined" and planned.linear == region.linear and _inside(planned, region.center)


def _promising(gray: np.ndarray, region: Region) -> bool:
    """A dense-gradient blob earns the whole ladder when it looks like a code: a module grid, or parallel bars."""
    if not region.linear:
        return looks_like_matrix(gray, region)
    x0, y0 = np.maximum(0, np.floor(region.quad.min(axis=0)).astype(int))
    x1, y1 = np.ceil(region.quad.max(axis=0)).astype(int)
    patch = gray[y0:y1, x0:x1]
    return patch.size > 0 and bar_angle(patch) is not None


def _miss_region(miss: Miss) -> Region:
    pts = np.asarray(miss.polygon, np.float32)
    (cx, cy), (w, h), angle = cv2.minAreaRect(pts)
    if miss.symbology.linear:
        # zxing places a failed 1-D read on the scan lines it tried: widen it to a plausible bar height.
        long_side = max(w, h)
        w, h = (w, max(h, long_side * 0.15)) if w >= h else (max(w, long_side * 0.15), h)
    quad = cv2.boxPoints(((cx, cy), (w * 1.1, h * 1.1), angle)).astype(np.float32)
    return Region(quad, miss.symbology.linear, "hint")
