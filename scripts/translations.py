"""Update the Qt Linguist sources (.ts) from the code and compile them (.qm).

    python scripts/translations.py          # lupdate then lrelease
    python scripts/translations.py --check  # exit 1 if a .ts is out of date or unfinished

The interface's source texts are French; ``resources/translations/tresse_en.ts`` holds the English. Edit it with
Qt Linguist (``pyside6-linguist``) or any text editor, then run this script again.
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
LANGUAGES = ("en",)


def sources() -> list[Path]:
    files = sorted((ROOT / "desktop" / "ui").rglob("*.py"))
    return [*files, ROOT / "desktop" / "app.py"]


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} introuvable : installez PySide6-Essentials")
    return found


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "fr_FR",
                    "-target-language", ts.stem.split("_")[-1], *map(str, sources()), "-ts", str(ts)],
                   check=True, capture_output=True, cwd=ROOT)


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
