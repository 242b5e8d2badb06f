"""The archivists' pages Datasette serves besides its tables: one report, search, coverage.

`/report/<id>` shows a report's fields, its text, every copy (`sightings`), every version
with a diff against the previous one, its documents and, when the archive has a `captures`
table, its captures. `/search?q=` ranks reports with excerpts and links (`search.py`);
`/coverage` draws the province x year summary as a heat map, and `/coverage?province=…` one
province's units by year. Each handler reads the `archive` database (or the first one
served), runs its SQL and renders a template of this plugin.
"""

from __future__ import annotations

import datetime
import itertools
import json

from datasette.database import Database
from datasette.utils.asgi import NotFound, Response

from pipelines.datasette_plugin import coverage, search
from pipelines.datasette_plugin.textdiff import diff_versions

DATABASE = "archive"
SEARCH_PAGE_SIZE = 50
REPORT_FIELDS = ("region", "region_code", "province", "city", "report_year", "publisher",
                 "publish_date", "issuer_kind", "source_kind", "text_source", "ocr_confidence",
                 "original_script", "own_site",
                 "site_id_code", "index_no", "site_key", "score", "reason", "first_seen",
                 "last_seen", "updated_at", "content_hash")


def archive_of(datasette) -> Database:
    """The database the pages read: `archive` when served, else the first one."""
    databases = datasette.databases
    if DATABASE in databases:
        return databases[DATABASE]
    return next(db for name, db in databases.items() if name != "_internal")


async def _rows(db: Database, sql: str, params: dict | tuple = ()) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params)).rows]


# The replay address of a capture in pywb's `wayback` (README: "Provenance"), as the canned
# queries `copies` and `versions_of` give it.
REPLAY_PREFIX = "http://localhost:8080/archive/"


async def _captures(db: Database, report_id: int) -> list[dict]:
    """The WARC captures behind the report's versions and copies, with their replay links."""
    if not await db.table_exists("captures"):
        return []
    rows = await _rows(db, """
        select c.id, c.url, c.fetched_at, c.http_status, c.payload_digest, c.warc_file,
          c.warc_offset, c.warc_length, c.target_uri,
          group_concat(distinct origin) as behind
        from captures c join (
          select capture_id, 'version ' || version as origin from versions where report_id = :id
          union all
          select capture_id, 'copy' as origin from sightings where report_id = :id
        ) used on used.capture_id = c.id
        group by c.id order by c.fetched_at, c.id""", {"id": report_id})
    for row in rows:
        stamp = (row["fetched_at"] or "")[:19].replace("-", "").replace(":", "").replace("T", "")
        row["replay"] = f"{REPLAY_PREFIX}{stamp}id_/{row.pop('target_uri')}"
    return rows


async def report_page(datasette, request) -> Response:
    """One report: fields, text, copies, versions with diffs, documents, captures."""
    db = archive_of(datasette)
    report_id = int(request.url_vars["id"])
    found = await _rows(db, "select * from reports where id = ?", (report_id,))
    if not found:
        raise NotFound(f"No report {report_id}")
    report = found[0]
    versions = await _rows(db, "select version, body, content_hash, url, first_seen from versions "
                               "where report_id = ? order by version", (report_id,))
    for previous, version in itertools.pairwise(versions):
        version["diff"] = diff_versions(previous["body"] or "", version["body"] or "")
    sightings = await _rows(db, "select * from sightings where report_id = ? order by fetched_at, id",
                            (report_id,))
    # `*`: an archive written before `text_source` existed has no such column until migrated.
    documents = await _rows(db, "select * from documents where report_id = ? order by fetched_at",
                            (report_id,))
    context = {
        "report": report, "fields": [(name, report.get(name)) for name in REPORT_FIELDS],
        "paragraphs": [line for line in (report["body"] or "").split("\n") if line.strip()],
        "versions": versions, "sightings": sightings, "documents": documents,
        "captures": await _captures(db, report_id), "database": db.name,
    }
    return Response.html(await datasette.render_template("report.html", context, request=request))


def _scan(conn, sql: str, params: dict) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


async def search_page(datasette, request) -> Response:
    """Ranked reports holding every term of `q`, with excerpts and links."""
    db = archive_of(datasette)
    text = request.args.get("q", "")
    query = search.parse_query(text)
    results, total = [], 0
    if query.terms:
        plan = search.search_plan(query, SEARCH_PAGE_SIZE)
        if plan.select:
            results = await _rows(db, plan.select, plan.params)
            total = (await db.execute(plan.count, plan.params)).rows[0][0]
        else:
            # A scan of every text (0.1-0.5 s at 20,000 reports) may outlast Datasette's time
            # limit on a busy machine: it runs without it, once per search.
            hits = await db.execute_fn(lambda conn: _scan(conn, plan.scan, plan.params))
            ids = search.best_hits(hits, SEARCH_PAGE_SIZE)
            rows = await _rows(db, plan.page, {**plan.params, "ids": json.dumps(ids)})
            page = {row["id"]: row for row in rows}
            results, total = [page[i] for i in ids], len(hits)
        for row in results:
            row["excerpt_html"] = search.excerpt_html(row["excerpt"], query)
    context = {"q": text, "query": query, "results": results, "total": total,
               "page_size": SEARCH_PAGE_SIZE, "database": db.name}
    return Response.html(await datasette.render_template("search.html", context, request=request))


async def coverage_page(datasette, request) -> Response:
    """The province x year heat map, or one province's units by year."""
    db = archive_of(datasette)
    last_year = datetime.date.today().year - 1
    years = coverage.year_range(request.args.get("since"), request.args.get("until"), last_year)
    province = request.args.get("province", "").strip()
    context = {"error": years.error, "province": province, "database": db.name,
               "years": list(range(years.since, years.until + 1)), "rows": [], "units": []}
    if years.error:
        html = await datasette.render_template("coverage.html", context, request=request)
        return Response.html(html, status=400)
    params = {"since": years.since, "until": years.until}
    if province:
        cells = await _rows(db, coverage.UNITS_SQL, {**params, "province": province})
        units: dict[str, dict] = {}
        for cell in cells:
            unit = units.setdefault(cell["adcode"], {**cell, "cells": {}})
            unit["cells"][cell["year"]] = cell
        context["units"] = list(units.values())
    else:
        summary = await _rows(db, coverage.SUMMARY_SQL, params)
        provinces: dict[str, dict] = {}
        for row in summary:
            row["colour"] = coverage.heat_colour(row["found"], row["units"])
            row["dark"] = coverage.heat_is_dark(row["found"], row["units"])
            provinces.setdefault(row["province"], {"province": row["province"], "cells": {}})
            provinces[row["province"]]["cells"][row["year"]] = row
        context["rows"] = list(provinces.values())
        context["totals"] = {
            year: (sum(r["found"] for r in summary if r["year"] == year),
                   sum(r["units"] for r in summary if r["year"] == year))
            for year in context["years"]}
    return Response.html(await datasette.render_template("coverage.html", context, request=request))
