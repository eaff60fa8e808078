"""Norway's public holidays without importing the holidays package's 200 other countries."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

PROBE = """
import sys
from datetime import date
from rehablogg.core.workdays import public_holiday
assert public_holiday(date(2026, 5, 17)), "17 May is a public holiday"
assert "holidays" not in sys.modules, "a year in holiday_table.py needs nothing of the package"
assert public_holiday(date(1990, 5, 17)), "17 May 1990: a year outside the table"
countries = [m for m in sys.modules if m.startswith("holidays.countries.")]
print(len(countries), " ".join(sorted(countries)))
import holidays
# The real package still works afterwards, with every country and the same Norway.
assert holidays.country_holidays("SE", years=2026)
assert holidays.countries.Norway is sys.modules["holidays.countries.norway"].Norway
assert date(2026, 5, 14) in holidays.country_holidays("NO", years=2026)
"""


def test_only_norway_is_imported_and_the_package_still_works_afterwards() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    count, names = done.stdout.split(" ", 1)
    assert count == "1" and names.strip() == "holidays.countries.norway"


def test_the_holidays_are_the_packages_own() -> None:
    import holidays

    from rehablogg.core.workdays import _norwegian_holidays

    expected = holidays.country_holidays("NO", years=2027, include_sundays=False, language="no")
    assert _norwegian_holidays(2027) == dict(expected)
    assert date(2027, 3, 26) in _norwegian_holidays(2027)  # Langfredag 2027


def test_the_table_is_the_packages_answer_for_every_year_in_it() -> None:
    """holiday_table.py spares the start-up the package's import; it must say what the package
    says (after a holidays update: python -m rehablogg.core.make_holiday_table)."""
    from rehablogg.core import holiday_table
    from rehablogg.core.make_holiday_table import TARGET, table_source
    from rehablogg.core.workdays import _norwegian_holidays, package_holidays

    years = range(holiday_table.FIRST_YEAR, holiday_table.LAST_YEAR + 1)
    assert set(holiday_table.DAYS) == set(years)
    for year in years:
        assert _norwegian_holidays(year) == package_holidays(year), year
    assert TARGET.read_text(encoding="utf-8") == table_source()
