"""The compiled build of the stage modules: which modules run compiled, and whether they are current.

`make compile` (part of `make install`) compiles `pipeline/stages/*.py` with mypyc into C
extensions beside the sources (`scripts/compile_stages.py`); Python then imports an extension in
place of its source. A build made from older sources would silently run old code, so the build
writes a manifest (module -> sha256 of the source it was compiled from) and `check_build` refuses
to start when a compiled module's source has changed since.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
from dataclasses import dataclass
from pathlib import Path

import orjson

from pipeline.errors import StaleBuild

STAGES = Path(__file__).resolve().parent / "stages"
MANIFEST = STAGES / "compiled.json"
# mypyc's shared library of the group, inside the package: pipeline/stages/native__mypyc.*.so
NATIVE_GROUP = "pipeline.stages.native"
# Not compiled: the package file, and the pydantic models (mypyc cannot compile pydantic's
# metaclass; they are declarations, not hot code).
INTERPRETED = frozenset({"__init__", "types"})


@dataclass(frozen=True, slots=True)
class BuildState:
    """Which stage modules have a compiled extension, and which of those are older than their
    source (changed since `make compile`)."""

    compiled: tuple[str, ...]
    stale: tuple[str, ...]

    def describe(self) -> str:
        """One line for logs and benchmarks."""
        if not self.compiled:
            return "stages interpreted (no compiled build)"
        return f"stages compiled by mypyc ({len(self.compiled)} modules)"


def compilable_sources(stages: Path = STAGES) -> list[Path]:
    """The stage sources `make compile` compiles, in name order."""
    return sorted(p for p in stages.glob("*.py") if p.stem not in INTERPRETED)


def source_digest(path: Path) -> str:
    """sha256 of a source file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extension_files(stages: Path = STAGES) -> list[Path]:
    """Every compiled extension file in the stages package (modules and the shared library)."""
    return sorted({p for suffix in importlib.machinery.EXTENSION_SUFFIXES
                   for p in stages.glob(f"*{suffix}")})


def build_state(stages: Path = STAGES) -> BuildState:
    """Read the build manifest and compare it with the sources as they are now."""
    extensions = {p.name.split(".", 1)[0] for p in extension_files(stages)}
    manifest_file = stages / MANIFEST.name
    manifest: dict[str, str] = (orjson.loads(manifest_file.read_bytes())
                                if manifest_file.exists() else {})
    compiled = sorted(m for m in extensions if (stages / f"{m}.py").exists())
    stale = [m for m in compiled
             if manifest.get(m) != source_digest(stages / f"{m}.py")]
    return BuildState(compiled=tuple(compiled), stale=tuple(stale))


def check_build(stages: Path = STAGES) -> BuildState:
    """The build state, or StaleBuild when a compiled module no longer matches its source."""
    state = build_state(stages)
    if state.stale:
        shown = ", ".join(state.stale[:5]) + (" ..." if len(state.stale) > 5 else "")
        raise StaleBuild(f"compiled stage modules are older than their sources ({shown}): "
                         "run `make compile`, or `make uncompile` to run the stages interpreted")
    return state
