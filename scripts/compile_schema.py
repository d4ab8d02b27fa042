"""Write ``desktop/storage/schema_snapshot.py``, the schema the migration steps end at, which a new database
gets in one pass instead of running every step (see ``desktop/storage/schema.py``).

    python scripts/compile_schema.py          # after appending a migration step
    python scripts/compile_schema.py --check  # exit 1 if the snapshot is not that of the steps

The steps stay the definition: the snapshot is read from a database migrated step by step. A snapshot left behind
by a new step is not used (its digest is not the steps'), and ``tests/test_store_creation.py`` fails until this
script is run again.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.storage.db import Database  # noqa: E402
from desktop.storage.migrations import MIGRATIONS, migrate  # noqa: E402
from desktop.storage.schema import schema_of, steps_digest  # noqa: E402
from generated import write_or_check  # noqa: E402

TARGET = ROOT / "desktop" / "storage" / "schema_snapshot.py"

HEADER = '''"""The schema the migration steps end at, for a new database (``desktop/storage/schema.py``).

Written by ``scripts/compile_schema.py`` from a database migrated step by step: do not edit; run the script again
after appending a step.
"""

'''


def _literal(statement: str) -> str:
    """*statement* as Python source: between triple quotes as SQLite keeps it (lines and indents), when it can be."""
    if '"""' in statement or "\\" in statement or statement.endswith('"'):
        return repr(statement)
    return f'"""{statement}"""'


def snapshot_text() -> str:
    """The module's text for the current steps."""
    db = Database(":memory:")
    try:
        migrate(db)
        statements = schema_of(db.conn)
    finally:
        db.close()
    lines = [HEADER, f"VERSION = {len(MIGRATIONS)}\n", f'STEPS_DIGEST = "{steps_digest()}"\n', "STATEMENTS = (\n"]
    lines += [f"    {_literal(statement)},\n" for statement in statements]
    lines.append(")\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    return write_or_check(__doc__.splitlines()[0], "snapshot", TARGET, snapshot_text,
                          lambda text: f"{text.count(chr(10))} lines", argv)


if __name__ == "__main__":
    raise SystemExit(main())
