"""Where the package's data files are (`pipeline/resources/`).

Stage modules take their data paths from here, not from their own `__file__`: a module compiled
by mypyc does not report its source's location there.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent / "resources"
