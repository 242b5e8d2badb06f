"""Date parsing for government pages: a fast path for the common forms, dateparser after.

Almost every date on these sites is `2022-12-05 15:34`, `2022/12/5`, `2021年12月24日` or
`二〇二三年十二月二十四日`; a regular expression reads them in microseconds. Anything else goes
to one reused dateparser `DateDataParser` restricted to Chinese and English, which is two
orders of magnitude faster than calling `dateparser.parse` naively.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from vocabulary.lexicon import CHINESE_DIGITS
from vocabulary.patterns import CHINESE_NUMERAL_DATE, COMPACT_DATE, NUMERIC_DATE, URL_DATES

# Dates this project accepts: reports exist from the 2000s on, and nothing is from the future.
EARLIEST_YEAR = 2000


def now_iso() -> str:
    """The current UTC time as an ISO 8601 string, as the archive stores times."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _chinese_number(text: str) -> int:
    """Read 一 to 三十一, the numbers that months and days use."""
    if "十" not in text:
        return CHINESE_DIGITS[text]
    tens, _, units = text.partition("十")
    return (CHINESE_DIGITS[tens] if tens else 1) * 10 + (CHINESE_DIGITS[units] if units else 0)


def _make_date(year: int, month: int, day: int, today: dt.date | None) -> dt.date | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    if value.year < EARLIEST_YEAR or value > latest:
        return None
    return value


def find_dates(text: str, today: dt.date | None = None) -> list[dt.date]:
    """Every valid date written in `text`, in order of appearance."""
    found: list[tuple[int, dt.date]] = []
    for match in NUMERIC_DATE.finditer(text):
        value = _make_date(*(int(g) for g in match.groups()), today)
        if value:
            found.append((match.start(), value))
    for match in CHINESE_NUMERAL_DATE.finditer(text):
        year = int("".join(str(CHINESE_DIGITS[c]) for c in match.group(1)))
        value = _make_date(
            year, _chinese_number(match.group(2)), _chinese_number(match.group(3)), today
        )
        if value:
            found.append((match.start(), value))
    return [value for _, value in sorted(found, key=lambda pair: pair[0])]


def parse_date(text: str | None, today: dt.date | None = None) -> dt.date | None:
    """The first date in `text`: fast path first, then dateparser.

    Args:
        text: a date string, possibly with a label or time around it.
        today: the reference "today", for tests; dates after it are rejected.

    Returns:
        The date, or None when `text` holds no plausible date.
    """
    if not text:
        return None
    dates = find_dates(text, today)
    if dates:
        return dates[0]
    compact = COMPACT_DATE.search(text)
    if compact:
        return _make_date(*(int(g) for g in compact.groups()), today)
    return _parse_with_dateparser(text, today)


def _parse_with_dateparser(text: str, today: dt.date | None) -> dt.date | None:
    # dateparser trips over labels such as "发布时间:", so keep only the part after them.
    text = re.split(r"[:：]", text, maxsplit=1)[-1].strip()
    if not text or len(text) > 64 or not re.search(r"\d", text):
        return None
    result = _date_parser().get_date_data(text)
    if result is None or result.date_obj is None:
        return None
    value = result.date_obj.date()
    return _make_date(value.year, value.month, value.day, today)


@lru_cache(maxsize=1)
def _date_parser():
    # Imported lazily: dateparser takes a second to import and is the slow path.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["zh", "en"],
        settings={"PREFER_DATES_FROM": "past", "STRICT_PARSING": True},
    )


def date_from_url(url: str, today: dt.date | None = None) -> dt.date | None:
    """The date that CMSs put into article URLs: `t20240328_…`, `art/2024/3/28/…`, `/202403/28/`."""
    for pattern in URL_DATES:
        match = pattern.search(url)
        if match:
            value = _make_date(*(int(g) for g in match.groups()), today)
            if value:
                return value
    return None
