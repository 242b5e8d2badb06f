"""A Datasette plugin for archivists: report pages, search, coverage, and a readable table.

Registered through the `datasette` entry point in `pyproject.toml`, so `pip install -e .`
is enough for `datasette data/archive.db -m data/metadata.yml` to load it. It adds the pages
of `views.py` (`/report/<id>`, `/search`, `/coverage`); shortens the report texts in table and
query cells to a line with a link to the report page, and links titles there; serves a style
sheet that keeps the column descriptions from pushing the rows off the first screen; puts
`reports` first on the home page (`templates/index.html`); and sends the reports table's
search box to the search page, which takes queries of any length.
"""

from __future__ import annotations

from html import escape
from urllib.parse import parse_qs, urlencode

from datasette import hookimpl
from markupsafe import Markup

from pipelines.datasette_plugin import views

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
    if column in TEXT_COLUMNS and isinstance(value, str) and len(value) > TEXT_PREVIEW_CHARS:
        preview = escape(value[:TEXT_PREVIEW_CHARS].replace("\n", " "))
        more = f"… {len(value):,} characters"
        if report_id is not None and table != "versions":
            return Markup(f'{preview}{_report_link(report_id, more, "more")}')
        return Markup(f'{preview}<span class="more">{more}</span>')
    if column == "title" and report_id is not None and isinstance(value, str):
        return _report_link(report_id, value)
    if column == "report_id" and table is None and isinstance(value, int):
        return _report_link(value, str(value))
    return None


def _search_redirect(scope) -> str | None:
    """The search page's URL for an HTML search in the reports table, else None."""
    if scope.get("type") != "http" or not scope.get("path", "").endswith("/reports"):
        return None
    query = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"))
    terms = query.get("_search", [""])[0]
    if not terms.strip():
        return None
    return "/search?" + urlencode({"q": terms})


@hookimpl
def asgi_wrapper():
    def wrap(app):
        async def redirect_searches(scope, receive, send):
            location = _search_redirect(scope)
            if location is None:
                await app(scope, receive, send)
                return
            await send({"type": "http.response.start", "status": 302,
                        "headers": [(b"location", location.encode("utf-8")),
                                    (b"content-type", b"text/plain")]})
            await send({"type": "http.response.body", "body": b""})
        return redirect_searches
    return wrap
