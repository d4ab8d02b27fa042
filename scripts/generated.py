"""What the scripts that write a generated file share: write it, or with ``--check`` say whether it is current."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def write_or_check(description: str, what: str, target: Path, text: Callable[[], str], size: Callable[[str], str],
                   argv: list[str] | None = None) -> int:
    """The command line of a script that generates *target* from *text()*: it writes the file, or with ``--check``
    exits 1 (naming the script to run) when the file is not what it would write. *what* names the file in the
    option's help; *size* words the size written."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help=f"only check that the {what} is up to date")
    args = parser.parse_args(argv)
    content = text()
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != content:
            print(f"{target} is out of date: run python scripts/{Path(sys.argv[0]).name}", file=sys.stderr)
            return 1
        return 0
    target.write_text(content, encoding="utf-8")
    print(f"{target}: {size(content)}")
    return 0
