"""Coverage at a glance: the SQL of the province x year summary and of one province's units,
and the colour of a heat-map cell. Pure functions; the coverage page runs and renders them.

A unit has a report of a year when a report carries its division code, or, lacking a code,
its name and province (as in the canned `coverage` queries). Years run from `since` to
`until`, validated by `year_range` before any SQL runs.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

FIRST_YEAR, LAST_YEAR = 2000, 2100

# Reports per county-level unit and year, by code or else by name: a union of two indexed
# joins (an `or` in one join condition would scan every report for every unit).
FOUND_CTE = """
found as (
  select region_code as adcode, report_year, min(id) as report_id from reports
  where region_code is not null and region_code != '' group by region_code, report_year
  union all
  select g.adcode, r.report_year, min(r.id) from reports r
  join regions g on g.name = r.region and g.province = r.province and g.level = 'county'
  where r.region_code is null or r.region_code = ''
  group by g.adcode, r.report_year
)"""

SITE_CTE = """
site_of as (
  select adcode, max(end_reason = 'done') as complete, group_concat(distinct end_reason) as outcome,
    min(seed_url) as site
  from sites where adcode is not null and adcode != '' group by adcode
)"""

YEARS_CTE = """
years(year) as (
  select :since union all select year + 1 from years where year < :until
)"""

SUMMARY_SQL = f"""
with recursive {YEARS_CTE}, {SITE_CTE}, {FOUND_CTE},
cells as (
  select g.province, g.adcode, y.year, f.report_id is not null as found,
    coalesce(s.complete, 0) as complete
  from regions g cross join years y
  left join (select adcode, report_year, min(report_id) as report_id from found
             group by adcode, report_year) f on f.adcode = g.adcode and f.report_year = y.year
  left join site_of s on s.adcode = g.adcode
  where g.level = 'county'
)
select province, year, count(*) as units, sum(found) as found,
  sum(not found and complete) as not_found_after_complete_look,
  sum(not found and not complete) as not_looked_at
from cells group by province, year order by min(adcode), year
"""

UNITS_SQL = f"""
with recursive {YEARS_CTE}, {SITE_CTE}, {FOUND_CTE},
first_found as (
  select adcode, report_year, min(report_id) as report_id from found group by adcode, report_year
)
select g.adcode, g.name, g.city, y.year, coalesce(s.outcome, 'no known site') as site_crawl,
  f.report_id, coalesce(s.complete, 0) as complete
from regions g cross join years y
left join first_found f on f.adcode = g.adcode and f.report_year = y.year
left join site_of s on s.adcode = g.adcode
where g.level = 'county' and g.province = :province
order by s.site is null, g.adcode, y.year
"""


@dataclass(frozen=True)
class YearRange:
    """Validated first and last report years, or the message saying what is wrong."""

    since: int
    until: int
    error: str = ""


def _year(text: str | None, default: int, name: str) -> tuple[int, str]:
    if text is None or not text.strip():
        return default, ""
    text = text.strip()
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        return default, f"{name} must be a year between {FIRST_YEAR} and {LAST_YEAR}, not {text!r}"
    return int(text), ""


def year_range(since: str | None, until: str | None, last_year: int) -> YearRange:
    """The years asked for (default 2019 to `last_year`), or an error message."""
    first, error_first = _year(since, 2019, "since")
    last, error_last = _year(until, last_year, "until")
    error = error_first or error_last
    if not error and first > last:
        error = f"since ({first}) is after until ({last})"
    return YearRange(first, last, error)


# Red (none found) through yellow (half) to green (all): shares of 60% and 90% differ at a glance.
HEAT_STOPS = ((0.0, (0xD7, 0x30, 0x27)), (0.5, (0xFE, 0xE0, 0x8B)), (1.0, (0x1A, 0x98, 0x50)))
DARK_BELOW, DARK_ABOVE = 0.15, 0.85


def _share(found: int, units: int) -> float:
    return found / units if units else 0.0


def heat_colour(found: int, units: int) -> str:
    """A cell's background for `found` of `units`, from red through yellow to green."""
    share = _share(found, units)
    for (low, low_rgb), (high, high_rgb) in itertools.pairwise(HEAT_STOPS):
        if share <= high:
            t = (share - low) / (high - low)
            rgb = (round(a + (b - a) * t) for a, b in zip(low_rgb, high_rgb, strict=True))
            return "#" + "".join(f"{c:02x}" for c in rgb)
    return "#" + "".join(f"{c:02x}" for c in HEAT_STOPS[-1][1])


def heat_is_dark(found: int, units: int) -> bool:
    """Whether the cell's colour needs white text."""
    share = _share(found, units)
    return share < DARK_BELOW or share > DARK_ABOVE
