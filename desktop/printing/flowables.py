"""Flowables of our own: paragraphs that break long compound words at their hyphens, section markers, ruled lines
to write on, boxes to tick.
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from desktop.printing.fonts import BOLD
from desktop.printing.scripts import needs_shaping, shaped_style
from desktop.printing.styles import INK, RULE, styles
from desktop.printing.typography import unescape


class Paragraph(_Paragraph):
    """A reportlab paragraph that breaks an over-long compound word at its hyphens.

    It also parses each markup once per style of the shared stylesheet (see :meth:`_setup`).

    reportlab cuts a word wider than its column anywhere (« Tour / non-sur-Rhône »), and its own hyphenation
    options lose the hyphens of words set in bold. When a word does not fit the column at all, this paragraph
    sets it again with line breaks after the hyphens that let each piece fit (« Tournon-sur- / Rhône »); a
    piece still too wide (a long word without hyphens) is then cut by reportlab as before.
    """

    _parsed: dict[tuple[str, int, str | None], tuple[str, list]] = {}
    #: Layouts shared by the paragraphs of the same markup, shared style, bullet and width: (size, attributes).
    _layouts: dict[tuple, tuple[tuple[float, float], dict]] = {}
    #: What a layout sets on the paragraph (reportlab's ``wrap`` and ``breakLines``).
    _LAID_OUT = ("width", "height", "blPara", "frags", "_wrapWidths", "_width_max", "_splitLongWordCount",
                 "_hyphenations")

    def __init__(self, text, style=None, *args, **kwargs) -> None:
        if style is not None and isinstance(text, str) and needs_shaping(text):
            style = shaped_style(style)  # Arabic, Hebrew…: only these paragraphs are shaped
        super().__init__(text, style, *args, **kwargs)

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 (reportlab's names)
        """Parse once: the same markup in a style of the shared stylesheet reuses its parsed fragments.

        Twelve letters or certificates repeat most of their paragraphs; parsing is a tenth of the build. The
        parsed fragments are lent, not copied: a paragraph that finds its layout shared (:meth:`wrap`) takes that
        layout's fragments and never needs a copy; one laid out, split or drawn on its own copies them first
        (:meth:`_own_frags`), as reportlab edits them.
        """
        shared = frags is None and isinstance(text, str) and id(style) in styles().shared_ids
        key = (text, id(style), bulletText if isinstance(bulletText, str) else None)
        self._shared_key = key if shared else None
        self._borrowed = shared and key in self._parsed
        if self._borrowed:
            cleaned, parsed = self._parsed[key]
            return super()._setup(cleaned, style, bulletText, parsed, cleaner)
        if frags is None and isinstance(text, str):
            cleaned = cleaner(text)
            plain = plain_frags(cleaned, style)
            if plain is not None:  # as cheap as a look-up: not kept
                return super()._setup(cleaned, style, bulletText, plain, cleaner)
        super()._setup(text, style, bulletText, frags, cleaner)
        if shared and self.style is style:
            if len(self._parsed) > 20_000:
                self._parsed.clear()
            self._parsed[key] = (self.text, [f.clone() for f in self.frags])

    def wrap(self, available_width, available_height):
        """Lay the paragraph out in *available_width* (the height plays no part in it); laid out once per width.

        A table wraps each cell's paragraph again whenever it measures its rows, splits across a page or draws
        (2.3 wraps a paragraph in a large print pack): the same width gives the same lines, so the first layout
        is kept while reportlab keeps its lines.
        """
        memo = self.__dict__.get("_wrapped")
        # reportlab's split drops the lines (blPara) when it gives up on a paragraph: then it is laid out again.
        if memo is not None and memo[0] == available_width and memo[1] is self.style and "blPara" in self.__dict__:
            return memo[2]
        shared = self.layout_key()
        key = None if shared is None else (*shared, available_width)
        laid = self._layouts.get(key) if key is not None else None
        if laid is not None:  # an attendance row, a letter or a card already laid out the same text
            size, attributes = laid
            self.__dict__.update(attributes)
            if "frags" in attributes:
                self._borrowed = False
        else:
            self._own_frags()
            size = self._wrap(available_width, available_height)
            if key is not None and "blPara" in self.__dict__ and not self.__dict__.get("_rebroken"):
                if len(self._layouts) > 20_000:
                    self._layouts.clear()
                self._layouts[key] = (size, {k: self.__dict__[k] for k in self._LAID_OUT if k in self.__dict__})
        self._wrapped = (available_width, self.style, size)
        self._drawn_key = key if key in self._layouts else None
        return size

    def _own_frags(self) -> None:
        """Copy the lent fragments before reportlab works on them (see :meth:`_setup`)."""
        if self.__dict__.get("_borrowed"):
            self.frags = [f.clone() for f in self.frags]
            self._borrowed = False

    def layout_key(self) -> tuple | None:
        """What this paragraph's layout at a given width depends on alone — its markup, shared style and bullet —
        when other paragraphs may share it (``None`` otherwise): paragraphs of equal keys are as high at any
        width."""
        shared = self.__dict__.get("_shared_key")
        return None if shared is None or id(self.style) != shared[1] else shared

    def split(self, available_width, available_height):
        """Split on a layout of its own: reportlab's split edits the words of the lines it splits, which a shared
        layout lends to other paragraphs."""
        self._own_frags()
        if self.__dict__.get("_drawn_key") is not None:
            self.__init__(self.text, self.style, bulletText=self.bulletText)
            self._shared_key = self._drawn_key = self._wrapped = None
            self.wrap(available_width, available_height)
        return super().split(available_width, available_height)

    def draw(self) -> None:
        """Draw; a paragraph of a shared layout drawn before on this canvas, from the same text state, writes
        the same page operators again instead of setting its text anew (a letter's, a card's or an attendance
        row's texts repeat on every page)."""
        canvas = self.canv
        key = self.__dict__.get("_drawn_key")
        if key is None or self.__dict__.get("blPara") is not self._layouts[key][1].get("blPara"):
            self._own_frags()
            super().draw()
            return
        drawn_once(canvas, key, "_tresse_drawn", super().draw)

    def _wrap(self, available_width, available_height):
        size = super().wrap(available_width, available_height)
        if (getattr(self, "_splitLongWordCount", 0) and isinstance(getattr(self, "text", None), str)
                and "-" in self.text and not getattr(self, "_rebroken", False)):
            width = available_width - self.style.leftIndent - self.style.rightIndent
            markup = break_at_hyphens(self.text, width, self.style.fontSize)
            if markup != self.text:
                self.__init__(markup, self.style, bulletText=self.bulletText)
                self._own_frags()
                self._wrapped = None
                self._rebroken = True
                size = super().wrap(available_width, available_height)
        return size


#: Style id → (the style, the fragment reportlab's parser makes of a text without markup in it).
_PLAIN_FRAGS: dict[int, tuple] = {}


def plain_frags(text: str, style) -> list | None:
    """The fragments reportlab's parser would make of *text* (already cleaned) in *style* when it holds no markup
    (no tag, no entity): one fragment of the style's font, size and colour holding the whole text. ``None`` when
    the parser is needed (markup, or an empty text).

    A table cell or a name is most often plain text; parsing it (an HTML parser fed ``<para>…</para>``) took
    about 60 of the 90 ms a small pack spent parsing (509 of 716 texts). The fragment is the parser's own, made once per style from a probe text and cloned
    with the text, so the lines and what is drawn are the same.
    """
    if not text or "<" in text or "&" in text:
        return None
    known = _PLAIN_FRAGS.get(id(style))
    if known is None or known[0] is not style:
        if len(_PLAIN_FRAGS) > 1000:
            _PLAIN_FRAGS.clear()
        parsed_style, probe, bullet = ParaParser().parse("x", style)
        if parsed_style is not style or bullet or not probe or len(probe) != 1:
            return None  # not met with a style of this family; the parser decides
        known = _PLAIN_FRAGS[id(style)] = (style, probe[0])
    frags = [known[1].clone(text=text)]
    textTransformFrags(frags, style)
    return frags


def text_state(canvas) -> tuple:
    """What the operators a paragraph or a table writes may depend on, besides itself: the canvas's font,
    colours and text spacing when it starts drawing."""
    return (canvas._fontname, canvas._fontsize, canvas._leading, repr(canvas._fillColorObj),
            repr(canvas._strokeColorObj), canvas._charSpace, canvas._wordSpace, canvas._horizScale,
            canvas._textRenderMode, canvas._rise)


def drawn_once(canvas, key, store: str, draw) -> None:
    """Draw with *draw*, or, when what *key* names was drawn before on *canvas* from the same text state, write
    the page operators it wrote then (kept in the canvas's *store*). What draws a link is never replayed: a link is
    not among the page's operators."""
    key = (key, *text_state(canvas))
    drawn = canvas.__dict__.setdefault(store, {})
    operators = drawn.get(key)
    if operators is not None:
        canvas._code.extend(operators)
        return
    start, annotations = len(canvas._code), canvas._annotationCount
    draw()
    if canvas._annotationCount == annotations:
        drawn[key] = canvas._code[start:]


_TAG = re.compile(r"(<[^>]*>)")
_TOKEN = re.compile(r"[^ \t\n]+")


def break_at_hyphens(markup: str, width: float, font_size: float) -> str:
    """Put ``<br/>`` after hyphens inside the words of *markup* wider than *width* (measured in bold)."""

    def fit(match: re.Match) -> str:
        token = match.group(0)
        if "-" not in token or stringWidth(unescape(token), BOLD, font_size) <= width:
            return token
        pieces = [piece + "-" for piece in token.split("-")[:-1]] + [token.split("-")[-1]]
        lines, current = [], ""
        for piece in pieces:
            if current and stringWidth(unescape(current + piece), BOLD, font_size) > width:
                lines.append(current)
                current = piece
            else:
                current += piece
        lines.append(current)
        return "<br/>".join(line for line in lines if line)

    parts = _TAG.split(markup)
    return "".join(part if i % 2 else _TOKEN.sub(fit, part) for i, part in enumerate(parts))


class Section(Flowable):
    """Marks where a document begins inside a file: page numbers restart, and the PDF outline gets an entry.

    Args:
        title: the outline entry (plain text, already printable).
    """

    width = height = 0

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.tresse_section = getattr(canvas, "tresse_section", 0) + 1
        canvas.tresse_bookmark = self.title


class WritingLines(Flowable):
    """Ruled lines to write on by hand.

    Args:
        count: how many lines.
        gap: the distance between two lines.
    """

    def __init__(self, count: int, gap: float = 8.5 * mm) -> None:
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = self.count * self.gap
        return self.width, self.height

    def split(self, available_width, available_height):
        """More lines than a page holds go on over the next page (as many as the kit asks, up to 30)."""
        fit = int(available_height // self.gap)
        if fit < 1 or fit >= self.count:
            return []
        return [WritingLines(fit, self.gap), WritingLines(self.count - fit, self.gap)]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.setDash(1, 2)
        for i in range(self.count):
            y = self.height - (i + 1) * self.gap + 1
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class KeepClosing(KeepTogether):
    """The end of a document kept on one page, so that no page holds only its last block.

    When it misses the room left on the page by little, its ruled lines give up to *spare* lines each (never
    fewer than *floor*) and it stays where it is; otherwise it goes to the next page whole, as ``KeepTogether``.

    Args:
        flowables: what must not be parted (the ruled lines among them may shrink).
        spare: the lines each :class:`WritingLines` may give up.
        floor: the fewest lines a :class:`WritingLines` keeps.
    """

    def __init__(self, flowables: list, spare: int = 1, floor: int = 2) -> None:
        super().__init__(flowables)
        self.spare = spare
        self.floor = floor

    def split(self, available_width, available_height):
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        ruled = [f for f in self._content if isinstance(f, WritingLines) and f.count > self.floor]
        room = sum(min(self.spare, f.count - self.floor) * f.gap for f in ruled)
        excess = self._H - available_height
        if 0 < excess <= room:
            for _ in range(self.spare):
                for lines in ruled:
                    if excess > 0 and lines.count > self.floor:
                        lines.count -= 1
                        excess -= lines.gap
            self.wrap(available_width, available_height)
        return super().split(available_width, available_height)


class CheckBox(Flowable):
    """An empty square to tick.

    Args:
        size: the side of the square.
    """

    def __init__(self, size: float = 4.5 * mm) -> None:
        super().__init__()
        self.width = self.height = size
        self.hAlign = "CENTER"

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.width, self.height)
        self.canv.restoreState()


class EuEmblem(Flowable):
    """The European flag, drawn to the EU's construction rules (the emblem of « Cofinancé par l'Union
    européenne »): a blue rectangle half again as wide as it is high; twelve gold five-pointed stars, upright, at
    the hours of a clock face on an invisible circle whose radius is a third of the height; each star's points on
    a circle whose radius is one eighteenth of the height. Reflex Blue and Yellow (#003399, #FFCC00).

    Args:
        height: the flag's height.
    """

    BLUE = "#003399"
    GOLD = "#FFCC00"

    def __init__(self, height: float = 10 * mm) -> None:
        super().__init__()
        self.height = height
        self.width = height * 1.5

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        import math

        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.BLUE)
        canvas.setStrokeColor(self.BLUE)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColor(self.GOLD)
        cx, cy = self.width / 2, self.height / 2
        ring, star = self.height / 3, self.height / 18
        for hour in range(12):
            angle = math.radians(90 - 30 * hour)
            x, y = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
            path = canvas.beginPath()
            for point in range(10):  # outer and inner points of an upright five-pointed star
                r = star if point % 2 == 0 else star * 0.382
                a = math.radians(90 + 36 * point)
                px, py = x + r * math.cos(a), y + r * math.sin(a)
                if point == 0:
                    path.moveTo(px, py)
                else:
                    path.lineTo(px, py)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
