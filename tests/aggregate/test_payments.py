"""What a tariff model pays, rule by rule, on small hand-made collections; every expected amount
is worked out by hand (in øre) in the comment beside it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.payments import (
    EntryRecord,
    Payment,
    PayStatus,
    apply_models,
    entry_records,
    pay,
    split_equally,
)
from rehablogg.aggregate.tariff_sheets import (
    NOK_FORMAT,
    SHEET_CHART,
    SHEET_DETAIL,
    SHEET_MODELS,
    SHEET_MONTHS,
    compute,
    write_tariff_sheets,
)
from rehablogg.aggregate.tariffs import Model, TariffFile, parse_tariffs
from rehablogg.exchange.columns import ENTRY_BASE_COLUMNS, PARTICIPANT_COLUMNS
from rehablogg.exchange.sheet_writer import new_workbook

HEAD = 'format = "rehablogg-tariffs"\n'
MARCH = date(2025, 3, 10)


def _model(text: str, name: str = "M") -> Model:
    return _file(f'[[models]]\nname = "{name}"\n{text}').models[0]


def _file(text: str, *, example: bool = False) -> TariffFile:
    return parse_tariffs(HEAD + f"example = {str(example).lower()}\n" + text, "t.toml")


def _rules(*rules: str) -> str:
    return "".join(f"\n[[models.rules]]\n{r}\n" for r in rules)


_count = iter(range(1, 1_000_000))


def rec(
    code: str = "D01",
    category: str = "direkte",
    minutes: int = 30,
    *,
    day: date = MARCH,
    travel: int = 0,
    clients: tuple[str, ...] = (),
    group_size: int | None = None,
    therapist: str = "T1",
    municipality: str = "4601 Bergen",
    unit: str = "4601 Barn",
    month: str | None = None,
) -> EntryRecord:
    return EntryRecord(
        entry_id=f"e{next(_count):04d}",
        day=day,
        code=code,
        category=category,
        minutes=minutes,
        travel=travel,
        clients=clients,
        group_size=group_size,
        therapist=therapist,
        municipality=municipality,
        unit=unit,
        month=month or day.strftime("%Y-%m"),
    )


def amounts(model: Model, *records: EntryRecord) -> list[int]:
    return [p.amount for p in pay(model, records)]


def one(model: Model, record: EntryRecord) -> Payment:
    (payment,) = pay(model, [record])
    return payment


# -- which rule ------------------------------------------------------------------------------


def test_fee_per_entry_code_before_category_and_no_rule_pays_nothing() -> None:
    model = _model(_rules('code = "D01"\nfee = 410', 'category = "direkte"\nfee = 250'))
    assert one(model, rec("D01", minutes=90)).amount == 41_000  # the code's fee, any length
    assert one(model, rec("D04")).amount == 25_000  # no D04 rule: the category's
    no_rule = one(model, rec("I01", "indirekte"))
    assert (no_rule.status, no_rule.amount, no_rule.rule) == (PayStatus.NO_RULE, 0, None)
    assert one(model, rec("D01")).rule == 1 and one(model, rec("D04")).rule == 2


def test_a_rule_ending_mid_month_pays_up_to_and_including_its_last_day() -> None:
    model = _model(
        _rules('code = "D02"\nfee = 100\nvalid_to = 2025-03-15', 'category = "direkte"\nfee = 50')
    )
    on_15, on_16 = rec("D02", day=date(2025, 3, 15)), rec("D02", day=date(2025, 3, 16))
    assert amounts(model, on_15, on_16) == [10_000, 5_000]
    alone = _model(
        _rules('code = "D02"\nfee = 100\nvalid_from = 2025-03-01\nvalid_to = 2025-03-15')
    )
    paid = list(pay(alone, [rec("D02", day=date(2025, 2, 28)), on_15, on_16]))
    assert [p.status for p in paid] == [PayStatus.NO_RULE, PayStatus.PAID, PayStatus.NO_RULE]
    assert sum(p.amount for p in paid) == 10_000


def test_a_new_rule_from_mid_month_takes_over() -> None:
    model = _model(
        _rules(
            'code = "D02"\nfee = 100\nvalid_to = 2025-03-15',
            'code = "D02"\nfee = 120\nvalid_from = 2025-03-16',
        )
    )
    assert amounts(model, rec("D02", day=date(2025, 3, 15)), rec("D02", day=date(2025, 3, 16))) == [
        10_000,
        12_000,
    ]


def test_cancelled_codes_are_not_paid_even_when_a_category_rule_would() -> None:
    model = _model('cancelled_codes = ["A04"]\n' + _rules('category = "annet"\nfee = 100'))
    cancelled = one(model, rec("A04", "annet", travel=30))
    assert (cancelled.status, cancelled.amount) == (PayStatus.CANCELLED, 0)
    assert one(model, rec("A03", "annet")).amount == 10_000


def test_a_zero_fee_rule_stops_the_category_rule() -> None:
    model = _model(_rules('code = "I01"\nfee = 0', 'category = "indirekte"\nfee = 100'))
    zero = one(model, rec("I01", "indirekte"))
    assert (zero.status, zero.amount, zero.rule) == (PayStatus.PAID, 0, 1)


# -- time ------------------------------------------------------------------------------------


def test_started_blocks() -> None:
    model = _model(_rules('category = "direkte"\nrate_per_block = 350'))  # 30-minute blocks
    # 0 min: no block; 1–30: one; 31: two; 60: two; 61: three.
    assert amounts(model, *(rec(minutes=m) for m in (0, 1, 30, 31, 60, 61))) == [
        0,
        35_000,
        35_000,
        70_000,
        70_000,
        105_000,
    ]


def test_fee_with_included_minutes_then_blocks_of_any_length() -> None:
    model = _model(
        _rules(
            'code = "D02"\nfee = 180\nincluded_minutes = 20\n'
            "rate_per_block = 85\nblock_minutes = 15"
        )
    )
    # 20 min: the fee only; 21: fee + 1 block (18 000 + 8 500); 45: 25 min beyond = 2 blocks
    # (18 000 + 17 000); 50: 30 beyond = 2 blocks.
    assert amounts(model, *(rec("D02", minutes=m) for m in (10, 20, 21, 45, 50))) == [
        18_000,
        18_000,
        26_500,
        35_000,
        35_000,
    ]


def test_rate_per_minute_is_rounded_once_per_entry_half_up() -> None:
    model = _model(_rules('category = "indirekte"\nrate_per_minute = 8.3333'))
    # 45 × 833.33 øre = 37 499.85 → 37 500; 3 × 833.33 = 2 499.99 → 2 500;
    # 1 × 833.33 → 833.
    assert amounts(model, *(rec("I02", "indirekte", minutes=m) for m in (45, 3, 1))) == [
        37_500,
        2_500,
        833,
    ]
    exact = _model(_rules('category = "indirekte"\nrate_per_minute = 0.005\nincluded_minutes = 10'))
    # 0.5 øre a minute: 11 min = 1 beyond → 0.5 øre → 1 (half up); 12 min → 1 øre.
    assert amounts(
        exact, rec("I02", "indirekte", minutes=11), rec("I02", "indirekte", minutes=12)
    ) == [1, 1]


# -- travel ----------------------------------------------------------------------------------


def test_travel_unpaid_as_time_or_separate() -> None:
    block = _rules('category = "direkte"\nrate_per_block = 350')
    trip = rec(minutes=30, travel=20)
    assert one(_model(block), trip).amount == 35_000  # unpaid (the default): 1 block
    assert one(_model('travel = "as_time"\n' + block), trip).amount == 70_000  # 50 min: 2 blocks
    separate = _model('travel = "separate"\ntravel_rate_per_minute = 5\n' + block)
    assert one(separate, trip).amount == 45_000  # 1 block + 20 × 500
    # Travel as time does nothing for a fee-only rule; an entry no rule pays gets no travel.
    assert (
        one(
            _model('travel = "as_time"\n' + _rules('code = "D01"\nfee = 100')),
            rec(minutes=30, travel=40),
        ).amount
        == 10_000
    )
    assert one(separate, rec("I01", "indirekte", travel=60)).amount == 0


# -- groups ----------------------------------------------------------------------------------


def test_group_fee_per_participant_capped() -> None:
    model = _model(_rules('code = "D03"\nfee = 120\nper_participant = true\nmax_participants = 6'))
    # 8 in the group, at most 6 paid: 6 × 12 000; a group of 4: 4 × 12 000.
    assert one(model, rec("D03", group_size=8)).amount == 72_000
    assert one(model, rec("D03", group_size=4)).amount == 48_000
    # No group size written: the registered clients count; none at all counts one.
    assert one(model, rec("D03", clients=("K-A", "K-B", "K-C"))).amount == 36_000
    assert one(model, rec("D03")).amount == 12_000
    uncapped = _model(_rules('code = "D03"\nfee = 120\nper_participant = true'))
    assert one(uncapped, rec("D03", group_size=8)).amount == 96_000


def test_group_time_part_is_per_participant_but_separate_travel_is_once() -> None:
    model = _model(
        'travel = "separate"\ntravel_rate_per_minute = 2\n'
        + _rules('code = "D03"\nrate_per_block = 100\nper_participant = true\nmax_participants = 6')
    )
    # 45 min = 2 blocks × 10 000 × 6 participants + 10 min travel × 200 once.
    assert one(model, rec("D03", minutes=45, travel=10, group_size=8)).amount == 122_000


# -- caps ------------------------------------------------------------------------------------


def test_client_cap_per_month() -> None:
    model = _model("cap_per_client_month = 1000\n" + _rules('code = "D01"\nfee = 400'))
    a = ("K-A",)
    march = [rec(day=date(2025, 3, d), clients=a) for d in (3, 4, 5, 6)]
    paid = list(pay(model, [*march, rec(day=date(2025, 4, 1), clients=a, month="2025-04")]))
    # 400 + 400 + 200 (cut 200) + 0 (cut 400) in March; April starts afresh.
    assert [p.amount for p in paid] == [40_000, 40_000, 20_000, 0, 40_000]
    assert [p.client_cut for p in paid] == [0, 0, 20_000, 40_000, 0]
    assert all(p.gross == 40_000 for p in paid)
    # Another client, an entry with no client and another therapist's K-A have room of their own.
    assert amounts(model, *march, rec(clients=("K-B",)), rec(), rec(clients=a, therapist="T2"))[
        -3:
    ] == [40_000, 40_000, 40_000]


def test_caps_are_used_up_in_date_order_whatever_order_the_records_come_in() -> None:
    model = _model(
        "cap_per_client_month = 1000\n"
        + _rules('code = "D01"\nfee = 400', 'code = "D04"\nfee = 300')
    )
    late_big = rec("D01", day=date(2025, 3, 20), clients=("K-A",))
    early = [rec("D04", day=date(2025, 3, d), clients=("K-A",)) for d in (1, 2, 3)]
    # By date: 300 + 300 + 300, then the 400 on the 20th gets the 100 left.
    by_id = {p.record.entry_id: p.amount for p in pay(model, [late_big, *reversed(early)])}
    assert by_id[late_big.entry_id] == 10_000
    assert [by_id[r.entry_id] for r in early] == [30_000, 30_000, 30_000]


def test_an_entry_with_several_clients_is_split_equally_for_the_client_cap() -> None:
    model = _model(
        "cap_per_client_month = 500\n"
        + _rules('code = "D01"\nfee = 400', 'code = "D05"\nfee = 301.01')
    )
    first = rec("D01", day=date(2025, 3, 1), clients=("K-A",))  # K-A has 100 kr left
    shared = rec("D05", day=date(2025, 3, 2), clients=("K-B", "K-A"))
    # 30 101 øre split in pseudonym order: K-A 15 051, K-B 15 050. K-A gets 10 000 (cut 5 051).
    _, second = pay(model, [first, shared])
    assert (second.gross, second.client_cut, second.amount) == (30_101, 5_051, 25_050)


def test_split_equally_adds_up_exactly() -> None:
    assert split_equally(10, ["K-C", "K-A", "K-B"]) == [("K-A", 4), ("K-B", 3), ("K-C", 3)]
    assert sum(s for _, s in split_equally(1_000_003, [f"K-{i}" for i in range(7)])) == 1_000_003


def test_therapist_cap_per_month_after_the_client_cap() -> None:
    model = _model(
        "cap_per_client_month = 500\ncap_per_therapist_month = 700\n"
        + _rules('code = "D01"\nfee = 400')
    )
    e1 = rec(day=date(2025, 3, 1), clients=("K-A",))
    e2 = rec(day=date(2025, 3, 2), clients=("K-A",))
    e3 = rec(day=date(2025, 3, 3), clients=("K-B",))
    e4 = rec(day=date(2025, 3, 4), therapist="T2", clients=("K-B",))
    paid = list(pay(model, [e1, e2, e3, e4]))
    # e1: 400. e2: K-A has 100 left (cut 300); the therapist has 300 left: 100 paid.
    # e3: K-B 400 fits the client cap; the therapist has 200 left (cut 200). e4: T2 afresh.
    assert [(p.amount, p.client_cut, p.therapist_cut) for p in paid] == [
        (40_000, 0, 0),
        (10_000, 30_000, 0),
        (20_000, 0, 20_000),
        (40_000, 0, 0),
    ]
    april = rec(day=date(2025, 4, 1), month="2025-04", clients=("K-C",))
    assert amounts(model, e1, e2, e3, april)[-1] == 40_000


# -- totals ----------------------------------------------------------------------------------


def _two_models() -> TariffFile:
    return _file(
        """
[[models]]
name = "Takst"
cancelled_codes = ["A04"]
[[models.rules]]
code = "D01"
fee = 400
[[models]]
name = "Tid"
[[models.rules]]
category = "direkte"
rate_per_block = 300
[[models.rules]]
category = "indirekte"
rate_per_block = 300
""",
        example=True,
    )


def _small_records() -> list[EntryRecord]:
    return [
        rec("D01", minutes=45),  # Takst 400; Tid 2 blocks 600
        rec("I01", "indirekte", minutes=30),  # Takst no rule; Tid 300
        rec("A04", "annet", minutes=30),  # Takst cancelled; Tid no rule
        rec(
            "D01",
            minutes=20,
            therapist="T2",
            municipality="0301 Oslo",
            unit="0301 Voksne",
            day=date(2025, 4, 2),
        ),  # Takst 400; Tid 300
    ]


def test_totals_per_model_and_dimension() -> None:
    takst, tid = apply_models(_two_models(), _small_records())
    assert (
        takst.model,
        takst.total.amount,
        takst.total.paid,
        takst.total.no_rule,
        takst.total.cancelled,
        takst.total.entries,
    ) == ("Takst", 80_000, 2, 1, 1, 4)
    assert (tid.total.amount, tid.total.paid, tid.total.no_rule) == (120_000, 3, 1)
    assert {k: v.amount for k, v in takst.by["kommune"].items()} == {
        "4601 Bergen": 40_000,
        "0301 Oslo": 40_000,
    }
    assert {k: v.amount for k, v in tid.by["måned"].items()} == {
        "2025-03": 90_000,
        "2025-04": 30_000,
    }
    assert {k: v.amount for k, v in tid.by["kategori"].items()} == {
        "direkte": 90_000,
        "indirekte": 30_000,
        "annet": 0,
    }
    assert set(tid.by["terapeut"]) == {"T1", "T2"}
    assert set(tid.by["enhet"]) == {"4601 Barn", "0301 Voksne"}
    assert tid.by["kode"]["D01"].amount == 90_000


# -- from a collection, and the sheets -------------------------------------------------------


def _collection(path: Path) -> tuple[Collection, list[SubmissionInfo]]:
    collection = Collection(path)
    columns = (*ENTRY_BASE_COLUMNS, "part_skole")

    def entry(
        entry_id: str,
        day: str,
        code: str,
        label: str,
        category: str,
        minutes: int,
        travel: int | None,
        clients: int,
        group: int | None,
    ) -> list[object]:
        values = {
            "registrering_id": entry_id,
            "dato": day,
            "uke": 10,
            "starttid": None,
            "kode": code,
            "kodenavn": label,
            "kategori": category,
            "minutter": minutes,
            "timer": minutes / 60,
            "reiseminutter": travel,
            "antall_brukere": clients,
            "gruppestorrelse": group,
            "arena": "skole",
            "kontaktform": "oppmøte",
            "part_skole": 0,
        }
        return [values[c] for c in columns]

    def participant(entry_id: str, client: str) -> list[object]:
        return [entry_id, client, 2015, "6–12", "habilitering", "nei", "nei", "nei", "nei"]

    infos = []
    with collection.run():
        for therapist, municipality, name, rows, people in (
            (
                "T1",
                "4601",
                "Bergen",
                [
                    entry("a1", "2025-03-03", "D03", "Gruppebehandling", "direkte", 60, 15, 2, 8),
                    entry("a2", "2025-03-04", "I01", "Veiledning", "indirekte", 35, None, 1, None),
                    entry("a3", "2025-03-05", "A04", "Avlyst", "annet", 30, 10, 1, None),
                ],
                [
                    participant("a1", "K-A"),
                    participant("a1", "K-B"),
                    participant("a2", "K-A"),
                    participant("a3", "K-B"),
                ],
            ),
            (
                "T2",
                "0301",
                "Oslo",
                [
                    entry("b1", "2025-03-10", "D03", "Gruppebehandling", "direkte", 30, 0, 1, 3),
                ],
                [participant("b1", "K-C")],
            ),
        ):
            info = SubmissionInfo(
                f"x-{therapist}",
                therapist,
                municipality,
                name,
                "Barn",
                "fysioterapeut",
                100,
                "p",
                "2025-03",
                "",
                columns,
                PARTICIPANT_COLUMNS,
            )
            collection.add_submission(info, rows, people)
            infos.append(info)
    return collection, infos


def test_entry_records_read_a_collection(tmp_path: Path) -> None:
    collection, infos = _collection(tmp_path / "samling.sqlite3")
    try:
        records = list(entry_records(collection, infos))
    finally:
        collection.close()
    a1, a2, a3, b1 = records
    assert (
        a1.entry_id,
        a1.day,
        a1.code,
        a1.category,
        a1.minutes,
        a1.travel,
        a1.clients,
        a1.group_size,
        a1.participants,
    ) == ("a1", date(2025, 3, 3), "D03", "direkte", 60, 15, ("K-A", "K-B"), 8, 8)
    assert (a2.travel, a2.group_size, a2.participants, a2.label) == (0, None, 1, "Veiledning")
    assert (a1.therapist, a1.municipality, a1.unit, a1.month) == (
        "T1",
        "4601 Bergen",
        "4601 Barn",
        "2025-03",
    )
    assert (b1.therapist, b1.municipality, a3.clients) == ("T2", "0301 Oslo", ("K-B",))


SHEET_FILE = """
[[models]]
name = "Takst"
description = "gruppe per deltaker"
cancelled_codes = ["A04"]
[[models.rules]]
code = "D03"
fee = 120
per_participant = true
max_participants = 6
[[models]]
name = "Tid"
travel = "as_time"
[[models.rules]]
category = "direkte"
rate_per_block = 300
[[models.rules]]
category = "indirekte"
rate_per_block = 300
"""


def test_the_sheets_show_each_model_side_by_side(tmp_path: Path) -> None:
    collection, infos = _collection(tmp_path / "samling.sqlite3")
    wb = new_workbook()
    try:
        models = _file(SHEET_FILE, example=True)
        write_tariff_sheets(wb, models, compute(collection, infos, models))
    finally:
        collection.close()
    out = tmp_path / "s.xlsx"
    wb.save(out)
    book = load_workbook(out)
    # Takst: a1 6 × 120 = 720, b1 3 × 120 = 360; a2 no rule; a3 cancelled → 1 080 kr.
    # Tid (travel as time): a1 75 min = 3 blocks = 900, a2 35 min = 2 blocks = 600,
    # a3 no rule (annet), b1 30 min = 1 block = 300 → 1 800 kr. Difference 720 kr.
    models = [r for r in book[SHEET_MODELS].iter_rows(values_only=True)]
    assert models[0][:2] == ("modell", "beskrivelse")
    assert str(models[0][13]).startswith("EKSEMPEL: beløpene i t.toml er oppdiktet")
    assert book[SHEET_MODELS].oddHeader.left.text.startswith("EKSEMPEL")
    by_name = {r[0]: r for r in models if r[0] in ("Takst", "Tid") and r[2] is not None}
    assert by_name["Takst"][1:12] == ("gruppe per deltaker", 4, 2, 1, 1, 1080, 0, 0, 1080, 0, 0)
    assert by_name["Tid"][2:12] == (4, 3, 1, 0, 1800, 0, 0, 1800, 720, 720 / 1080)
    months = [r for r in book[SHEET_MONTHS].iter_rows(values_only=True)]
    assert months[0][:4] == ("måned", "Takst (kr)", "Tid (kr)", "differanse Tid – Takst (kr)")
    assert months[1][:4] == ("2025-03", 1080, 1800, 720)
    (chart,) = book[SHEET_CHART]._charts
    assert len(chart.series) == 2
    cell = next(c for row in book[SHEET_MODELS].iter_rows() for c in row if c.value == 1080)
    assert cell.number_format == NOK_FORMAT
    detail = [r for r in book[SHEET_DETAIL].iter_rows(values_only=True)]
    assert detail[0][:5] == (
        "dimensjon",
        "nøkkel",
        "Takst (kr)",
        "Tid (kr)",
        "differanse Tid – Takst (kr)",
    )
    assert any(str(v).startswith("EKSEMPEL") for r in detail for v in r if v)
    rows = {(r[1]): r[2:5] for r in detail[1:]}
    assert rows["4601 Bergen"] == (720, 1500, 780)
    assert rows["0301 Oslo"] == (360, 300, -60)
    assert rows["T1"] == (720, 1500, 780)
    assert rows["D03 Gruppebehandling"] == (1080, 1200, 120)
    assert rows["A04 Avlyst"] == (0, 0, 0)
    assert rows["indirekte"] == (0, 600, 600)
    dimensions = {r[0] for r in detail[1:]}
    assert dimensions == {"kommune", "enhet", "terapeut", "måned", "kode", "kategori"}


def test_sheets_of_a_file_that_is_not_an_example_do_not_say_so(tmp_path: Path) -> None:
    collection, infos = _collection(tmp_path / "samling.sqlite3")
    wb = new_workbook()
    try:
        models = _file(SHEET_FILE)
        write_tariff_sheets(wb, models, compute(collection, infos, models))
    finally:
        collection.close()
    wb.save(tmp_path / "s.xlsx")
    book = load_workbook(tmp_path / "s.xlsx")
    for name in (SHEET_MODELS, SHEET_DETAIL):
        texts = [c for r in book[name].iter_rows(values_only=True) for c in r if isinstance(c, str)]
        assert not any("EKSEMPEL" in t for t in texts)
