"""French days off, offline: public holidays, school holidays of zones A, B and C, départements and their zones.

Public holidays come from the ``holidays`` package (with the two extra days of Alsace-Moselle — Vendredi saint
and Saint-Étienne, 26 décembre — for Moselle, Bas-Rhin and Haut-Rhin, and the local days of the overseas
départements). School holidays come from ``vacances_scolaires_france``, whose data stop at the end of the last
published school year: beyond it a day's status is *unknown* (``None``), never silently "term time", so that
callers can say so. Corsica and the overseas territories have their own school calendars, which neither package
knows: they have no zone, and no school holidays are applied there.

Everything here is pure and cached: the data files are read once per process. Both packages are imported when
first needed (inside the functions, as plain ``import`` statements the bundle's freezer sees), not when the window
starts: together they weigh about 11 MiB and 30 ms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from desktop.domain.reason import Reason
from desktop.domain.text import fold

if TYPE_CHECKING:
    from vacances_scolaires_france import SchoolHolidayDates

ZONES = ("A", "B", "C")

# code -> (name, school zone or None). Zones per académie (arrêté of 2015, unchanged since):
# A: Besançon, Bordeaux, Clermont-Ferrand, Dijon, Grenoble, Limoges, Lyon, Poitiers;
# B: Aix-Marseille, Amiens, Lille, Nancy-Metz, Nantes, Nice, Normandie, Orléans-Tours, Reims, Rennes, Strasbourg;
# C: Créteil, Montpellier, Paris, Toulouse, Versailles. Corsica and overseas: none.
_DEPARTEMENTS: dict[str, tuple[str, str | None]] = {
    "01": ("Ain", "A"), "02": ("Aisne", "B"), "03": ("Allier", "A"), "04": ("Alpes-de-Haute-Provence", "B"),
    "05": ("Hautes-Alpes", "B"), "06": ("Alpes-Maritimes", "B"), "07": ("Ardèche", "A"), "08": ("Ardennes", "B"),
    "09": ("Ariège", "C"), "10": ("Aube", "B"), "11": ("Aude", "C"), "12": ("Aveyron", "C"),
    "13": ("Bouches-du-Rhône", "B"), "14": ("Calvados", "B"), "15": ("Cantal", "A"), "16": ("Charente", "A"),
    "17": ("Charente-Maritime", "A"), "18": ("Cher", "B"), "19": ("Corrèze", "A"), "20": ("Corse", None),
    "2A": ("Corse-du-Sud", None), "2B": ("Haute-Corse", None), "21": ("Côte-d'Or", "A"),
    "22": ("Côtes-d'Armor", "B"), "23": ("Creuse", "A"), "24": ("Dordogne", "A"), "25": ("Doubs", "A"),
    "26": ("Drôme", "A"), "27": ("Eure", "B"), "28": ("Eure-et-Loir", "B"), "29": ("Finistère", "B"),
    "30": ("Gard", "C"), "31": ("Haute-Garonne", "C"), "32": ("Gers", "C"), "33": ("Gironde", "A"),
    "34": ("Hérault", "C"), "35": ("Ille-et-Vilaine", "B"), "36": ("Indre", "B"), "37": ("Indre-et-Loire", "B"),
    "38": ("Isère", "A"), "39": ("Jura", "A"), "40": ("Landes", "A"), "41": ("Loir-et-Cher", "B"),
    "42": ("Loire", "A"), "43": ("Haute-Loire", "A"), "44": ("Loire-Atlantique", "B"), "45": ("Loiret", "B"),
    "46": ("Lot", "C"), "47": ("Lot-et-Garonne", "A"), "48": ("Lozère", "C"), "49": ("Maine-et-Loire", "B"),
    "50": ("Manche", "B"), "51": ("Marne", "B"), "52": ("Haute-Marne", "B"), "53": ("Mayenne", "B"),
    "54": ("Meurthe-et-Moselle", "B"), "55": ("Meuse", "B"), "56": ("Morbihan", "B"), "57": ("Moselle", "B"),
    "58": ("Nièvre", "A"), "59": ("Nord", "B"), "60": ("Oise", "B"), "61": ("Orne", "B"),
    "62": ("Pas-de-Calais", "B"), "63": ("Puy-de-Dôme", "A"), "64": ("Pyrénées-Atlantiques", "A"),
    "65": ("Hautes-Pyrénées", "C"), "66": ("Pyrénées-Orientales", "C"), "67": ("Bas-Rhin", "B"),
    "68": ("Haut-Rhin", "B"), "69": ("Rhône", "A"), "70": ("Haute-Saône", "A"), "71": ("Saône-et-Loire", "A"),
    "72": ("Sarthe", "B"), "73": ("Savoie", "A"), "74": ("Haute-Savoie", "A"), "75": ("Paris", "C"),
    "76": ("Seine-Maritime", "B"), "77": ("Seine-et-Marne", "C"), "78": ("Yvelines", "C"),
    "79": ("Deux-Sèvres", "A"), "80": ("Somme", "B"), "81": ("Tarn", "C"), "82": ("Tarn-et-Garonne", "C"),
    "83": ("Var", "B"), "84": ("Vaucluse", "B"), "85": ("Vendée", "B"), "86": ("Vienne", "A"),
    "87": ("Haute-Vienne", "A"), "88": ("Vosges", "B"), "89": ("Yonne", "A"), "90": ("Territoire de Belfort", "A"),
    "91": ("Essonne", "C"), "92": ("Hauts-de-Seine", "C"), "93": ("Seine-Saint-Denis", "C"),
    "94": ("Val-de-Marne", "C"), "95": ("Val-d'Oise", "C"),
    "971": ("Guadeloupe", None), "972": ("Martinique", None), "973": ("Guyane", None),
    "974": ("La Réunion", None), "975": ("Saint-Pierre-et-Miquelon", None), "976": ("Mayotte", None),
    "977": ("Saint-Barthélemy", None), "978": ("Saint-Martin", None), "986": ("Wallis-et-Futuna", None),
    "987": ("Polynésie française", None), "988": ("Nouvelle-Calédonie", None),
}

# The ``holidays`` subdivision giving a département's local public holidays (Alsace-Moselle, overseas).
_HOLIDAY_SUBDIVISIONS = {
    "57": "57", "67": "6AE", "68": "6AE", "971": "971", "972": "972", "973": "973", "974": "974",
    "975": "PM", "976": "976", "977": "BL", "978": "MF", "986": "WF", "987": "PF", "988": "NC",
}

_ALIASES = {"reunion": "974", "alsace": "67", "belfort": "90", "corse": "20"}
_CODE_RE = re.compile(r"(?<![0-9A-Za-z])(0?[1-9]|[1-8][0-9]|9[0-5]|2[AaBb]|97[1-8]|98[6-8])(?![0-9A-Za-z])")


def _name_key(text: str) -> str:
    """A département name folded for matching: « Côtes-d'Armor », « cotes d armor », « COTES D'ARMOR » agree."""
    text = fold(text).replace("-", " ").replace("'", " ")
    text = re.sub(r"\bst\b", "saint", text)
    text = re.sub(r"\bste\b", "sainte", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Departement:
    """A French département (or overseas territory) as far as days off are concerned.

    Attributes:
        code: the INSEE code (« 85 », « 2A », « 974 »).
        name: its name (« Vendée »).
        zone: its school zone, « A », « B » or « C »; ``None`` for Corsica and overseas (own calendars).
    """

    code: str
    name: str
    zone: str | None

    @property
    def holiday_subdivision(self) -> str | None:
        """The ``holidays`` subdivision with its local public holidays, if any (Alsace-Moselle, overseas)."""
        return _HOLIDAY_SUBDIVISIONS.get(self.code)

    @property
    def alsace_moselle(self) -> bool:
        return self.code in ("57", "67", "68")

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@lru_cache(maxsize=1)
def _names() -> Mapping[str, str]:
    table = {_name_key(name): code for code, (name, _zone) in _DEPARTEMENTS.items()}
    table.update(_ALIASES)
    return MappingProxyType(table)


def _by_code(code: str) -> Departement | None:
    code = code.upper()
    if len(code) == 1 and code.isdigit():
        code = "0" + code
    found = _DEPARTEMENTS.get(code)
    return Departement(code, found[0], found[1]) if found else None


@lru_cache(maxsize=512)
def find_departement(text: str) -> Departement | None:
    """The département named by *text*: a code (« 85 », « 2A », « 974 »), a name in any case, with or without
    accents and hyphens (« Vendée », « vendee », « COTES D'ARMOR »), or both (« Vendée (85) »). ``None`` if
    nothing matches."""
    text = (text or "").strip()
    if not text:
        return None
    exact = _by_code(text)
    if exact is not None:
        return exact
    code = _names().get(_name_key(text))
    if code is not None:
        return _by_code(code)
    codes = {m.group(1).upper().zfill(2) for m in _CODE_RE.finditer(text)}
    if len(codes) == 1:
        return _by_code(codes.pop())
    return None


def school_zone(departement: str) -> str | None:
    """The school zone (« A », « B », « C ») of a département given by name or code; ``None`` when it has none
    (Corsica, overseas) or is not recognised — :func:`zone_note` says which."""
    found = find_departement(departement)
    return found.zone if found else None


def zone_note(departement: str, zone: str | None = None) -> Reason | None:
    """A reason (``plan.…``) when *departement* limits what can be applied, ``None`` otherwise.

    Said when the département is not recognised (national public holidays only) or has no school zone (Corsica,
    overseas) while no *zone* was chosen by hand; nothing when no département is given at all.
    """
    if not (departement or "").strip():
        return None
    found = find_departement(departement)
    if found is None:
        key = "plan.departement_unknown" if zone else "plan.departement_unknown_no_school"
        return Reason.of(key, departement=departement.strip())
    if found.zone is None and not zone:
        return Reason.of("plan.no_school_zone", departement=found.label)
    return None


def check_zone(zone: str | None) -> str | None:
    """*zone* normalised (« a » → « A », « Zone B » → « B »); ``ValueError`` if it is not A, B or C."""
    if zone is None or not str(zone).strip():
        return None
    value = str(zone).strip().upper().removeprefix("ZONE").strip()
    if value not in ZONES:
        raise ValueError(f"unknown school zone: {zone!r}")
    return value


# -- public holidays -----------------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _public_holidays(year: int, subdivision: str | None) -> Mapping[date, str]:
    import holidays

    days = holidays.France(years=year, subdiv=subdivision, language="fr")
    return MappingProxyType({day: str(name) for day, name in sorted(days.items())})


def public_holidays(year: int, departement: str = "") -> Mapping[date, str]:
    """Public holidays of *year* in *departement* (national ones if it is empty or unknown): date → French name."""
    found = find_departement(departement)
    return _public_holidays(year, found.holiday_subdivision if found else None)


def public_holiday(day: date, departement: str = "") -> str | None:
    """The name of the public holiday on *day* in *departement* (« Lundi de Pentecôte »), or ``None``."""
    return public_holidays(day.year, departement).get(day)


# -- school holidays -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _school_dates() -> SchoolHolidayDates:
    from vacances_scolaires_france import SchoolHolidayDates

    return SchoolHolidayDates()


@lru_cache(maxsize=1)
def school_dates_known_until() -> date:
    """The last day whose school status is published: the end of the last summer holidays in the data.

    The package accepts the whole of its last year (2028) but only holds that year's first eight months: the
    autumn and Christmas holidays of the next school year are not in it, so its days must not count as term time.
    """
    from vacances_scolaires_france import UnsupportedYearException

    data = _school_dates()
    try:
        last_year = data.holidays_for_year(data.max_year)
    except UnsupportedYearException:  # pragma: no cover - the package's own bounds
        return date(data.max_year - 1, 12, 31)
    return max(last_year) if last_year else date(data.max_year - 1, 12, 31)


@lru_cache(maxsize=1)
def school_dates_known_from() -> date:
    """The first day whose school status is published."""
    return date(_school_dates().min_year, 1, 1)


@lru_cache(maxsize=128)
def _school_holidays(year: int, zone: str) -> Mapping[date, str] | None:
    from vacances_scolaires_france import UnsupportedYearException

    try:
        rows = _school_dates().holidays_for_year_and_zone(year, zone)
    except UnsupportedYearException:
        return None
    return MappingProxyType({day: row["nom_vacances"] for day, row in rows.items()})


def school_dates_published(day: date) -> bool:
    """Whether the school calendar is published for *day* (``False`` from the next unpublished school year)."""
    return school_dates_known_from() <= day <= school_dates_known_until()


def school_holiday(day: date, zone: str) -> str | None:
    """The name of the school holidays of *zone* on *day* (« Vacances de Noël »), ``""`` in term time, or
    ``None`` when the dates are not published for that day (callers must say so, not assume term time)."""
    zone = check_zone(zone) or ""
    if not zone:
        raise ValueError("a school zone is required")
    return _school_holiday_in(day, zone)


def _school_holiday_in(day: date, zone: str) -> str | None:
    """:func:`school_holiday` for a zone already checked."""
    if not school_dates_published(day):
        return None
    days = _school_holidays(day.year, zone)
    if days is None:
        return None
    return days.get(day, "")


def school_year(day: date) -> str:
    """« 2028-2029 » for any day from September 2028 to August 2029."""
    first = day.year if day.month >= 9 else day.year - 1
    return f"{first}-{first + 1}"


def unpublished_note(zone: str, days: list[date] | tuple[date, ...]) -> Reason | None:
    """The reason naming the school years whose holidays of *zone* are not published, for *days*."""
    missing = sorted({d for d in days if not school_dates_published(d)})
    if not missing:
        return None
    years = tuple(sorted({school_year(d) for d in missing}))
    return Reason.of("plan.school_dates_unknown", zone=zone, n=len(years), years=years, day=missing[0])


@dataclass(frozen=True)
class DaysOff:
    """The days off of one territory: its public holidays and, when a zone is given, its school holidays.

    Attributes:
        departement: name or code; its local public holidays are added (Alsace-Moselle, overseas).
        zone: « A », « B », « C » or ``None`` (no school holidays applied).
    """

    departement: str = ""
    zone: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "zone", check_zone(self.zone))

    @cached_property
    def _subdivision(self) -> str | None:
        """The holidays' subdivision of the département, looked up once (a calendar asks for every session)."""
        found = find_departement(self.departement)
        return found.holiday_subdivision if found else None

    def public_holiday(self, day: date) -> str | None:
        return _public_holidays(day.year, self._subdivision).get(day)

    def school_holiday(self, day: date) -> str | None:
        """See :func:`school_holiday`; ``""`` when no zone is set."""
        return _school_holiday_in(day, self.zone) if self.zone else ""
