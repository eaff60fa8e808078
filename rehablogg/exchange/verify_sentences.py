"""What ``verify`` says: every sentence it can print, each naming where the problem is.

``{where}``-style fields are filled by the checks: a sentence about a cell is :data:`CELL`
completed by one of the ``P_`` problems below. Translated with the context ``exchange``.
"""

from __future__ import annotations

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

VALID = QT_TRANSLATE_NOOP("exchange", "gyldig")
MISSING_FILE = QT_TRANSLATE_NOOP("exchange", "Filen finnes ikke.")
IS_FOLDER = QT_TRANSLATE_NOOP("exchange", "Dette er en mappe, ikke en fil.")
UNREADABLE = QT_TRANSLATE_NOOP("exchange", "Filen kan ikke leses: {reason}.")
CSV_REFUSED = QT_TRANSLATE_NOOP(
    "exchange",
    "Dette er en CSV-fil, som bare er en visning for mennesker og ikke kan kontrolleres; send "
    "xlsx-filen fra rehablogg i stedet.",
)
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "exchange",
    "Dette er en gammel Excel-fil (.xls), ikke en xlsx-arbeidsbok; send xlsx-filen fra "
    "rehablogg i stedet.",
)
ODS_REFUSED = QT_TRANSLATE_NOOP(
    "exchange",
    "Dette er et OpenDocument-regneark (.ods), ikke en xlsx-arbeidsbok; send xlsx-filen fra "
    "rehablogg i stedet.",
)
NOT_WORKBOOK = QT_TRANSLATE_NOOP("exchange", "Filen er ikke en xlsx-arbeidsbok.")
OTHER_ZIP = QT_TRANSLATE_NOOP("exchange", "Filen er et zip-arkiv, men ikke en xlsx-arbeidsbok.")
DAMAGED = QT_TRANSLATE_NOOP(
    "exchange",
    "Filen er ufullstendig eller skadet, så den kan ikke leses som xlsx; be om en ny kopi.",
)
NOT_EXPORT = QT_TRANSLATE_NOOP(
    "exchange", "Arbeidsboken er ikke en eksport fra rehablogg (arket «Metadata» mangler)."
)
NOT_EXPORT_FORMAT = QT_TRANSLATE_NOOP(
    "exchange",
    "Arbeidsboken er ikke en eksport fra rehablogg (Metadata, feltet «format» er «{value}», "
    "ventet «{expected}»).",
)
BAD_VERSION = QT_TRANSLATE_NOOP(
    "exchange", "Metadata, feltet «format_versjon»: «{value}» er ikke et versjonsnummer som 1.0."
)
NEWER_MAJOR = QT_TRANSLATE_NOOP(
    "exchange",
    "Filen har formatversjon {value}, som denne versjonen av rehablogg ikke kan lese (den leser "
    "1.x); oppdater rehablogg.",
)
MISSING_SHEET = QT_TRANSLATE_NOOP("exchange", "Arket «{sheet}» mangler.")
EXTRA_SHEET = QT_TRANSLATE_NOOP("exchange", "Arket «{sheet}» hører ikke til format {version}.")
SHEET_ORDER = QT_TRANSLATE_NOOP(
    "exchange", "Arkene står i feil rekkefølge: ventet {expected}, fant {found}."
)
HEADER_NAME = QT_TRANSLATE_NOOP(
    "exchange", "{sheet}, kolonne {column}: overskriften er «{found}», ventet «{expected}»."
)
HEADER_MISSING = QT_TRANSLATE_NOOP(
    "exchange", "{sheet}, kolonne {column}: kolonnen «{expected}» mangler."
)
HEADER_EXTRA = QT_TRANSLATE_NOOP(
    "exchange", "{sheet}, kolonne {column}: kolonnen «{found}» hører ikke til format {version}."
)
HEADER_PARTY = QT_TRANSLATE_NOOP(
    "exchange",
    "{sheet}, kolonne {column}: «{found}» er ikke et gyldig navn på en samarbeidspartkolonne.",
)
PARTIES_VS_CATALOGUE = QT_TRANSLATE_NOOP(
    "exchange",
    "Registreringer: samarbeidspartkolonnene stemmer ikke med kodeverket {catalogue} versjon "
    "{version}; ventet {expected}.",
)
META_MISSING = QT_TRANSLATE_NOOP("exchange", "Metadata mangler feltet «{name}».")
META_ORDER = QT_TRANSLATE_NOOP(
    "exchange", "Metadata, rad {row}: ventet feltet «{expected}», fant «{found}»."
)
META_EXTRA = QT_TRANSLATE_NOOP(
    "exchange", "Metadata, rad {row}: feltet «{found}» hører ikke til format {version}."
)
META_DUPLICATE = QT_TRANSLATE_NOOP(
    "exchange", "Metadata, rad {row}: feltet «{found}» står to ganger."
)
META_VALUE = QT_TRANSLATE_NOOP("exchange", "Metadata, rad {row}, feltet «{name}»: {problem}.")
COUNT_MISMATCH = QT_TRANSLATE_NOOP(
    "exchange",
    "Registreringer har {found} rader, men Metadata sier antall_registreringer = {expected}; "
    "rader er slettet eller lagt til etter eksport.",
)
CHECKSUM_MISMATCH = QT_TRANSLATE_NOOP(
    "exchange",
    "Sjekksummen stemmer ikke med innholdet: en verdi i Metadata, Registreringer eller "
    "Deltakere er endret etter eksport.",
)
SHEETS_CHECKSUM_MISMATCH = QT_TRANSLATE_NOOP(
    "exchange",
    "Metadata, feltet «ark_sjekksum»: stemmer ikke med arkene etter Metadata; en verdi i "
    "{sheets} er endret etter eksport.",
)
EXPORT_ID_MISMATCH = QT_TRANSLATE_NOOP(
    "exchange",
    "Metadata, feltet «eksport_id»: {found} stemmer ikke med terapeut, periode og sjekksum "
    "(ventet {expected}).",
)
EMPTY_ROW = QT_TRANSLATE_NOOP(
    "exchange", "{sheet}, rad {row}: raden er tom, men det kommer rader etter den."
)
CELL = QT_TRANSLATE_NOOP("exchange", "{sheet}, rad {row}, kolonne {column} ({name}): {problem}.")
ROW_PAIR = QT_TRANSLATE_NOOP(
    "exchange",
    "{sheet}, rad {row}: {first} ({first_cell} = {first_value}) og {second} ({second_cell} = "
    "{second_value}) stemmer ikke overens; en av dem er endret etter eksport.",
)
CLIENT_COUNT = QT_TRANSLATE_NOOP(
    "exchange",
    "Registreringer, rad {row}: antall_brukere er {expected}, men Deltakere har {found} rader "
    "for registreringen.",
)
CODE_VS_CATALOGUE = QT_TRANSLATE_NOOP(
    "exchange",
    "Koder, rad {row}: {name} for kode {code} er «{found}», men kodeverket {catalogue} versjon "
    "{version} sier «{expected}».",
)
CODE_NOT_IN_CATALOGUE = QT_TRANSLATE_NOOP(
    "exchange",
    "Koder, rad {row}: koden «{code}» finnes ikke i kodeverket {catalogue} versjon {version}.",
)
CODE_MISSING_IN_SHEET = QT_TRANSLATE_NOOP(
    "exchange", "Koder: koden {code} fra kodeverket {catalogue} versjon {version} mangler."
)
PAUSE_COUNT = QT_TRANSLATE_NOOP(
    "exchange",
    "Forløp, rad {row}: antall_opphold er {expected}, men Opphold har {found} rader for forløpet.",
)
CHANGES_IN_FIRST = QT_TRANSLATE_NOOP(
    "exchange",
    "Endringer har {count} rader, men filen korrigerer ingen innlevering (korrigerer er tom); "
    "bare en korreksjon sier hva som er endret.",
)
MORE_PROBLEMS = QT_TRANSLATE_NOOP("exchange", "{first} (og {count} feil til)")
TOO_MANY_FOR_PERIOD = QT_TRANSLATE_NOOP(
    "exchange",
    "{sheet} har {rows} rader, flere enn de {limit} en periode på {days} dager kan ha (høyst "
    "{per_day} per dag); filen er ikke lest videre.",
)
HEADER_TOO_WIDE = QT_TRANSLATE_NOOP(
    "exchange",
    "{sheet} har {count} kolonner, flere enn de {limit} format 1.x kan ha; filen er ikke lest "
    "videre.",
)
BEYOND_HEADER = QT_TRANSLATE_NOOP(
    "exchange",
    "{sheet}, rad {row}: det står en verdi i kolonne {column}, til høyre for kolonnene arket har "
    "overskrifter for.",
)

# Cell problems, completing CELL's "{problem}".
P_TEXT = QT_TRANSLATE_NOOP("exchange", "forventet en tekst")
P_EMPTY = QT_TRANSLATE_NOOP("exchange", "verdien mangler")
P_INT = QT_TRANSLATE_NOOP("exchange", "forventet et helt tall, fant «{value}»")
P_RANGE = QT_TRANSLATE_NOOP("exchange", "{value} er utenfor det tillatte området {low}–{high}")
P_DATE = QT_TRANSLATE_NOOP("exchange", "forventet en dato, fant «{value}»")
P_OUTSIDE = QT_TRANSLATE_NOOP("exchange", "{value} er utenfor perioden {start}–{end}")
P_CLOCK = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke et klokkeslett TT:MM")
P_FLAG = QT_TRANSLATE_NOOP("exchange", "forventet 0 eller 1, fant «{value}»")
P_NUMBER = QT_TRANSLATE_NOOP("exchange", "forventet et tall, fant «{value}»")
P_DUPLICATE_ID = QT_TRANSLATE_NOOP("exchange", "registrering_id {value} står også på rad {other}")
P_UNKNOWN_ENTRY = QT_TRANSLATE_NOOP(
    "exchange", "registrering_id {value} finnes ikke i Registreringer"
)
P_DUPLICATE_CLIENT = QT_TRANSLATE_NOOP(
    "exchange", "brukeren {value} står to ganger på samme registrering"
)
P_NOT_PSEUDONYM = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke et pseudonym som K-7Q2M9X")
P_SERVICE = QT_TRANSLATE_NOOP(
    "exchange", "forventet habilitering eller rehabilitering, fant «{value}»"
)
P_UNKNOWN_CODE = QT_TRANSLATE_NOOP("exchange", "koden «{value}» finnes ikke i arket Koder")
P_CATEGORY = QT_TRANSLATE_NOOP(
    "exchange", "«{value}» er ikke en kategori (direkte, indirekte eller annet)"
)
P_DUPLICATE_CODE = QT_TRANSLATE_NOOP("exchange", "koden {value} står to ganger")
P_NOT_CANONICAL = QT_TRANSLATE_NOOP(
    "exchange", "verdien «{value}» har en type formatet ikke tillater"
)
P_BEFORE = QT_TRANSLATE_NOOP("exchange", "{value} er før {other} ({earlier})")
P_AFTER = QT_TRANSLATE_NOOP("exchange", "{value} er etter {other} ({later})")
P_AFTER_PERIOD = QT_TRANSLATE_NOOP("exchange", "{value} er etter periodens slutt {end}")
P_BEFORE_PERIOD = QT_TRANSLATE_NOOP("exchange", "{value} er før periodens start {start}")
P_UNKNOWN_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "exchange", "«{value}» er ikke et kommunenummer i kommunelista for 2024"
)
P_REFERRAL_SOURCE = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke en henvisningskilde ({words})")
P_END_REASON = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke en sluttårsak ({words})")
P_PAUSE_KIND = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke en type opphold ({words})")
P_NEED_LEVEL = QT_TRANSLATE_NOOP("exchange", "forventet ingen, noe eller mye, fant «{value}»")
P_ARRANGEMENT = QT_TRANSLATE_NOOP(
    "exchange", "forventet egen, samarbeid eller kjop, fant «{value}»"
)
P_REASON_WITHOUT_END = QT_TRANSLATE_NOOP(
    "exchange", "en sluttårsak hører bare til et forløp med sluttdato"
)
P_END_WITHOUT_REASON = QT_TRANSLATE_NOOP("exchange", "et forløp med sluttdato må ha en sluttårsak")
P_DUPLICATE_EPISODE = QT_TRANSLATE_NOOP("exchange", "forlop_id {value} står også på rad {other}")
P_UNKNOWN_EPISODE = QT_TRANSLATE_NOOP("exchange", "forlop_id {value} finnes ikke i arket Forløp")
P_PAUSE_OUTSIDE_EPISODE = QT_TRANSLATE_NOOP(
    "exchange",
    "oppholdet {pause} ligger ikke innenfor forløpet {episode}; et opphold begynner tidligst på "
    "henvist og slutter senest på sluttdato",
)
P_IDENTITY_NUMBER = QT_TRANSLATE_NOOP(
    "exchange",
    "teksten ser ut til å inneholde et fødselsnummer eller D-nummer, som aldri skal stå i en "
    "eksport",
)
P_ISO_DATE = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke en dato ÅÅÅÅ-MM-DD")
P_TIMESTAMP = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke et tidspunkt")
P_PERIOD_ORDER = QT_TRANSLATE_NOOP("exchange", "perioden slutter før den begynner")
P_YES_NO = QT_TRANSLATE_NOOP("exchange", "forventet ja eller nei, fant «{value}»")
P_HEX = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke {length} heksadesimale sifre")
P_MUNICIPALITY = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke et kommunenummer med fire sifre")
P_SUBMISSION_NEEDS = QT_TRANSLATE_NOOP("exchange", "en innlevering må ha en verdi her")
P_SUBMISSION_MONTH = QT_TRANSLATE_NOOP("exchange", "en innlevering gjelder en hel kalendermåned")
P_SUBMISSION_FUTURE = QT_TRANSLATE_NOOP(
    "exchange",
    "en innlevering kan ikke gjelde en måned som begynner etter at filen ble laget (opprettet "
    "{created})",
)
