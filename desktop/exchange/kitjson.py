"""Reading ``kit.json``, the JSON document inside a kit file: bounded parsing, field checks, domain objects.

The document comes from someone else's computer, so nothing in it is trusted: the JSON text is parsed strictly by
:mod:`desktop.exchange.strictjson` (UTF-8, no duplicate key, no ``NaN``, bounded numbers, nesting and size, no NUL
or lone surrogate); then every field is checked for its type, its length or range,
its identifiers (canonical UUIDs, unique within their list; :mod:`desktop.exchange.checked`) and its references (a session's workshop, venue and
facilitators must be in the file). The first problem raises :class:`~desktop.exchange.errors.KitFileError`
naming the place (``sessions[3].start``); control characters are removed from texts, with a warning naming the
fields. Unknown fields are ignored: later additions to the format's version 1
do not break this reader. The field list is ``docs/kit-format.md``; the archive around the document is handled by
:mod:`desktop.exchange.kitfile`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.domain.kit import (EVALUATION_SCALE, Attendance, Evaluation, Facilitator, HalfDay, IssuingStructure, Kit,
                                KitWorkshop, Participant, Presence, Session, SessionStatus, Venue)
from desktop.domain.paperwork import (
    ANSWER_LINES_RANGE, DEFAULT_SLOT_MINUTES, PAPERWORK_TEXTS, ActionNature, FactState, Paperwork, fact_value, legacy_fact,
)
from desktop.domain.vocabulary import DAY_MAX_MINUTES
from desktop.domain.session_run import SegmentSpent, SessionRun
from desktop.domain.reason import Reason
from desktop.exchange.checked import MAX_KEY, MAX_TEXT, Obj, check_known, check_text, check_uid
from desktop.exchange.errors import KitFileError, detail, expected
from desktop.exchange.kit_call import parse_call
from desktop.domain.workshop_codec import workshop_from_content

FORMAT = "tresse-kit"
#: The major version this Tresse writes and reads; a file with a higher one is refused.
VERSION = 1
#: Additions made to version 1 so far (a file with a higher one is read, with a warning). 1: ``kit.venue_uids``
#: (the venues a kit was given, besides its sessions'). 2: ``kit.paperwork``, ``workshops[].slot_minutes``,
#: ``attendances[].arrival``/``departure``, ``venues[].*_state``. 3: ``session_runs``
#: (time spent per segment and the sub-groups of sessions run live). 4: ``kit.call`` (the call for projects or
#: applications, its deadline and its selection criteria).
MINOR = 4

MAX_SEGMENTS = 200
MAX_SCORES = 50
MAX_FUNDER_LOGOS = 12
LIMITS = {"workshops": 1_000, "venues": 1_000, "facilitators": 1_000, "participants": 5_000, "sessions": 5_000,
          "attendances": 200_000, "evaluations": 50_000,
          "session_runs": 5_000}
MAX_GROUPS = 500

_CONTENT_LISTS = ("objectives", "key_points", "worksheet", "resources", "materials")

#: Given a logo's member name (already a checked string) and its place, return the name if the image is usable,
#: or "" after appending a warning; raise KitFileError for a name that is not acceptable.
ImageLoader = Callable[[str, str, list[str]], str]


@dataclass
class KitFile:
    """What a kit file holds, once checked.

    Attributes:
        kit: the kit (with its participants, attendances and evaluations when the file carries personal data).
        venues: the venues the kit refers to, as the file gives them (shared records: the importer decides how
            they meet the local ones).
        facilitators: the facilitators the kit refers to, likewise.
        structure: the issuing structure, or None. Its ``logo_path`` and ``funder_logo_paths`` name members of
            ``images`` (``"images/logo.png"``): the caller stores those bytes and replaces the paths.
        version: the file's major format version.
        warnings: reasons (``kitread.…``) about what was ignored (unknown statuses, missing logos, newer additions).
        images: the logo images, by member name.
        generator: the application that wrote the file (« Tresse 0.1.0 »).
        exported: when the file was written, if it says.
        with_participants: whether the file carries personal data (participants, attendances, evaluations).
    """

    kit: Kit
    venues: tuple[Venue, ...] = ()
    facilitators: tuple[Facilitator, ...] = ()
    structure: IssuingStructure | None = None
    version: int = VERSION
    warnings: list[Reason] = field(default_factory=list)
    images: dict[str, bytes] = field(default_factory=dict)
    generator: str = ""
    exported: datetime | None = None
    with_participants: bool = False


def _by_uid(top: Obj, key: str, parse: Any, *args: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for obj in top.objects(key, LIMITS[key]):
        item = parse(obj, *args)
        if item.uid in found:
            raise KitFileError("duplicate", where=obj.at("uid"), detail=item.uid)
        found[item.uid] = item
    return found


def _fact(o: Obj, name: str) -> bool | None:
    """A venue fact: ``<name>_state`` (minor 1) when present, else the boolean of minor 0, where ``false`` (also
    what a venue never described said) or no value reads as « à préciser »."""
    state = o.raw(f"{name}_state", False)
    if state is not None:
        check_text(state, o.at(f"{name}_state"), MAX_KEY)
        try:
            return fact_value(FactState(state))
        except ValueError as exc:
            raise KitFileError("bad_value", where=o.at(f"{name}_state"), detail=detail("yes_no_unknown")) from exc
    return legacy_fact(o.boolean(name, False))


def _venue(o: Obj) -> Venue:
    return Venue(uid=o.uid(), name=o.text("name", nonempty=True), address=o.text("address", MAX_TEXT),
                 commune=o.text("commune"), capacity=o.integer("capacity", 0, 100_000),
                 step_free=_fact(o, "step_free"), parking=_fact(o, "parking"),
                 mobile_coverage=_fact(o, "mobile_coverage"), wifi=_fact(o, "wifi"),
                 equipment=o.text("equipment", MAX_TEXT), access_notes=o.text("access_notes", MAX_TEXT))


def _paperwork(o: Obj | None) -> Paperwork:
    """``kit.paperwork`` (minor 1), every field checked; absent: the defaults."""
    if o is None:
        return Paperwork()
    nature_key = o.key("nature", ActionNature.TRAINING.value)
    try:
        nature = ActionNature(nature_key)
    except ValueError as exc:
        raise KitFileError("bad_value", where=o.at("nature"), detail=nature_key[:40]) from exc
    return Paperwork(training_action=o.boolean("training_action", False), nature=nature,
                     fse_plus=o.boolean("fse_plus", False),
                     answer_lines=o.integer("answer_lines", *ANSWER_LINES_RANGE, default=Paperwork.answer_lines),
                     **{name: o.text(name, MAX_TEXT) for name in PAPERWORK_TEXTS})


def _facilitator(o: Obj) -> Facilitator:
    return Facilitator(uid=o.uid(), name=o.text("name", nonempty=True), email=o.text("email"),
                       phone=o.text("phone"), organisation=o.text("organisation"))


def _participant(o: Obj) -> Participant:
    return Participant(uid=o.uid(), last_name=o.text("last_name", nonempty=True), first_name=o.text("first_name"),
                       organisation=o.text("organisation"), commune=o.text("commune"), email=o.text("email"),
                       phone=o.text("phone"), notes=o.text("notes", MAX_TEXT))


def _workshop(o: Obj) -> KitWorkshop:
    segments = [{"kind": s.key("kind"), "title": s.text("title", required=True),
                 "minutes": s.integer("minutes", 1, DAY_MAX_MINUTES, required=True),
                 "description": s.text("description", MAX_TEXT)} for s in o.objects("segments", MAX_SEGMENTS)]
    base = dict(id=o.text("library_id"), title=o.text("title", nonempty=True), format=o.key("format", "atelier"),
                audience=o.keys("audience"),
                duration_minutes=o.integer("duration_minutes", 1, DAY_MAX_MINUTES, required=True),
                origin=o.key("origin", "tresse"),
                experiments=o.integers("experiments", 1, 9999),
                source_note=o.text("source_note", MAX_TEXT), summary=o.text("summary", MAX_TEXT))
    content = {key: o.texts(key) for key in _CONTENT_LISTS}
    content["segments"] = segments
    return KitWorkshop(uid=o.uid(), workshop=workshop_from_content(base, content),
                       slot_minutes=o.integer("slot_minutes", 5, DAY_MAX_MINUTES, default=DEFAULT_SLOT_MINUTES))



def _session(o: Obj, workshops: dict, venues: dict, facilitators: dict, dropped: Counter) -> Session:
    workshop_uid = o.uid("workshop_uid")
    check_known(o.at("workshop_uid"), workshop_uid, workshops, detail("workshop"))
    start, end = o.clock("start"), o.clock("end")
    if end <= start:
        raise KitFileError("out_of_range", where=o.at("end"), detail=detail("end_before_start"))
    lunch_start = lunch_end = None
    lunch = o.sub("lunch")
    if lunch is not None:
        lunch_start, lunch_end = lunch.clock("start"), lunch.clock("end")
        if not start <= lunch_start < lunch_end <= end:
            raise KitFileError("out_of_range", where=lunch.where, detail=detail("lunch_outside"))
    status_key = o.key("status", SessionStatus.PENCILLED.value)
    try:
        status = SessionStatus(status_key)
    except ValueError:
        status = SessionStatus.PENCILLED
        dropped["status"] += 1
    venue_uid = o.uid("venue_uid", required=False)
    if venue_uid:
        check_known(o.at("venue_uid"), venue_uid, venues, detail("venue"))
    return Session(uid=o.uid(), kit_workshop_uid=workshop_uid, day=o.day("date"), start=start, end=end,
                   venue_uid=venue_uid, facilitator_uids=o.uids("facilitator_uids", facilitators, detail("facilitator")),
                   status=status, lunch_start=lunch_start, lunch_end=lunch_end,
                   sequence=o.integer("sequence", 0, 1_000_000_000), notes=o.text("notes", MAX_TEXT))


def _kit_fields(o: Obj, facilitators: dict, venues: dict) -> dict[str, Any]:
    return dict(uid=o.uid(), name=o.text("name", nonempty=True), territory=o.text("territory"),
                departement=o.text("departement"), audience=o.keys("audience"),
                facilitator_uids=o.uids("facilitator_uids", facilitators, detail("facilitator")),
                venue_uids=o.uids("venue_uids", venues, detail("venue")),
                funders_mention=o.text("funders_mention", MAX_TEXT),
                partners_mention=o.text("partners_mention", MAX_TEXT), notes=o.text("notes", MAX_TEXT),
                capacity=o.integer("capacity", 0, LIMITS["participants"], default=12),
                archived=o.boolean("archived", False), template_id=o.text("template_id"),
                experiment=o.integer("experiment", 1, 9999, default=None),
                created=o.stamp("created"), modified=o.stamp("modified"), paperwork=_paperwork(o.sub("paperwork")),
                call=parse_call(o.sub("call")))


def _attendances(top: Obj, sessions: dict, participants: dict, dropped: Counter) -> tuple[Attendance, ...]:
    found: dict[tuple[str, str, str], Attendance] = {}
    for o in top.objects("attendances", LIMITS["attendances"]):
        session_uid, participant_uid = o.uid("session_uid"), o.uid("participant_uid")
        check_known(o.at("session_uid"), session_uid, sessions, detail("session"))
        check_known(o.at("participant_uid"), participant_uid, participants, detail("participant"))
        half_day, presence = o.key("half_day"), o.key("presence")
        key = (session_uid, participant_uid, half_day)
        if key in found:
            raise KitFileError("duplicate", where=o.where, detail=detail("same_presence_twice"))
        arrival = o.clock("arrival") if o.raw("arrival", False) is not None else None
        departure = o.clock("departure") if o.raw("departure", False) is not None else None
        try:
            found[key] = Attendance(session_uid, participant_uid, HalfDay(half_day), Presence(presence), arrival,
                                    departure)
        except ValueError:
            dropped["presence"] += 1
    return tuple(found.values())


def _evaluations(top: Obj, sessions: dict, participants: dict) -> tuple[Evaluation, ...]:
    low, high = min(EVALUATION_SCALE), max(EVALUATION_SCALE)
    found: list[Evaluation] = []
    seen: set[tuple[str, str]] = set()
    for o in top.objects("evaluations", LIMITS["evaluations"]):
        session_uid, participant_uid = o.uid("session_uid"), o.uid("participant_uid", required=False)
        check_known(o.at("session_uid"), session_uid, sessions, detail("session"))
        if participant_uid:
            check_known(o.at("participant_uid"), participant_uid, participants, detail("participant"))
            if (session_uid, participant_uid) in seen:
                raise KitFileError("duplicate", where=o.where, detail=detail("same_answer_twice"))
            seen.add((session_uid, participant_uid))
        scores = o.sub("scores") or Obj({}, o.at("scores"), o.cleaned)
        if len(scores.data) > MAX_SCORES:
            raise KitFileError("too_many", where=scores.where, limit=MAX_SCORES)
        pairs = []
        for question in scores.data:
            key = check_text(question, scores.where, MAX_KEY, o.cleaned)
            if any(key == known for known, _ in pairs):  # two questions that differed by a control character
                raise KitFileError("duplicate", where=scores.where, detail=key)
            pairs.append((key, scores.integer(question, low, high, required=True)))
        found.append(Evaluation(session_uid, participant_uid, tuple(pairs), o.text("comment", MAX_TEXT)))
    return tuple(found)


def _session_runs(top: Obj, sessions: dict, participants: dict) -> tuple[SessionRun, ...]:
    """The sessions run live (minor 2): time spent per segment, and the sub-groups (personal data)."""
    found: dict[str, SessionRun] = {}
    for o in top.objects("session_runs", LIMITS["session_runs"]):
        session_uid = o.uid("session_uid")
        check_known(o.at("session_uid"), session_uid, sessions, detail("session"))
        if session_uid in found:
            raise KitFileError("duplicate", where=o.at("session_uid"), detail=session_uid)
        spent = tuple(SegmentSpent(x.text("title", required=True),
                                   x.integer("planned_minutes", 0, DAY_MAX_MINUTES, required=True),
                                   x.integer("spent_seconds", 0, 7 * 24 * 3600, required=True))
                      for x in o.objects("spent", MAX_SEGMENTS))
        groups, seen = [], set()
        for i, value in enumerate(o.items("groups", MAX_GROUPS)):
            where = f"{o.at('groups')}[{i}]"
            if not isinstance(value, list):
                raise KitFileError("bad_type", where=where, expected=expected("list"))
            if len(value) > LIMITS["participants"]:
                raise KitFileError("too_many", where=where, limit=LIMITS["participants"])
            group = tuple(check_uid(u, f"{where}[{j}]") for j, u in enumerate(value))
            for j, u in enumerate(group):
                check_known(f"{where}[{j}]", u, participants, detail("participant"))
                if u in seen:
                    raise KitFileError("duplicate", where=f"{where}[{j}]", detail=detail("person_in_two_groups"))
                seen.add(u)
            if group:
                groups.append(group)
        run = SessionRun(session_uid, spent, tuple(groups))
        if not run.is_empty:
            found[session_uid] = run
    return tuple(found.values())


def _structure(o: Obj, load_image: ImageLoader, warnings: list[Reason]) -> IssuingStructure:
    def image(value: Any, where: str) -> str:
        return "" if value is None or value == "" else load_image(check_text(value, where, 100), where, warnings)

    logo = image(o.raw("logo", False), o.at("logo"))
    funders = [image(v, f"{o.at('funder_logos')}[{i}]") for i, v in enumerate(o.items("funder_logos",
                                                                                      MAX_FUNDER_LOGOS))]
    return IssuingStructure(name=o.text("name"), address=o.text("address", MAX_TEXT), logo_path=logo,
                            signatory_name=o.text("signatory_name"), signatory_role=o.text("signatory_role"),
                            funders_mention=o.text("funders_mention", MAX_TEXT),
                            funder_logo_paths=tuple(f for f in funders if f))


def _cleaned_warning(places: list[str]) -> Reason:
    shown = tuple(Reason.of("label.quoted", text=place) for place in places[:5])
    more = (Reason.of("label.others", n=len(places) - 5),) if len(places) > 5 else ()
    return Reason.of("kitread.controls_removed", places=shown + more)


def parse_document(document: Any, load_image: ImageLoader) -> KitFile:
    """Check a decoded ``kit.json`` and build the kit it describes (``images`` is left for the caller to fill).

    Raises:
        KitFileError: the first problem found.
    """
    if not isinstance(document, dict):
        raise KitFileError("not_a_kit", detail=detail("unexpected_content"))
    kind = document.get("format")
    if kind != FORMAT:
        shown = detail("format", format=kind[:40]) if isinstance(kind, str) else detail("no_format")
        raise KitFileError("not_a_kit", detail=shown)
    top = Obj(document, "", [])
    generator = document.get("generator")
    generator = generator[:60] if isinstance(generator, str) else "version inconnue"
    version = top.integer("version", 1, 2**31, required=True)
    if version > VERSION:
        raise KitFileError("too_new", found=version, supported=VERSION, generator=generator)
    generator = top.text("generator", 200)
    warnings: list[Reason] = []
    if top.integer("minor", 0, 1_000_000) > MINOR:
        warnings.append(Reason.of("kitread.newer_minor", generator=generator or Reason.of("kitread.unknown_version")))
    exported = top.stamp("exported")
    dropped: Counter = Counter()
    venues = _by_uid(top, "venues", _venue)
    facilitators = _by_uid(top, "facilitators", _facilitator)
    workshops = _by_uid(top, "workshops", _workshop)
    participants = _by_uid(top, "participants", _participant)
    sessions = _by_uid(top, "sessions", _session, workshops, venues, facilitators, dropped)
    kit_obj = top.sub("kit")
    if kit_obj is None:
        raise KitFileError("missing_field", where="kit")
    fields = _kit_fields(kit_obj, facilitators, venues)
    attendances = _attendances(top, sessions, participants, dropped)
    evaluations = _evaluations(top, sessions, participants)
    session_runs = _session_runs(top, sessions, participants)
    structure_obj = top.sub("issuing_structure")
    structure = None if structure_obj is None else _structure(structure_obj, load_image, warnings)
    if dropped["status"]:
        warnings.append(Reason.of("kitread.unknown_status", n=dropped["status"]))
    if dropped["presence"]:
        warnings.append(Reason.of("kitread.unknown_presence", n=dropped["presence"]))
    if top.cleaned:
        warnings.append(_cleaned_warning(top.cleaned))
    kit = Kit(**fields, workshops=tuple(workshops.values()), participants=tuple(participants.values()),
              sessions=tuple(sessions.values()), attendances=attendances, evaluations=evaluations,
              session_runs=session_runs)
    return KitFile(kit=kit, venues=tuple(venues.values()), facilitators=tuple(facilitators.values()),
                   structure=structure, version=version, warnings=warnings,
                   generator=generator, exported=exported,
                   with_participants=top.boolean("personal_data", "participants" in document))
