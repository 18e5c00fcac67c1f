"""Shared fixtures: paths, settings, the seed article when ../shared is present."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pipeline.compiled import check_build
from pipeline.errors import StaleBuild
from pipeline.inputs import RawInput, sample_articles, seed_article
from pipeline.settings import Settings
from pipeline.stages.chain import Resources, load_resources

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCHEMAS = ROOT / "schemas"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Stop at once, with the fix, when the compiled stages are older than their sources."""
    try:
        check_build()
    except StaleBuild as exc:
        pytest.exit(str(exc), returncode=2)


@pytest.fixture(scope="session")
def resources() -> Resources:
    """Models and gazetteers, loaded once for the whole test session."""
    return load_resources()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings isolated from the environment's .env and NEWSEVENTS_* variables."""
    return Settings(_env_file=None, data_dir=tmp_path / "data", web_enabled=False)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def samples() -> list[RawInput]:
    """The bundled sample articles."""
    return sample_articles()


@pytest.fixture(scope="session")
def seed() -> RawInput:
    """The canonical seed article, read from ../shared (skips when absent)."""
    found = seed_article(SHARED)
    if found is None:
        pytest.skip(f"../shared/seed is absent ({SHARED}); the seed article is not in the repo")
    return found


def article_dict(raw: RawInput) -> dict[str, object]:
    """The JSON object of an input."""
    data: dict[str, object] = orjson.loads(raw.payload)
    return data
