"""Unit tests for the actor knowledge base loader (no ../shared needed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.stages.kb import Actor, ActorKB, KBError, Role, load_titles, normalize

FEB_2025 = date(2025, 2, 12)
JUN_2022 = date(2022, 6, 1)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def ids(actors: tuple[Actor, ...]) -> set[str]:
    return {a.id for a in actors}


def test_packaged_kb_loads_and_is_broad(kb: ActorKB) -> None:
    assert len(kb) >= 300
    assert kb.facts_as_of is not None
    types = {a.type for a in kb}
    assert {"person", "igo", "company", "government_body"} <= types


def test_trump_head_of_state_by_date(kb: ActorKB) -> None:
    (trump,) = kb.lookup("Trump")
    assert trump.id == "donald-trump"
    assert any(r.role == "head_of_state" and r.org == "USA" for r in trump.roles_on(FEB_2025))
    assert not any(r.role == "head_of_state" for r in trump.roles_on(JUN_2022))
    assert any(r.role == "head_of_state" for r in trump.roles_on(date(2019, 1, 1)))


def test_holders(kb: ActorKB) -> None:
    assert ids(kb.holders("head_of_state", "USA", FEB_2025)) == {"donald-trump"}
    assert ids(kb.holders("head_of_state", "USA", JUN_2022)) == {"joe-biden"}
    assert ids(kb.holders("head_of_state", "RUS", FEB_2025)) == {"vladimir-putin"}
    assert ids(kb.holders("head_of_state", "UKR", FEB_2025)) == {"volodymyr-zelenskyy"}
    assert ids(kb.holders("foreign_minister", "USA", FEB_2025)) == {"marco-rubio"}
    assert ids(kb.holders("intelligence_chief", "USA", FEB_2025)) >= {"john-ratcliffe"}
    assert ids(kb.holders("secretary_general", "nato", FEB_2025)) == {"mark-rutte"}


def test_handover_day_is_half_open(kb: ActorKB) -> None:
    day = date(2025, 1, 20)
    assert ids(kb.holders("head_of_state", "USA", day)) == {"donald-trump"}
    assert ids(kb.holders("head_of_state", "USA", date(2025, 1, 19))) == {"joe-biden"}


def test_rubio_secretary_of_state(kb: ActorKB) -> None:
    rubio = kb.get("marco-rubio")
    assert rubio is not None
    titles = {r.title for r in rubio.roles_on(FEB_2025)}
    assert "United States Secretary of State" in titles
    assert not any(r.role == "foreign_minister" for r in rubio.roles_on(date(2025, 1, 20)))


def test_waltz_left_on_may_first(kb: ActorKB) -> None:
    assert ids(kb.holders("national_security_advisor", "USA", date(2025, 4, 30))) == {
        "michael-waltz"
    }
    assert "michael-waltz" not in ids(
        kb.holders("national_security_advisor", "USA", date(2025, 5, 1))
    )


@pytest.mark.parametrize(
    "surface",
    ["Zelenskyy", "Zelensky", "Zelenskiy", "ZELENSKIY", "Volodymyr Zelensky", "zelenskyy,"],
)
def test_zelenskyy_variants(kb: ActorKB, surface: str) -> None:
    assert ids(kb.lookup(surface)) == {"volodymyr-zelenskyy"}


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Putin", "vladimir-putin"),
        ("Vladimir Vladimirovich Putin", "vladimir-putin"),
        ("Witkoff", "steve-witkoff"),
        ("Marc Fogel", "marc-fogel"),
        ("OPEC+", "opec-plus"),
        ("OPEC", "opec"),
        ("the Kremlin", "kremlin"),
        ("Kremlin", "kremlin"),
        ("U.N.", "un"),
        ("Erdogan", "recep-tayyip-erdogan"),
        ("Erdoğan", "recep-tayyip-erdogan"),
        ("Gideon Saar", "gideon-saar"),
    ],
)
def test_alias_lookup(kb: ActorKB, surface: str, expected: str) -> None:
    assert expected in ids(kb.lookup(surface))


def test_fogel_has_no_role(kb: ActorKB) -> None:
    fogel = kb.get("marc-fogel")
    assert fogel is not None and fogel.type == "person" and fogel.country == "USA"
    assert fogel.roles == ()


def test_unknown_lookup_is_empty(kb: ActorKB) -> None:
    assert kb.lookup("Nobody In Particular") == ()
    assert kb.get("nobody") is None


def test_normalize() -> None:
    assert normalize("  Sa'ar ") == "saar"
    assert normalize("Kim Jong-un") == "kim jong un"
    assert normalize("OPEC+") == normalize("OPEC Plus")


def test_role_active_on_open_bounds() -> None:
    role = Role("X", "other", None, None, None)
    assert role.active_on(date(1900, 1, 1))
    assert not Role("X", "other", None, date(2020, 1, 1), None).active_on(date(2019, 12, 31))


def test_titles() -> None:
    titles = load_titles()
    assert titles["secretary of state"] == "foreign_minister"
    assert titles["cia director"] == "intelligence_chief"
    assert titles["president"] == "head_of_state"
    assert titles["chancellor of the exchequer"] == "minister"
    assert titles["defense minister"] == titles["defence minister"] == "defence_minister"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "actors.toml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD = """
facts_as_of = 2025-01-01
[[actor]]
id = "a-person"
name = "A Person"
aliases = ["Person"]
type = "person"
country = "USA"
roles = [{ title = "T", role = "minister", org = "USA", start = 2020-01-01, end = 2021-01-01 }]
"""


def test_minimal_file_loads(tmp_path: Path) -> None:
    kb = ActorKB.load(_write(tmp_path, GOOD))
    assert len(kb) == 1
    assert ids(kb.holders("minister", "USA", date(2020, 6, 1))) == {"a-person"}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (GOOD.replace('"USA"\nroles', '"XXX"\nroles'), "ISO 3166"),
        (GOOD.replace("end = 2021-01-01", "end = 2019-01-01"), "starts"),
        (GOOD.replace('role = "minister"', 'role = "boss"'), "unknown role code"),
        (GOOD.replace('type = "person"', 'type = "alien"'), "type"),
        (GOOD + GOOD.replace("facts_as_of = 2025-01-01", ""), "duplicate actor id"),
        (
            GOOD + GOOD.replace("facts_as_of = 2025-01-01", "").replace('"a-person"', '"b"'),
            "alias",
        ),
        (GOOD.replace('org = "USA"', 'org = "nowhere"'), "neither an ISO3"),
        (GOOD.replace('id = "a-person"', 'id = "A Person"'), "slug"),
        (GOOD.replace("aliases", "alias"), "unknown keys"),
        (GOOD.replace("start = 2020-01-01", 'start = "2020"'), "TOML date"),
        ("[[actor]\n", "invalid TOML"),
    ],
)
def test_bad_file_raises_clear_error(tmp_path: Path, bad: str, message: str) -> None:
    with pytest.raises(KBError, match=message):
        ActorKB.load(_write(tmp_path, bad))


def test_error_names_the_entry(tmp_path: Path) -> None:
    with pytest.raises(KBError, match="a-person"):
        ActorKB.load(_write(tmp_path, GOOD.replace('"USA"\nroles', '"XXX"\nroles')))


def test_listed_ambiguous_alias_is_allowed(tmp_path: Path) -> None:
    body = (
        'ambiguous_aliases = ["Person"]\n'
        + GOOD
        + GOOD.replace("facts_as_of = 2025-01-01", "")
        .replace('"a-person"', '"b"')
        .replace('"A Person"', '"B Person"')
    )
    kb = ActorKB.load(_write(tmp_path, body))
    assert ids(kb.lookup("person")) == {"a-person", "b"}


@pytest.mark.parametrize(
    ("role", "org", "day", "expected"),
    [
        ("head_of_government", "GBR", date(1987, 6, 1), "margaret-thatcher"),
        ("head_of_state", "USA", date(1987, 6, 1), "ronald-reagan"),
        ("head_of_state", "RUS", date(1987, 6, 1), "mikhail-gorbachev"),
        ("energy_minister", "SAU", date(1987, 6, 1), "hisham-nazer"),
        ("foreign_minister", "USA", date(2004, 9, 1), "colin-powell"),
        ("foreign_minister", "USA", date(2005, 3, 1), "condoleezza-rice"),
        ("head_of_state", "IDN", date(2004, 9, 1), "megawati-sukarnoputri"),
        ("head_of_state", "IDN", date(2004, 11, 1), "susilo-bambang-yudhoyono"),
        ("defence_minister", "RUS", date(2004, 9, 1), "sergei-ivanov"),
        ("foreign_minister", "USA", date(2013, 6, 1), "john-kerry"),
        ("foreign_minister", "USA", date(2017, 6, 1), "rex-tillerson"),
        ("defence_minister", "USA", date(2015, 6, 1), "ash-carter"),
        ("defence_minister", "USA", date(2015, 2, 17), "ash-carter"),
        ("defence_minister", "USA", date(2015, 2, 16), "chuck-hagel"),
        ("foreign_minister", "GBR", date(2012, 6, 1), "william-hague"),
        ("foreign_minister", "eu", date(2016, 6, 1), "federica-mogherini"),
        ("secretary_general", "iaea", date(2015, 6, 1), "yukiya-amano"),
        ("head_of_state", "TWN", date(2004, 6, 1), "chen-shui-bian"),
    ],
)
def test_history_and_recent_files_give_earlier_office_holders(
    kb: ActorKB, role: str, org: str, day: date, expected: str
) -> None:
    assert ids(kb.holders(role, org, day)) == {expected}


def test_load_pools_several_files(tmp_path: Path) -> None:
    first = _write(tmp_path, GOOD)
    second = tmp_path / "more.toml"
    second.write_text(GOOD.replace("a-person", "b-person").replace("Person", "Persona")
                      .replace("facts_as_of = 2025-01-01", "facts_as_of = 1999-01-01"),
                      encoding="utf-8")
    kb = ActorKB.load(first, second)
    assert {a.id for a in kb} == {"a-person", "b-person"}
    assert kb.facts_as_of == date(2025, 1, 1)
    with pytest.raises(KBError, match="duplicate actor id"):
        ActorKB.load(first, first)
