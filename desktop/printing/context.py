"""The print context: the kit and the structure as every document reads them, user text made printable, warnings.

User text never goes straight into a ``Paragraph``: :meth:`PrintContext.text` replaces what the font cannot
draw (and records a French warning), escapes it and applies French typography.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image

from desktop.domain.catalogue import Workshop
from desktop.domain.kit import Facilitator, IssuingStructure, Kit, Participant, Session, Venue
from desktop.domain.paperwork import Paperwork, effective_paperwork
from desktop.domain.reason import Reason
from desktop.domain.wording import printed_text
from desktop.printing.flowables import Paragraph
from desktop.printing.fonts import missing_glyphs, printable, register_fonts
from desktop.printing.scripts import visual_words
from desktop.printing.styles import styles
from desktop.printing.typography import fr, user_markup


class PrintCancelled(Exception):
    """The person cancelled the printing; no finished PDF was left behind."""


@dataclass
class PrintContext:
    """Everything a document needs besides its own content, and where warnings gather.

    Attributes:
        kit: the kit to print.
        structure: the issuing structure (name, address, logos, signatory).
        venues_by_uid: the shared venues the kit refers to, by uid.
        facilitators_by_uid: the shared facilitators the kit refers to, by uid.
        session_uids: when not ``None``, the per-session documents print only these sessions.
        cancelled: asked at every page; when it returns True the build stops with :class:`PrintCancelled`.
        today: the date printed on certificates.
        warnings: reasons (``print.…`` keys of ``domain/wording.py``) for the person, each once, in order.
        paperwork: the kit's paperwork as it prints (:func:`~desktop.domain.paperwork.effective_paperwork`: the
            kit's own texts, else the structure's defaults); documents read it here, never from the kit.
    """

    kit: Kit
    structure: IssuingStructure = field(default_factory=IssuingStructure)
    venues_by_uid: dict[str, Venue] = field(default_factory=dict)
    facilitators_by_uid: dict[str, Facilitator] = field(default_factory=dict)
    session_uids: set[str] | None = None
    cancelled: Callable[[], bool] | None = None
    today: date = field(default_factory=date.today)
    warnings: list[Reason] = field(default_factory=list)
    _replaced: set[str] = field(default_factory=set, repr=False)
    _images: dict[str, tuple[int, int] | None] = field(default_factory=dict, repr=False)
    paperwork: Paperwork = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.paperwork = effective_paperwork(self.kit.paperwork, self.structure)
        register_fonts()
        self.styles = styles()
        self._check_glyphs()

    # -- warnings and cancellation --------------------------------------------------------------------------

    def warn(self, message: Reason) -> None:
        """Record a warning once."""
        if message not in self.warnings:
            self.warnings.append(message)

    def check_cancelled(self) -> None:
        """Raise :class:`PrintCancelled` if the person asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise PrintCancelled()

    # -- user text ------------------------------------------------------------------------------------------

    def plain(self, value: str, what: str = "Le texte") -> str:
        """User text made printable for a canvas (no markup): what the font lacks becomes « ? ».

        Texts of the kit and the structure were checked once, when the context was made (one warning per
        name, not one per document); any other text with such characters gets its warning here.

        Args:
            value: the text as typed.
            what: how a warning names it (« Le nom », « Le titre de l'atelier »…).
        """
        text, replaced = printable(value or "")
        if replaced and value not in self._replaced:
            self._warn_glyphs(value, what)
        return text

    def _warn_glyphs(self, value: str, what: str) -> None:
        self._replaced.add(value)
        shown = " ".join(value.split())
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        self.warn(Reason.of("print.glyphs", what=printed_text(what), text=shown))

    def _check_glyphs(self) -> None:
        """Warn once for every text of the kit and the structure that has characters the font lacks."""
        kit, st = self.kit, self.structure
        texts: list[tuple[str, str]] = [
            ("Le nom du programme", kit.name), ("Le territoire", kit.territory), ("Le département", kit.departement),
            ("La mention des financeurs", kit.funders_mention), ("La mention des partenaires", kit.partners_mention),
            ("Le nom de la structure", st.name), ("L'adresse de la structure", st.address),
            ("Le nom du signataire", st.signatory_name), ("La fonction du signataire", st.signatory_role),
            ("La mention des financeurs", st.funders_mention),
        ]
        for p in kit.participants:
            texts += [("Le nom", p.full_name), ("La structure", p.organisation), ("La commune", p.commune)]
            self._replaced.update((p.first_name, p.last_name))  # named through the full name
        for f in self.all_facilitators():
            texts += [("Le nom", f.name), ("La structure", f.organisation), ("Le téléphone", f.phone),
                      ("L'adresse électronique", f.email)]
        for v in self.all_venues():
            texts += [("Le lieu", v.name), ("L'adresse", v.address), ("La commune", v.commune),
                      ("Les indications d'accès", v.access_notes), ("L'équipement", v.equipment)]
        for kw in kit.workshops:
            w = kw.workshop
            texts.append(("Le titre de l'atelier", w.title))
            texts += [("Le texte de l'atelier", x) for x in (w.summary, *w.objectives, *w.key_points,
                                                            *w.worksheet, *w.resources)]
            for segment in w.segments:
                texts += [("Le déroulé de l'atelier", x) for x in (segment.title, segment.description)]
        texts += [("Le commentaire", e.comment) for e in kit.evaluations]
        for what, value in texts:
            if value and value not in self._replaced and missing_glyphs(value):
                self._warn_glyphs(value, what)

    def text(self, value: str, what: str = "Le texte") -> str:
        """User text as safe paragraph markup (printable, right-to-left words in reading order, escaped, French
        typography)."""
        return user_markup(visual_words(self.plain(value, what)))

    def para(self, value: str, style=None, what: str = "Le texte") -> Paragraph:
        """A paragraph of user text."""
        return Paragraph(self.text(value, what), style or self.styles.body)

    def fixed(self, markup: str, style=None) -> Paragraph:
        """A paragraph of our own French text (markup allowed; user parts already went through :meth:`text`)."""
        return Paragraph(fr(markup), style or self.styles.body)

    # -- the kit, seen from a session -----------------------------------------------------------------------

    def sessions(self, *, selected: bool = True) -> list[Session]:
        """Sessions not cancelled, in time order; only those chosen for printing when *selected*."""
        found = [s for s in self.kit.sessions if s.is_active]
        if selected and self.session_uids is not None:
            found = [s for s in found if s.uid in self.session_uids]
        return sorted(found, key=lambda s: (s.day, s.start, s.uid))

    def chosen_workshops(self) -> list:
        """The kit's workshops in order; only those of the chosen sessions when sessions are chosen."""
        workshops = list(self.kit.workshops)
        if self.session_uids is not None:
            chosen = {s.kit_workshop_uid for s in self.sessions()}
            workshops = [kw for kw in workshops if kw.uid in chosen]
        return workshops

    def workshop(self, session: Session) -> Workshop | None:
        kw = self.kit.kit_workshop(session.kit_workshop_uid)
        return kw.workshop if kw else None

    def workshop_title(self, session: Session) -> str:
        w = self.workshop(session)
        return w.title if w else "Atelier"

    def venue(self, session: Session) -> Venue | None:
        return self.venues_by_uid.get(session.venue_uid) if session.venue_uid else None

    def facilitators(self, session: Session | None = None) -> list[Facilitator]:
        """The session's facilitators, or the kit's when the session names none."""
        uids = (session.facilitator_uids if session else ()) or self.kit.facilitator_uids
        return [f for f in (self.facilitators_by_uid.get(u) for u in uids) if f is not None]

    def team(self) -> list[Facilitator]:
        """The kit's own facilitators, or everyone the kit refers to when it names none."""
        return self.facilitators() or self.all_facilitators()

    def all_facilitators(self) -> list[Facilitator]:
        """Every facilitator the kit knows (its own and its sessions')."""
        return list(self.facilitators_by_uid.values())

    def all_venues(self) -> list[Venue]:
        """Every venue the kit refers to."""
        return list(self.venues_by_uid.values())

    def venues(self, sessions: Iterable[Session]) -> list[Venue]:
        """The venues of *sessions*, each once, in the order they first appear."""
        found: list[Venue] = []
        for session in sessions:
            venue = self.venue(session)
            if venue is not None and venue not in found:
                found.append(venue)
        return found

    def participants(self) -> list[Participant]:
        """Participants sorted by last name, then first name, as a French reader expects."""
        return sorted(self.kit.participants, key=lambda p: (p.sort_name, p.uid))

    def funders_mention(self) -> str:
        return self.kit.funders_mention or self.structure.funders_mention

    def author(self) -> str:
        return self.structure.name or "Tresse"

    # -- images ---------------------------------------------------------------------------------------------

    def image(self, path: str, max_width: float, max_height: float) -> Image | None:
        """A logo scaled to fit the box, or ``None`` (with a warning) if the file cannot be read."""
        if not path:
            return None
        if path not in self._images:
            try:
                size = ImageReader(path).getSize()
            except Exception:  # any unreadable file: missing, not an image, truncated
                size = None
                self.warn(Reason.of("print.logo_unreadable", path=path))
            self._images[path] = size
        size = self._images[path]
        if not size or not size[0] or not size[1]:
            return None
        width, height = size
        scale = min(max_width / width, max_height / height)
        return Image(path, width=width * scale, height=height * scale, hAlign="LEFT")
