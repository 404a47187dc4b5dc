"""Take cisfacts' CLDR snapshot (``src/cisfacts/_cldr``) again from the installed babel.

Run from the repository root after upgrading babel, then review the diff::

    python tools/cldr_snapshot.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cisfacts import cldr  # noqa: E402


def main() -> int:
    for path in cldr.write_snapshot(ROOT / "src" / "cisfacts" / "_cldr"):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
