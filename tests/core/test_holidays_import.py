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
countries = [m for m in sys.modules if m.startswith("holidays.countries.")]
print(len(countries), " ".join(sorted(countries)))
import holidays
# The real package still works afterwards, with every country and the same Norway.
assert holidays.country_holidays("SE", years=2026)
assert holidays.countries.Norway is sys.modules["holidays.countries.norway"].Norway
assert date(2026, 5, 14) in holidays.country_holidays("NO", years=2026)
"""


def test_only_norway_is_imported_and_the_package_still_works_afterwards() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    count, names = done.stdout.split(" ", 1)
    assert count == "1" and names.strip() == "holidays.countries.norway"


def test_the_holidays_are_the_packages_own() -> None:
    import holidays

    from rehablogg.core.workdays import _norwegian_holidays

    expected = holidays.country_holidays("NO", years=2027, include_sundays=False, language="no")
    assert _norwegian_holidays(2027) == dict(expected)
    assert date(2027, 3, 26) in _norwegian_holidays(2027)  # Langfredag 2027
