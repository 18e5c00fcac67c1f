"""The compiled build's bookkeeping: a build older than its sources is refused, with the fix."""

from __future__ import annotations

import importlib.machinery
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

import pipeline.stages.enrich
from pipeline.compiled import build_state, check_build, compilable_sources, source_digest
from pipeline.errors import StaleBuild

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _package(tmp_path: Path, built: dict[str, str]) -> Path:
    """A stages folder with sources, an extension file per built module and their manifest."""
    for name, text in built.items():
        (tmp_path / f"{name}.py").write_text(text)
        (tmp_path / f"{name}{SUFFIX}").write_bytes(b"")
    (tmp_path / "shared_library.so").write_bytes(b"")  # no source: not a module
    digests = {name: source_digest(tmp_path / f"{name}.py") for name in built}
    (tmp_path / "compiled.json").write_bytes(orjson.dumps(digests))
    return tmp_path


def test_a_build_of_the_current_sources_is_accepted(tmp_path: Path) -> None:
    stages = _package(tmp_path, {"alpha": "x = 1\n", "beta": "y = 2\n"})
    state = check_build(stages)
    assert state.compiled == ("alpha", "beta") and state.stale == ()
    assert state.describe() == "stages compiled by mypyc (2 modules)"


def test_a_source_edited_after_the_build_makes_it_stale(tmp_path: Path) -> None:
    stages = _package(tmp_path, {"alpha": "x = 1\n", "beta": "y = 2\n"})
    (stages / "beta.py").write_text("y = 3\n")
    assert build_state(stages).stale == ("beta",)
    with pytest.raises(StaleBuild, match=r"\(beta\).*make compile"):
        check_build(stages)


def test_no_extensions_means_interpreted_stages(tmp_path: Path) -> None:
    (tmp_path / "alpha.py").write_text("x = 1\n")
    state = check_build(tmp_path)
    assert state.compiled == () and state.describe().startswith("stages interpreted")


def test_the_pydantic_models_and_the_package_file_stay_interpreted(tmp_path: Path) -> None:
    for name in ("__init__", "types", "enrich"):
        (tmp_path / f"{name}.py").write_text("")
    assert [p.stem for p in compilable_sources(tmp_path)] == ["enrich"]


def test_python_imports_the_build_when_there_is_one() -> None:
    if not build_state().compiled:
        pytest.skip("no compiled build (make compile needs a C compiler)")
    assert not pipeline.stages.enrich.__file__.endswith(".py")


def test_the_build_imports_outside_the_repository(tmp_path: Path) -> None:
    # the `newsevents` command does not have the repository on sys.path: the group's shared
    # library must sit inside the package, where the compiled modules look for it
    if not build_state().compiled:
        pytest.skip("no compiled build (make compile needs a C compiler)")
    # ... and the compiled modules find their data files (not through their own __file__)
    code = ("from pipeline.stages.chain import load_resources; load_resources(); "
            "import pipeline.stages.enrich as m; print(m.__file__)")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert not done.stdout.strip().endswith(".py")
