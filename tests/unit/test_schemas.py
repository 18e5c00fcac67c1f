"""schemas/ matches the models, and real outputs validate against it (independent validator)."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import orjson
import pytest

from pipeline.inputs import RawInput, malformed_samples
from pipeline.models import EventRecord
from pipeline.processing import Processor
from pipeline.schemas import FROZEN, PUBLISHED, check_schemas, render, write_schemas
from pipeline.serialization import SCHEMAS
from pipeline.settings import Settings
from pipeline.stages.chain import Resources

from ..conftest import SCHEMAS as FOLDER


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = orjson.loads((FOLDER / f"{name}.json").read_bytes())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_schema_files_match_models() -> None:
    assert check_schemas(FOLDER) == [], "run `newsevents schemas` and commit schemas/"


def _current_and_frozen(folder: Path) -> None:
    for model in PUBLISHED:
        (folder / f"{SCHEMAS[model]}.json").write_bytes(render(model))
    for name in FROZEN:
        (folder / f"{name}.json").write_bytes((FOLDER / f"{name}.json").read_bytes())


def test_drift_is_detected(tmp_path: Path) -> None:
    _current_and_frozen(tmp_path)
    assert check_schemas(tmp_path) == []
    (tmp_path / "event.v2.json").write_bytes(b"{}\n")
    assert check_schemas(tmp_path) == ["event.v2.json"]


def test_superseded_versions_are_kept_and_never_regenerated(tmp_path: Path) -> None:
    _current_and_frozen(tmp_path)
    before = (tmp_path / "event.v1.json").read_bytes()
    written = write_schemas(tmp_path)
    assert tmp_path / "event.v1.json" not in written
    assert (tmp_path / "event.v1.json").read_bytes() == before
    (tmp_path / "event.v1.json").write_bytes(before.replace(b'"const": 1', b'"const": 3'))
    assert check_schemas(tmp_path) == ["event.v1.json (frozen)"]
    (tmp_path / "event.v1.json").unlink()
    assert check_schemas(tmp_path) == ["event.v1.json (frozen)"]


def test_a_null_actor_is_valid_in_event_v2_only(settings: Settings, resources: Resources,
                                                samples: list[RawInput]) -> None:
    processor = Processor(settings, resources)
    record = next(orjson.loads(r.value) for raw in samples
                  for r in processor.process_whole(None, None, raw.payload, None) if r.role == "events")
    _validator("event.v2").validate(record)
    unnamed = {**record, "actor": None, "reasons": {**record["reasons"], "actor": "not named"}}
    _validator("event.v2").validate(unnamed)
    assert EventRecord.model_validate(unnamed).actor is None
    with pytest.raises(jsonschema.ValidationError):
        _validator("event.v1").validate({**unnamed, "schema_version": 1})


def test_outputs_validate_against_schemas(settings: Settings, resources: Resources,
                                          samples: list[RawInput]) -> None:
    validators = {role: _validator(name) for role, name in
                  (("annotated", "annotated-article.v1"), ("events", "event.v2"),
                   ("dlq", "dead-letter.v1"))}
    processor = Processor(settings, resources)
    seen = set()
    for raw in [*samples, *malformed_samples()]:
        for record in processor.process_whole(None, None, raw.payload, None):
            validators[record.role].validate(orjson.loads(record.value))
            assert record.headers["schema"].decode() == validators[record.role].schema["$id"].rsplit("/", 1)[1][:-5]
            seen.add(record.role)
    assert seen == {"annotated", "events", "dlq"}


@pytest.mark.parametrize("index", range(5))
def test_sample_inputs_validate_against_article_schema(samples: list[RawInput], index: int) -> None:
    _validator("article.v1").validate(orjson.loads(samples[index].payload))


def test_article_schema_rejects_missing_body() -> None:
    with pytest.raises(jsonschema.ValidationError):
        _validator("article.v1").validate({"id": "x", "published_at": "2025-01-01T00:00:00Z"})
