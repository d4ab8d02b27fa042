"""Read the bundled catalogue (``data/*.toml``) and check it: stdlib only, no database.

The TOML sources are checked field by field: a mistake raises :class:`CatalogueSourceError` naming the file and
the field, so that the test suite fails on it long before a user starts the app. What a workshop or a template
takes from the source document is written as a list of verbatim quotations (``source_facts``); the reader turns
them into the printed ``source_note``, so that nothing but a quotation of the document is shown as the document's
(the test suite checks each quotation against the source text). The catalogue's version is the
digest of the source files (:func:`digest`); ``storage/catalogue.py`` installs it into SQLite.

Parsing the TOML is most of the cost of a first start (about 90 ms of 100 on an ordinary machine): the sources'
tables are also kept as JSON in ``data/compiled.json`` (:data:`COMPILED`), which is read in 4 ms instead, and only
when the digest it records is that of the TOML files beside it; otherwise (a source edited since) the TOML is
parsed. The TOML stays the source: ``scripts/compile_catalogue.py`` writes the JSON from it, and
``tests/test_catalogue.py`` checks that the JSON holds exactly what the TOML says. Either way every field is
checked the same.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.domain.catalogue import (Catalogue, Contact, Experiment, KitTemplate, Operator, Programme, Segment,
                                      Workshop)
from desktop.domain.call import CALL_KIND_LABELS
from desktop.domain.checksum import sha256
from desktop.domain.vocabulary import AUDIENCES, DAY_MAX_MINUTES, FORMATS, ORIGINS, SEGMENT_KINDS

#: The calls a template may start with (``call``): key → label.
CALL_KINDS = {kind.value: label for kind, label in CALL_KIND_LABELS.items()}


class CatalogueSourceError(ValueError):
    """A bundled catalogue file is malformed.

    Attributes:
        file: the file's name.
        field: where in the file (``experiment[3].contact.person``).
    """

    def __init__(self, file: Path | str, field: str, message: str) -> None:
        super().__init__(f"{Path(file).name} : {field} : {message}")
        self.file = str(file)
        self.field = field


#: The sources' tables as JSON, beside them: ``{"digest": …, "files": {relative path: table}}``.
COMPILED = "compiled.json"


def source_files(root: Path | None = None) -> list[Path]:
    root = root or paths.data_dir()
    files = [root / "experiments.toml", *sorted((root / "workshops").glob("*.toml")), root / "templates.toml"]
    return files


def digest(files: list[Path]) -> str:
    h = sha256()
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


class _Reader:
    """Typed access to one TOML table, raising errors that name the file and the field."""

    def __init__(self, file: Path, where: str, table: Any) -> None:
        if not isinstance(table, dict):
            raise CatalogueSourceError(file, where, "une table est attendue")
        self.file, self.where, self.table = file, where, table

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _fail(self, key: str, message: str) -> CatalogueSourceError:
        return CatalogueSourceError(self.file, self._path(key), message)

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.table.get(key, None)
        if value is None:
            if required:
                raise self._fail(key, "champ manquant")
            return ""
        if not isinstance(value, str):
            raise self._fail(key, "du texte est attendu")
        value = value.strip()
        if required and not value:
            raise self._fail(key, "champ vide")
        return value

    def integer(self, key: str, *, required: bool = True, default: int | None = None) -> int | None:
        value = self.table.get(key, None)
        if value is None:
            if required:
                raise self._fail(key, "champ manquant")
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._fail(key, "un nombre entier est attendu")
        return value

    def texts(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self._fail(key, "une liste de textes non vides est attendue")
        if required and not value:
            raise self._fail(key, "liste vide")
        return tuple(v.strip() for v in value)

    def integers(self, key: str) -> tuple[int, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            raise self._fail(key, "une liste de nombres entiers est attendue")
        return tuple(value)

    def key_of(self, key: str, allowed: dict[str, str]) -> str:
        value = self.text(key)
        if value not in allowed:
            raise self._fail(key, f"« {value} » inconnu (valeurs possibles : {', '.join(allowed)})")
        return value

    def sub(self, key: str) -> _Reader:
        return _Reader(self.file, self._path(key), self.table.get(key))

    def rows(self, key: str) -> list[_Reader]:
        value = self.table.get(key, [])
        if not isinstance(value, list):
            raise self._fail(key, "une liste de tables est attendue")
        return [_Reader(self.file, f"{self._path(key)}[{i}]", v) for i, v in enumerate(value)]


#: How the quotations of the source are introduced in a workshop's or a template's ``source_note``.
SOURCE_NOTE_LEAD = "Le document TRESSONS de l'Avise dit\u00a0: "


def source_note(facts: tuple[str, ...]) -> str:
    """The printed note for *facts*: « Le document TRESSONS de l'Avise dit : « a » ; « b ». » ('' for none)."""
    if not facts:
        return ""
    return SOURCE_NOTE_LEAD + "\u00a0; ".join(f"«\u00a0{f}\u00a0»" for f in facts) + "."


def _facts(r: _Reader) -> tuple[str, ...]:
    if "source_note" in r.table:
        raise r._fail("source_note", "remplacé par « source_facts » : une liste de citations exactes du document")
    return r.texts("source_facts")


def _load_toml(file: Path) -> dict[str, Any]:
    import tomllib  # only when the catalogue is parsed: not at a start where it is already installed

    try:
        with file.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise CatalogueSourceError(file, "(fichier)", "fichier introuvable") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueSourceError(file, "(syntaxe)", f"TOML invalide : {exc}") from exc


def _name(file: Path, root: Path) -> str:
    return file.relative_to(root).as_posix()


def compiled_tables(root: Path | None = None) -> dict[str, Any]:
    """What :data:`COMPILED` holds for the TOML files of *root*: their digest and each one's parsed tables."""
    root = root or paths.data_dir()
    files = source_files(root)
    return {"digest": digest(files), "files": {_name(f, root): _load_toml(f) for f in files}}


def _tables(files: list[Path], root: Path) -> tuple[str, dict[Path, Any]]:
    """The sources' digest and each file's tables: from :data:`COMPILED` when it is that of these sources, else
    parsed from the TOML."""
    try:
        source_digest = digest(files)
        compiled = json.loads((root / COMPILED).read_text(encoding="utf-8"))
        if compiled.get("digest") == source_digest:
            return source_digest, {f: compiled["files"][_name(f, root)] for f in files}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # missing, unreadable or not of these sources: the TOML itself (a missing source is said there)
    tables = {f: _load_toml(f) for f in files}
    return digest(files), tables


def _experiment(r: _Reader) -> Experiment:
    op = r.sub("operator")
    ct = r.sub("contact")
    number = r.integer("number")
    if not 1 <= number <= 99:
        raise r._fail("number", "doit être compris entre 1 et 99")
    return Experiment(
        number=number,
        title=r.text("title"),
        territory=r.text("territory"),
        region=r.text("region"),
        departement=r.text("departement", required=False),
        objective=r.text("objective", required=False),
        communes=r.texts("communes"),
        sub_objectives=r.texts("sub_objectives"),
        partners=r.texts("partners"),
        actions=r.texts("actions", required=True),
        calendar=r.texts("calendar"),
        period=r.texts("period"),
        milestones=r.texts("milestones"),
        components=r.texts("components"),
        impacts=r.texts("impacts", required=True),
        corrections=r.texts("corrections"),
        operator=Operator(name=op.text("name"), presentation=op.text("presentation"),
                          missions=op.texts("missions", required=True)),
        contact=Contact(person=ct.text("person"), role=ct.text("role"),
                        email=ct.text("email", required=False), website=ct.text("website", required=False)),
    )


def _workshop(r: _Reader) -> Workshop:
    audience = r.texts("audience", required=True)
    for a in audience:
        if a not in AUDIENCES:
            raise r._fail("audience", f"« {a} » inconnu (valeurs possibles : {', '.join(AUDIENCES)})")
    segments = []
    for s in r.rows("segment"):
        minutes = s.integer("minutes")
        if minutes <= 0:
            raise s._fail("minutes", "doit être positif")
        segments.append(Segment(kind=s.key_of("kind", SEGMENT_KINDS), title=s.text("title"), minutes=minutes,
                                description=s.text("description", required=False)))
    if not segments:
        raise r._fail("segment", "le déroulé est vide")
    duration = r.integer("duration_minutes")
    if not 0 < duration <= DAY_MAX_MINUTES:
        raise r._fail("duration_minutes", f"doit être compris entre 1 et {DAY_MAX_MINUTES}")
    total = sum(s.minutes for s in segments)
    if total != duration:
        raise r._fail("segment", f"les séquences totalisent {total} min au lieu de {duration}")
    ident = r.text("id")
    if not ident.replace("-", "").isalnum() or ident != ident.lower():
        raise r._fail("id", "identifiant en minuscules, chiffres et tirets attendu")
    return Workshop(
        id=ident,
        title=r.text("title"),
        format=r.key_of("format", FORMATS),
        audience=audience,
        duration_minutes=duration,
        origin=r.key_of("origin", ORIGINS),
        experiments=r.integers("experiments"),
        source_note=source_note(_facts(r)),
        summary=r.text("summary"),
        objectives=r.texts("objectives", required=True),
        key_points=r.texts("key_points", required=True),
        worksheet=r.texts("worksheet", required=True),
        resources=r.texts("resources"),
        materials=r.texts("materials"),
        segments=tuple(segments),
    )


def _template(r: _Reader, known: set[str]) -> KitTemplate:
    ids = r.texts("workshops", required=True)
    for i, w in enumerate(ids):
        if w not in known:
            raise CatalogueSourceError(r.file, f"{r.where}.workshops[{i}]", f"atelier « {w} » introuvable dans la bibliothèque")
    spacing = r.integer("spacing_days", required=False, default=7)
    if not 0 < spacing <= 90:
        raise r._fail("spacing_days", "doit être compris entre 1 et 90")
    start = r.text("usual_start", required=False) or "09:00"
    hh, _, mm = start.partition(":")
    if not (hh.isdigit() and mm.isdigit() and 0 <= int(hh) < 24 and 0 <= int(mm) < 60):
        raise r._fail("usual_start", "heure au format HH:MM attendue")
    return KitTemplate(
        id=r.text("id"),
        name=r.text("name"),
        workshop_ids=ids,
        origin=r.key_of("origin", ORIGINS),
        experiment=r.integer("experiment", required=False),
        description=r.text("description"),
        spacing_days=spacing,
        usual_start=start,
        capacity=r.integer("capacity", required=False, default=12),
        source_note=source_note(_facts(r)),
        call=r.text("call", required=False) and r.key_of("call", CALL_KINDS),
    )


def _programme(r: _Reader) -> Programme:
    return Programme(title=r.text("title"), introduction=r.text("introduction"), objective=r.text("objective"),
                     aims=r.texts("aims", required=True), characteristics=r.texts("characteristics", required=True))


def quoted_facts(root: Path | None = None) -> list[tuple[str, str, str]]:
    """Every quotation of the source in the workshops and templates: (file name, where, quotation)."""
    out = []
    _, *workshop_files, tpl_file = source_files(root)
    for f, key in [*((wf, "workshop") for wf in workshop_files), (tpl_file, "template")]:
        for r in _Reader(f, "", _load_toml(f)).rows(key):
            out += [(f.name, f"{r.where} ({r.table.get('id', '?')})", fact) for fact in _facts(r)]
    return out


def read_catalogue(root: Path | None = None) -> Catalogue:
    """Parse and check every source file; raise CatalogueSourceError on the first mistake."""
    root = root or paths.data_dir()
    files = source_files(root)
    source_digest, tables = _tables(files, root)
    exp_file, *workshop_files, tpl_file = files
    exp_source = _Reader(exp_file, "", tables[exp_file])
    programme = _programme(exp_source.sub("programme"))
    experiments = [_experiment(r) for r in exp_source.rows("experiment")]
    seen_numbers: set[int] = set()
    for i, e in enumerate(experiments):
        if e.number in seen_numbers:
            raise CatalogueSourceError(exp_file, f"experiment[{i}].number", f"numéro {e.number} en double")
        seen_numbers.add(e.number)
    workshops: list[Workshop] = []
    seen: set[str] = set()
    for wf in workshop_files:
        for i, r in enumerate(_Reader(wf, "", tables[wf]).rows("workshop")):
            w = _workshop(r)
            if w.id in seen:
                raise CatalogueSourceError(wf, f"workshop[{i}].id", f"identifiant « {w.id} » en double")
            for n in w.experiments:
                if n not in seen_numbers:
                    raise CatalogueSourceError(wf, f"workshop[{i}].experiments", f"expérimentation {n} inconnue")
            seen.add(w.id)
            workshops.append(w)
    templates = [_template(r, seen) for r in _Reader(tpl_file, "", tables[tpl_file]).rows("template")]
    return Catalogue(experiments=tuple(sorted(experiments, key=lambda e: e.number)), workshops=tuple(workshops),
                     templates=tuple(templates), programme=programme, digest=source_digest)
