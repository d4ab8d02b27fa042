"""Right-to-left and complex scripts: Arabic and Hebrew names print joined and in reading order.

Only the paragraphs that hold such characters pay for it, so an ordinary pack costs nothing more:

* :func:`needs_shaping` finds them; :func:`shaped_style` gives their style with reportlab's shaping on (uharfbuzz,
  the ``shaping`` extra of reportlab), which joins Arabic letters and sets each word's glyphs in visual order. The
  oblique face has no Arabic, so a shaped italic falls back to the upright one;
* reportlab still lays the *words* out left to right in logical order; :func:`visual_words` puts them in reading
  order with ``python-bidi`` (the Unicode bidirectional algorithm) and then restores the logical order of the
  letters inside each right-to-left run, which the shaper expects. Lines are ordered as typed: this is meant for
  names, titles and short texts, which is what people type in right-to-left scripts here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle

from desktop.printing.fonts import OBLIQUE, REGULAR

#: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic supplements and presentation forms.
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL_CHAR = re.compile(f"[{_RTL}]")
_RTL_RUN = re.compile(f"[{_RTL}]+")
#: Scripts whose letters change shape with their neighbours (the right-to-left ones and those of India).
_COMPLEX = re.compile(f"[{_RTL}\u0900-\u0dff]")


def needs_shaping(text: str) -> bool:
    """Whether *text* holds characters that only print right once shaped."""
    return bool(_COMPLEX.search(text))


def visual_words(text: str) -> str:
    """*text* with its right-to-left runs in reading order, line by line, letters left in logical order for the
    shaper; text without right-to-left characters is returned as it is."""
    if not _RTL_CHAR.search(text):
        return text
    from bidi import get_display  # only a text with right-to-left letters needs the algorithm

    lines = []
    for line in text.split("\n"):
        if _RTL_CHAR.search(line):
            line = _RTL_RUN.sub(lambda m: m.group(0)[::-1], get_display(line))
        lines.append(line)
    return "\n".join(lines)


@lru_cache(maxsize=None)
def shaped_style(style: ParagraphStyle) -> ParagraphStyle:
    """*style* with shaping on (its oblique face replaced by the upright one, which has the Arabic letters)."""
    if getattr(style, "shaping", 0):
        return style
    font = REGULAR if style.fontName == OBLIQUE else style.fontName
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1, fontName=font)
