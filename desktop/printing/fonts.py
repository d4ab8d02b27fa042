"""The bundled DejaVu Sans family: registration with reportlab, and what it can and cannot print.

Every printed style uses this family, so the font is embedded (as a TrueType subset) in every PDF and the
documents print the same on any machine. DejaVu Sans covers Latin (with its extensions), Greek and Cyrillic;
for anything else (Chinese, most emoji…) reportlab would draw an empty box, so :func:`printable` replaces such
characters by a visible placeholder and says which ones it replaced.

User text is only ever set in the regular and bold faces (the oblique faces cover fewer characters), so the
characters we call printable are those both of these faces have in their character map.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.printing.font_metrics import quick_font

from desktop import paths

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"

#: reportlab font name → file name in ``resources/fonts``.
FONT_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
    BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}
LICENCE_FILE = "LICENSE-DejaVu.txt"

#: What stands in, on paper, for a character the font cannot draw.
PLACEHOLDER = "?"

# Characters that never reach the page as such: line breaks and tabs are turned into markup or spaces by the
# typography helpers; variation selectors, joiners and the byte order mark are invisible.
_KEPT_CONTROLS = {"\n", "\t"}
_INVISIBLE = {"\u200c", "\u200d", "\u2060", "\ufeff"} | {chr(c) for c in range(0xFE00, 0xFE10)}
#: What :func:`_normalise` drops: the invisible characters above and the control characters (Unicode category
#: Cc, U+0000–U+001F and U+007F–U+009F) but line feed and tab.
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200c\u200d\u2060\ufeff\ufe00-\ufe0f]")

_lock = threading.RLock()


class FontsMissing(FileNotFoundError):
    """The bundled font files are not where :func:`desktop.paths.fonts_dir` says (a broken installation).

    Attributes:
        path: the file that was looked for.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(f"font file not found: {path}")
        self.path = path


def font_path(name: str) -> Path:
    """The file of one of the four faces."""
    return paths.fonts_dir() / FONT_FILES[name]


class _LazyTTFont(TTFont):
    """A TrueType face registered under its name whose file is parsed when the face is first used.

    Parsing a face costs about as much as laying out a dozen pages; a document that sets no oblique text never pays
    for the oblique faces. Nothing is read at creation; the first attribute reportlab asks for that only the parsed
    font has (its face, its metrics, its subsets) reads the file, once, under a lock, as :class:`TTFont`'s own
    constructor does but with its tables read whole (:mod:`desktop.printing.font_metrics`).
    """

    def __init__(self, name: str, filename: str) -> None:  # noqa: D107 - the real constructor runs on first use
        self.__dict__["_pending"] = (name, filename)
        self.fontName = name

    def __getattr__(self, attr: str):
        pending = self.__dict__.get("_pending")
        if pending is None or attr.startswith("__"):
            raise AttributeError(attr)
        with _lock:
            if self.__dict__.pop("_pending", None) is not None:
                quick_font(self, *pending)
        return getattr(self, attr)

    @property
    def parsed(self) -> bool:
        """Whether the face's file has been read."""
        return "_pending" not in self.__dict__


def register_fonts() -> None:
    """Register the four faces and the family with reportlab (once; later calls do nothing). Each face's file is
    parsed when that face is first used (:class:`_LazyTTFont`), so only the faces a document sets cost anything."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        if all(name in registered for name in FONT_FILES):
            return
        for name in FONT_FILES:
            file = font_path(name)
            if not file.is_file():
                raise FontsMissing(file)
            if name not in registered:
                # What pdfmetrics.registerFont does for a TrueType font, without reading the face's name (which
                # would parse the file): the font under its name, and the name as a family of its own.
                pdfmetrics._fonts[name] = _LazyTTFont(name, str(file))  # noqa: SLF001 - reportlab's registry
                pdfmetrics.registerFontFamily(name)
        # <b> and <i> inside paragraphs find the bold and oblique faces through the family's mappings.
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE)


def parsed_faces() -> list[str]:
    """The faces whose file has been read so far in this process (by reportlab name)."""
    return [name for name in FONT_FILES if getattr(pdfmetrics._fonts.get(name), "parsed", True)  # noqa: SLF001
            and name in pdfmetrics.getRegisteredFontNames()]


@lru_cache(maxsize=1)
def coverage() -> frozenset[int]:
    """Code points that both the regular and the bold face can draw."""
    register_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(regular.keys() & bold.keys())


def _normalise(text: str) -> str:
    """NFC (a decomposed « é » becomes one character), one kind of line break, no invisible characters."""
    text = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    return _DROPPED.sub("", text)


def _lacking(text: str, covered: frozenset[int]) -> bool:
    """Whether *text* (normalised) holds a character the font cannot draw (each distinct character looked at
    once: most texts have none)."""
    return any(ord(ch) not in covered for ch in set(text) - _KEPT_CONTROLS)


def missing_glyphs(text: str) -> list[str]:
    """The characters of *text* the font cannot print, each once, in order of appearance.

    The GUI can call this while a person types a name, to warn before anything is printed.
    """
    covered = coverage()
    text = _normalise(text)
    if not _lacking(text, covered):
        return []
    seen: list[str] = []
    for ch in text:
        if ch not in _KEPT_CONTROLS and ord(ch) not in covered and ch not in seen:
            seen.append(ch)
    return seen


@lru_cache(maxsize=8192)
def printable(text: str, placeholder: str = PLACEHOLDER) -> tuple[str, bool]:
    """*text* ready for the font: normalised, every character it cannot draw replaced by *placeholder*.

    Returns:
        The printable text, and whether anything was replaced.
    """
    covered = coverage()
    text = _normalise(text)
    if not _lacking(text, covered):
        return text, False
    out = []
    replaced = False
    for ch in text:
        if ch in _KEPT_CONTROLS or ord(ch) in covered:
            out.append(ch)
        else:
            out.append(placeholder)
            replaced = True
    return "".join(out), replaced
