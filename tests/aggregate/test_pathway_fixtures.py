"""The committed export fixtures (tests/fixtures/exports/: one 1.0 and one 1.1 submission of
the made-up therapist FIX01 in Bergen) taken by aggregate: the 1.1 file's episodes, pause,
needs and home municipalities give the pathway sheets exactly these figures, and the 1.0 file
alone gives them no figure at all."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from rehablogg.aggregate.pathway_sheets import SHEETS
from rehablogg.aggregate.run import Options, aggregate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
MARCH_1_0 = "rehablogg_pilot-fiks_4601_FIX01_2025-03.xlsx"
APRIL_1_1 = "rehablogg_pilot-fiks_4601_FIX01_2025-04.xlsx"


def _summary(tmp_path: Path, *names: str) -> dict[str, list[dict[str, object]]]:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    for name in names:
        shutil.copy(FIXTURES / name, inbox / name)
    result = aggregate(
        Options((inbox,), tmp_path / "s.xlsx", tmp_path / "samling.sqlite3"), progress=None
    )
    assert len(result.accepted) == len(names)
    book = load_workbook(tmp_path / "s.xlsx", read_only=True)
    try:
        out = {}
        for sheet in (*SHEETS, "Intensitet – per bruker"):
            rows = [list(r) for r in book[sheet].iter_rows(values_only=True)]
            if not rows or not rows[0] or rows[0][0] is None:
                out[sheet] = []
                continue
            header = [h for h in rows[0] if h is not None]
            out[sheet] = [
                dict(zip(header, r, strict=False)) for r in rows[1:] if r and r[0] is not None
            ]
            out[f"{sheet} (rader)"] = [dict(enumerate(r)) for r in rows]
    finally:
        book.close()
    return out


def test_the_1_1_fixture_gives_the_pathway_figures(tmp_path: Path) -> None:
    sheets = _summary(tmp_path, MARCH_1_0, APRIL_1_1)
    wait = {(r["inndeling"], r["gruppe"]): r for r in sheets["Ventetid"]}
    bergen = wait[("kommune", "4601 Bergen")]
    # the child waited 10 February to 4 March (22 days), the adult 20 March to 12 April (23)
    assert (bergen["forløp"], bergen["med_første_kontakt"]) == (2, 2)
    assert (bergen["median_dager_til_kontakt"], bergen["p75_dager_til_kontakt"]) == (22.5, 22.75)
    assert wait[("henvist_fra", "helsestasjon")]["median_dager_til_kontakt"] == 22
    months = {r["måned"]: r for r in sheets["Forløp"]}
    march, april = months["2025-03"], months["2025-04"]  # March from the 1.0 file's month
    assert (march["aktive"], march["henvist"], march["startet"], march["avsluttet"]) == (2, 1, 1, 0)
    assert (april["aktive"], april["henvist"], april["startet"], april["avsluttet"]) == (2, 0, 1, 1)
    assert april["avsluttet_maal_naadd"] == 1
    # 20 March to 28 April, both counted, no pause; the adult's one D01 of 60 minutes
    assert (april["median_lengde_dager"], april["median_direkte_min"]) == (40, 60)
    episodes = {r["bruker"]: r for r in sheets["Forløp – per forløp"]}
    child = episodes["K-7Q2M9X"]
    # a week at the hospital; D02 45 and I10 20 in March (the 1.0 file) and again in April
    assert (child["opphold"], child["oppholdsdager"]) == (1, 7)
    assert (child["direkte_min"], child["indirekte_min"]) == (90, 40)
    assert child["lengde_dager"] is None  # still open
    adult = episodes["K-ABCDEF"]
    assert (adult["bostedskommune"], adult["tjenesteform"], adult["lengde_dager"]) == (
        "4602",
        "kjop",
        40,
    )
    cross = {(r["bostedskommune"], r["tjenesteform"]): r for r in sheets["Kommunesamarbeid"]}
    # only April's participants carry a home municipality (1.1)
    assert (cross[("4601", "egen")]["brukere"], cross[("4601", "egen")]["minutter"]) == (1, 65)
    assert (cross[("4602", "kjop")]["brukere"], cross[("4602", "kjop")]["minutter"]) == (1, 60)
    needs = {(r["behov"], r["nivå"]): r for r in sheets["Overganger – behov"]}
    # born 2017: school start was 2023, before the years ahead; hjelpemidler from 2026
    assert set(needs) == {("hjelpemidler", "noe")}
    assert needs[("hjelpemidler", "noe")]["2026"] == 1
    intensity = {r["bruker"]: r for r in sheets["Intensitet – per bruker"]}
    assert intensity["K-7Q2M9X"].get("forløp") == "aktivt"
    assert intensity["K-ABCDEF"].get("forløp") == "avsluttet: maal_naadd"
    assert isinstance(intensity["K-ABCDEF"]["til"], datetime)
    assert intensity["K-ABCDEF"]["til"].date().isoformat() == "2025-04-28"


def test_the_1_0_fixture_alone_gives_the_pathway_sheets_no_figure(tmp_path: Path) -> None:
    sheets = _summary(tmp_path, MARCH_1_0)
    for name in SHEETS:
        cells = [v for r in sheets.get(f"{name} (rader)", []) for v in r.values()]
        assert not [v for v in cells if isinstance(v, int | float | datetime)], name
