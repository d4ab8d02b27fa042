"""Update the Qt Linguist sources (.ts) from the code and compile them (.qm).

    python scripts/translations.py          # lupdate then lrelease
    python scripts/translations.py --check  # exit 1 if a .ts is out of date or unfinished

The interface's source texts are French; ``resources/translations/tresse_en.ts`` holds the English. Edit it with
Qt Linguist (``pyside6-linguist``) or any text editor, then run this script again.

``tresse_fr.ts`` holds only the French plural forms (``lupdate -pluralonly``): French is the source language, but a
counted text (``%Ln``) needs its singular. The forms of the core's counted reasons are written here from
``desktop/domain/wording.py`` (its one definition); those of the interface's own ``tr(…, n)`` texts are written by
hand in the .ts, like the English.

lupdate reads ``desktop/ui/``, ``app.py`` and every core module that marks texts with ``QT_TRANSLATE_NOOP``
(``domain/wording.py``, the vocabularies, the document titles).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "fr")


def sources() -> list[Path]:
    files = sorted((ROOT / "desktop" / "ui").rglob("*.py"))
    core = sorted(f for f in (ROOT / "desktop").rglob("*.py")
                  if "ui" not in f.relative_to(ROOT / "desktop").parts and "QT_TRANSLATE_NOOP(" in f.read_text("utf-8"))
    return [*files, ROOT / "desktop" / "app.py", *core]


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} introuvable : installez PySide6-Essentials")
    return found


def lupdate(ts: Path) -> None:
    language = ts.stem.split("_")[-1]
    plural_only = ["-pluralonly"] if language == "fr" else []
    command = [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *plural_only,
               "-source-language", "fr_FR", "-target-language", "fr_FR" if language == "fr" else language,
               *map(str, sources()), "-ts", str(ts)]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    if language == "fr" and fill_french_plurals(ts):
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)  # back to lupdate's own layout


def fill_french_plurals(ts: Path) -> bool:
    """Write the French forms (singular, plural) of the core's counted reasons into *ts*, from the wording module.

    Returns whether *ts* changed.
    """
    sys.path.insert(0, str(ROOT))
    from desktop.domain.wording import SINGULARS

    tree = ET.parse(ts)
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            one = SINGULARS.get((name, message.findtext("source")))
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            if one is None or len(forms) != 2:
                continue
            wanted = (one, message.findtext("source"))
            if tuple(f.text for f in forms) != wanted or translation.get("type"):
                changed = True
                for form, value in zip(forms, wanted):
                    form.text = value
                translation.attrib.pop("type", None)
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) → (translation, type) where type is 'unfinished', 'obsolete', 'vanished' or None."""
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text or "" if translation is not None else ""
            if translation is not None and translation.findall("numerusform"):
                text = "|".join(n.text or "" for n in translation.findall("numerusform"))
            result[(name, message.findtext("source"))] = (text, translation.get("type") if translation is not None else None)
    return result


def check() -> list[str]:
    problems = []
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"tresse_{lang}.ts"
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh)
            now, committed = messages(fresh), messages(ts)
        added = sorted(set(now) - set(committed))
        gone = sorted(set(committed) - set(now))
        if added:
            problems.append(f"{ts.name}: new texts not in the .ts: {added[:5]}")
        if gone:
            problems.append(f"{ts.name}: texts no longer in the code: {gone[:5]}")
        unfinished = [k for k, (text, kind) in committed.items() if kind or not text]
        if unfinished:
            problems.append(f"{ts.name}: untranslated: {unfinished[:5]}")
        if not (TRANSLATIONS / f"tresse_{lang}.qm").exists():
            problems.append(f"tresse_{lang}.qm missing: run scripts/translations.py")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations up to date")
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"tresse_{lang}.ts"
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
