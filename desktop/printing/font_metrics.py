"""A TrueType face read as reportlab reads it, with its large tables read whole.

reportlab's :class:`~reportlab.pdfbase.ttfonts.TTFontFace` reads the character map, the widths and the glyphs'
places one number at a time, through a method call each (36,000 calls for the three faces of a small pack:
about 25 ms a face). :class:`QuickFace` lets reportlab read everything else (names, header, metrics, what may be
embedded), then reads those three tables with one ``struct`` call each, into the same attributes with the same
values, in the same order; ``tests/test_print_cost.py`` compares them with reportlab's on the bundled faces.
Character maps of formats 4 and 12 (Unicode's basic plane and the whole of it; DejaVu Sans has both) are read
here, any other by reportlab.
"""

from __future__ import annotations

import fnmatch
import struct
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFontFace


class QuickFace(TTFontFace):
    """A :class:`TTFontFace` whose character map, widths and glyph places are read whole (same attributes)."""

    def extractInfo(self, charInfo=1):  # noqa: N802, N803 (reportlab's names)
        TTFontFace.extractInfo(self, 0)  # names, header, metrics; stops before the character map
        if not charInfo:
            return
        data = self._ttf_data
        head = self.table["head"]["offset"]
        index_format, glyph_format = struct.unpack_from(">HH", data, head + 50)
        if glyph_format != 0:
            raise TTFError("Unknown glyph data format (%d)" % glyph_format)
        encoding = self._unicode_map()
        kind = None if encoding is None else struct.unpack_from(">H", data, encoding)[0]
        if kind not in _READ:
            TTFontFace.extractInfo(self, charInfo)  # another kind of map: reportlab reads it all
            return
        self.charToGlyph, self.glyphToChar = {}, {}
        glyph_to_char = _READ[kind](self, encoding)
        (metrics_count,) = struct.unpack_from(">H", data, self.table["hhea"]["offset"] + 34)
        if metrics_count == 0:
            raise TTFError("Number of horizontal metrics is 0")
        self._read_widths(metrics_count, glyph_to_char)
        self._read_places(index_format)

    def _unicode_map(self) -> int | None:
        """Where the character map reportlab would choose starts (its own rules), or None."""
        data = self._ttf_data
        base = self.table["cmap"]["offset"]
        version, count = struct.unpack_from(">HH", data, base)
        if count == 0 and version != 0:
            count = version
        found, kind = None, 0
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHL", data, base + 4 + 8 * i)
            if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
                kind, found = 1, offset
            elif platform == 1 and encoding == 0 and kind != 1:
                kind, found = 2, offset
        return None if found is None else base + found

    def _read_segments(self, start: int) -> dict[int, list[int]]:
        """Format 4: segments of consecutive characters, each with a delta or a range of glyph numbers."""
        data = self._ttf_data
        length, _language, doubled = struct.unpack_from(">HHH", data, start + 2)
        limit = start + length
        count = doubled // 2
        at = start + 14
        ends = struct.unpack_from(f">{count}H", data, at)
        starts = struct.unpack_from(f">{count}H", data, at + 2 * count + 2)
        deltas = struct.unpack_from(f">{count}h", data, at + 4 * count + 2)
        ranges_at = at + 6 * count + 2
        ranges = struct.unpack_from(f">{count}H", data, ranges_at)
        char_to_glyph, glyph_to_char = self.charToGlyph, self.glyphToChar
        for n in range(count):
            first, last, delta, offset = starts[n], ends[n], deltas[n], ranges[n]
            if offset == 0:
                glyphs = [(c + delta) & 0xFFFF for c in range(first, last + 1)]
            else:
                where = ranges_at + 2 * n + offset
                inside = max(0, min(last - first + 1, (limit - where + 1) // 2))
                stored = struct.unpack_from(f">{inside}H", data, where) if inside else ()
                glyphs = [((g + delta) & 0xFFFF) if g else 0 for g in stored]
                glyphs += [0] * (last - first + 1 - inside)  # past the table's end (broken fonts)
            for char, glyph in zip(range(first, last + 1), glyphs):
                char_to_glyph[char] = glyph
                glyph_to_char.setdefault(glyph, []).append(char)
        return glyph_to_char

    def _read_groups(self, start: int) -> dict[int, list[int]]:
        """Format 12 (the whole of Unicode): groups of consecutive characters with consecutive glyph numbers."""
        data = self._ttf_data
        (count,) = struct.unpack_from(">L", data, start + 12)
        groups = struct.unpack_from(f">{3 * count}L", data, start + 16)
        char_to_glyph, glyph_to_char = self.charToGlyph, self.glyphToChar
        for n in range(0, 3 * count, 3):
            first, last, glyph = groups[n], groups[n + 1], groups[n + 2]
            for char in range(first, last + 1):
                char_to_glyph[char] = glyph
                glyph_to_char.setdefault(glyph, []).append(char)
                glyph += 1
        return glyph_to_char

    def _read_widths(self, metrics_count: int, glyph_to_char: dict[int, list[int]]) -> None:
        """Advance widths (scaled to 1/1000 of the em) by character, and the glyphs' metrics for subsetting."""
        data = self._ttf_data
        at = self.table["hmtx"]["offset"]
        pairs = struct.unpack_from(f">{2 * metrics_count}H", data, at)
        # reportlab's scale: x * (1000 / unitsPerEm), or x itself when the em is 1000 units
        ratio = None if self.unitsPerEm == 1000 else 1000 / self.unitsPerEm
        advances = pairs[::2] if ratio is None else [a * ratio for a in pairs[::2]]
        self.hmetrics = metrics = list(zip(pairs[::2], pairs[1::2]))
        self.defaultWidth = advances[0]
        last = advances[-1]
        rest = self.numGlyphs - metrics_count
        if rest > 0:  # only left side bearings: reportlab keeps the last (scaled) advance with them
            metrics += [(last, lsb) for lsb in struct.unpack_from(f">{rest}H", data, at + 4 * metrics_count)]
        self.charWidths = widths = {}
        for glyph in sorted(g for g in glyph_to_char if 0 <= g < self.numGlyphs):  # reportlab's order
            width = advances[glyph] if glyph < metrics_count else last
            for char in glyph_to_char[glyph]:
                widths[char] = width

    def _read_places(self, index_format: int) -> None:
        """Where each glyph's outline starts in the glyph table (the last entry: where the last one ends)."""
        if "loca" not in self.table:
            raise TTFError("missing location table")
        at, count = self.table["loca"]["offset"], self.numGlyphs + 1
        if index_format == 0:
            self.glyphPos = [p << 1 for p in struct.unpack_from(f">{count}H", self._ttf_data, at)]
            self._pos = at + 2 * count
        elif index_format == 1:
            self.glyphPos = list(struct.unpack_from(f">{count}L", self._ttf_data, at))
            self._pos = at + 4 * count
        else:
            raise TTFError("Unknown location table format (%d)" % index_format)
        char_to_glyph, widths = self.charToGlyph, self.charWidths
        if 0x20 in char_to_glyph:
            char_to_glyph[0xA0] = char_to_glyph[0x20]
            widths[0xA0] = widths[0x20]
        elif 0xA0 in char_to_glyph:
            char_to_glyph[0x20] = char_to_glyph[0xA0]
            widths[0x20] = widths[0xA0]


#: The character maps :class:`QuickFace` reads itself, by format.
_READ = {4: QuickFace._read_segments, 12: QuickFace._read_groups}


def quick_font(font, name: str, filename: str) -> None:
    """Make *font* (a :class:`~reportlab.pdfbase.ttfonts.TTFont`) what ``TTFont(name, filename)`` makes, its face
    a :class:`QuickFace`."""
    font.fontName = name
    font.face = QuickFace(filename)
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch.fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)
