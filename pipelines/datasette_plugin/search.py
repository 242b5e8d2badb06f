"""Full-text search of the archive for the search page: any query length, several words, quotes.

The FTS5 index uses the trigram tokenizer, which matches only terms of three characters or
more. A query is split on spaces (ASCII and ideographic) into terms that must all occur: terms
of three characters or more become quoted FTS5 phrases (a `"` inside is doubled, so no query
is a syntax error), shorter ones `instr` tests on the title and body. With at least one long
term, the index narrows and ranks (`bm25`) and `snippet()` cuts the excerpt; with only short
terms the search scans, ranking title hits first and then the earliest hit in the text, the
excerpt cut around it. Pure
functions that return SQL and its parameters, and that turn a marked excerpt into HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

TRIGRAM = 3
# Private-use characters mark a hit inside snippet() output: they cannot occur in a report's
# text and survive HTML escaping, so the excerpt is escaped first and marked after.
MARK_START, MARK_END = "\ue000", "\ue001"
EXCERPT_TOKENS = 40
EXCERPT_CHARS = 60
TERM_SPLIT = re.compile(r"[\s\u3000]+")


@dataclass(frozen=True)
class SearchQuery:
    """The terms of a query, split by what can serve them."""

    long_terms: tuple[str, ...]
    short_terms: tuple[str, ...]

    @property
    def terms(self) -> tuple[str, ...]:
        return self.long_terms + self.short_terms


def parse_query(text: str) -> SearchQuery:
    """Split a query into distinct terms: trigram-searchable (3+ characters) and short ones."""
    terms = list(dict.fromkeys(term for term in TERM_SPLIT.split(text or "") if term))
    return SearchQuery(tuple(t for t in terms if len(t) >= TRIGRAM),
                       tuple(t for t in terms if len(t) < TRIGRAM))


def fts_expression(terms: tuple[str, ...]) -> str:
    """An FTS5 query requiring every term as a phrase; quotes inside a term are doubled."""
    return " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)


def _short_conditions(query: SearchQuery, params: dict) -> list[str]:
    conditions = []
    for number, term in enumerate(query.short_terms):
        params[f"s{number}"] = term
        conditions.append(f"(instr(r.title, :s{number}) or instr(r.body, :s{number}))")
    return conditions


@dataclass(frozen=True)
class SearchPlan:
    """The SQL that answers a query: `select` and `count` with the index, `scan` and `page` without."""

    params: dict
    select: str = ""
    count: str = ""
    scan: str = ""
    page: str = ""


COLUMNS = "r.id, r.title, r.region, r.province, r.report_year, r.publish_date, r.url"


def search_plan(query: SearchQuery, limit: int) -> SearchPlan:
    """How to find, rank and excerpt the reports holding every term of `query`.

    With a term of three characters or more, `select` gives one page of results ranked by
    `bm25` and `count` their number. With short terms only, `scan` gives `id`, `report_year`
    and `rank` of every hit in one pass (ranked by where the first term occurs: in the title,
    then early in the text), and `page` the rows of the ids in the JSON array `:ids`. Result
    rows have `id`, `title`, `region`, `province`, `report_year`, `publish_date`, `url` and
    `excerpt` (marked with `MARK_START`/`MARK_END` by `snippet()`, else raw text around the
    first hit).
    """
    params: dict = {"limit": limit}
    conditions = _short_conditions(query, params)
    if query.long_terms:
        params["fts"] = fts_expression(query.long_terms)
        where = " and ".join(["reports_fts match :fts", *conditions])
        source = "reports_fts join reports r on r.id = reports_fts.rowid"
        select = (f"select {COLUMNS}, snippet(reports_fts, -1, '{MARK_START}', '{MARK_END}', '…', "
                  f"{EXCERPT_TOKENS}) as excerpt, bm25(reports_fts) as rank from {source} where {where} "
                  "order by rank limit :limit")
        return SearchPlan(params, select=select, count=f"select count(*) from {source} where {where}")
    # Counting occurrences would rewrite every body (0.7 s at 20,000 reports), and a window
    # count with a sort costs as much: the scan returns small rows, sorted by the caller.
    first = ":s0"
    scan = (f"select r.id, r.report_year, case when instr(r.title, {first}) then 0 "
            f"else instr(r.body, {first}) end as rank from reports r where {' and '.join(conditions)}")
    page = (f"select {COLUMNS}, substr(r.body, max(1, instr(r.body, {first}) - {EXCERPT_CHARS}), "
            f"{2 * EXCERPT_CHARS}) as excerpt from reports r "
            "where r.id in (select value from json_each(:ids))")
    return SearchPlan(params, scan=scan, page=page)


def best_hits(hits: list[dict], limit: int) -> list[int]:
    """The ids of a scan's best `limit` hits: lowest rank, then latest year, then id."""
    ordered = sorted(hits, key=lambda hit: (hit["rank"], -(hit["report_year"] or 0), hit["id"]))
    return [hit["id"] for hit in ordered[:limit]]


def excerpt_html(excerpt: str | None, query: SearchQuery) -> str:
    """An excerpt as HTML: escaped, every term of the query in `<mark>`."""
    text = escape((excerpt or "").replace("\n", " "))
    text = text.replace(MARK_START, "").replace(MARK_END, "")
    for term in sorted(query.terms, key=len, reverse=True):
        text = text.replace(escape(term), f"{MARK_START}{escape(term)}{MARK_END}")
    return text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
