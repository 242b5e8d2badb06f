"""A Datasette plugin for archivists: report pages, search, coverage, and a readable table.

Registered through the `datasette` entry point in `pyproject.toml`, so `pip install -e .`
is enough for `datasette data/archive.db -m data/metadata.yml` to load it. It adds the pages
of `views.py` (`/report/<id>`, `/search`, `/coverage`); shortens the report texts in table and
query cells to a line with a link to the report page, and links titles there; serves a style
sheet that keeps the column descriptions from pushing the rows off the first screen; puts
`reports` first on the home page (`templates/index.html`); and sends the reports table's
search box to the search page, which takes queries of any length; answers malformed
parameters of canned queries with one line instead of "SQL Interrupted"; and starts CSV
exports with a byte-order mark for spreadsheet programs (`requests.py`).
"""

from __future__ import annotations

import codecs
import json
from html import escape
from urllib.parse import parse_qs, urlencode

from datasette import hookimpl
from markupsafe import Markup

from pipelines.datasette_plugin import views
from pipelines.datasette_plugin.requests import parameter_error, wants_bom

PLUGIN_NAME = "gov-reports"  # the distribution's name, under which Datasette serves static/
TEXT_COLUMNS = {"body", "body_original"}
TEXT_PREVIEW_CHARS = 60
REPORT_TABLES = {"reports", None}  # None: a canned or arbitrary query


@hookimpl
def register_routes():
    return [
        (r"^/report/(?P<id>\d+)$", views.report_page),
        (r"^/search$", views.search_page),
        (r"^/coverage$", views.coverage_page),
    ]


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins(PLUGIN_NAME, "archive.css")]


def _report_link(report_id, label: str, css: str = "") -> Markup:
    css_attr = f' class="{css}"' if css else ""
    return Markup(f'<a href="/report/{int(report_id)}"{css_attr}>{escape(label)}</a>')


@hookimpl
def render_cell(value, column, table, row):
    """Report texts as one line and a link; titles and report ids linked to the report page."""
    keys = row.keys() if hasattr(row, "keys") else ()
    report_id = row["id"] if "id" in keys and table in REPORT_TABLES else None
    if not isinstance(report_id, int):
        report_id = None
    if column in TEXT_COLUMNS and isinstance(value, str) and len(value) > TEXT_PREVIEW_CHARS:
        preview = escape(value[:TEXT_PREVIEW_CHARS].replace("\n", " "))
        more = f"… {len(value):,} characters"
        if report_id is not None:
            return Markup(f'{preview}{_report_link(report_id, more, "more")}')
        return Markup(f'{preview}<span class="more">{more}</span>')
    if column == "title" and report_id is not None and isinstance(value, str):
        return _report_link(report_id, value)
    if column == "report_id" and table is None and isinstance(value, int):
        return _report_link(value, str(value))
    return None


def _params(scope) -> dict[str, str]:
    query = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"))
    return {name: values[0] for name, values in query.items()}


def _search_redirect(path: str, params: dict[str, str]) -> str | None:
    """The search page's URL for an HTML search in the reports table, else None."""
    terms = params.get("_search", "")
    if not path.endswith("/reports") or not terms.strip():
        return None
    return "/search?" + urlencode({"q": terms})


async def _answer(send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _with_bom(send):
    """`send` with a UTF-8 byte-order mark before the first byte of the body."""
    state = {"first": True}

    async def send_with_bom(message):
        if message["type"] == "http.response.start":
            message = {**message, "headers": [
                (name, str(int(value) + len(codecs.BOM_UTF8)).encode() if name.lower() == b"content-length"
                 else value) for name, value in message.get("headers", [])]}
        elif message["type"] == "http.response.body" and state["first"]:
            state["first"] = False
            message = {**message, "body": codecs.BOM_UTF8 + message.get("body", b"")}
        await send(message)
    return send_with_bom


@hookimpl
def asgi_wrapper():
    """Search box to search page; canned-query parameters checked; CSV with a byte-order mark."""
    def wrap(app):
        async def archive_requests(scope, receive, send):
            if scope.get("type") != "http":
                await app(scope, receive, send)
                return
            path, params = scope.get("path", ""), _params(scope)
            location = _search_redirect(path, params)
            if location is not None:
                await _answer(send, 302, [(b"location", location.encode("utf-8"))], b"")
                return
            query = path.rsplit("/", 1)[-1].split(".", 1)[0]
            error = parameter_error(query, params) if path.count("/") == 2 else None
            if error is not None:
                if path.endswith(".json"):
                    body, kind = json.dumps({"ok": False, "error": error, "status": 400}), b"application/json"
                else:
                    body = f"<!DOCTYPE html><title>Bad parameter</title><p>{escape(error)}</p>"
                    kind = b"text/html; charset=utf-8"
                await _answer(send, 400, [(b"content-type", kind)], body.encode("utf-8"))
                return
            await app(scope, receive, _with_bom(send) if wants_bom(path, params) else send)
        return archive_requests
    return wrap
