"""What the plugin checks or changes in a request before Datasette sees it, and in its answer.

Canned queries take typed parameters as text: `since=abc` on a coverage query made the year
range run from year 0 and Datasette answered "SQL Interrupted". `parameter_error` checks the
parameters of the canned queries that take years, dates and ids, and says what is wrong in one
line. `wants_bom` says whether a CSV answer gets a UTF-8 byte-order mark, without which
spreadsheet programs read the Chinese as another encoding (`?_bom=0` leaves it out).
Pure functions.
"""

from __future__ import annotations

import re

YEAR_VALUE = re.compile(r"^(19|20|21)\d\d$")
DATE_VALUE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")
ID_VALUE = re.compile(r"^\d+$")
# Per canned query, its parameters that must match a pattern when given, and how to say so.
YEARS = {"since": (YEAR_VALUE, "a year such as 2019"), "until": (YEAR_VALUE, "a year such as 2024")}
CHECKED: dict[str, dict[str, tuple[re.Pattern[str], str]]] = {
    "coverage": YEARS,
    "coverage_matrix": YEARS,
    "coverage_by_province": YEARS,
    "changed_since": {"since": (DATE_VALUE, "a date such as 2025-01-01 (or 2025, or 2025-01)")},
    "reports_of": {"year": (YEAR_VALUE, "a year such as 2023")},
    "copies": {"id": (ID_VALUE, "a report id such as 12")},
}


def parameter_error(query: str, params: dict[str, str]) -> str | None:
    """One line saying which parameter of canned query `query` is malformed, or None."""
    for name, (pattern, expected) in CHECKED.get(query, {}).items():
        value = (params.get(name) or "").strip()
        if value and not pattern.match(value):
            return f"{query}: {name} must be {expected}, not {value!r}"
    return None


def wants_bom(path: str, params: dict[str, str]) -> bool:
    """Whether the answer to `path` is a CSV export that should start with a byte-order mark."""
    return path.endswith(".csv") and params.get("_bom", "1") != "0"
