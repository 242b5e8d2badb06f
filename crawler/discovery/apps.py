"""Single-page portals: the columns and list API that an app shell's script files define.

Some county portals are Vue or React apps: the home page is an empty mount (`<div
id="app"></div>`) and a few script files. One of them is a configuration (`window.SITE_CONFIG
= {baseApi: "/prod-api", siteId: 7, columns: [{id: 1207, name: "法治政府建设"}, …]}`), another
the app's bundle, whose API helpers ask for a column's list (`s.get("/cms/article/list",
{params: {columnId: e, pageNum: t, pageSize: 10, siteId: c.siteId}})`) and for one article
(`s.get("/cms/article/get", {params: {id: e}})`), with an axios instance made on the
configured base (`create({baseURL: c.baseApi})`). This module reads those parts from each
script file (`read_app_script`, literals only) and puts them together (`AppModel`): a link to
the first page of each column's list, named as the configuration names the column, and an
item template that makes each record of an answer a link to its article's API call. The
constants a call uses (`c.siteId`) are filled from the configuration by name; the one
parameter left unknown is the column. A call that leaves more than that unknown is not used.
A server-rendered app's files also say which page a record opens (`record_paths`:
`$router.push({path: "/detail/" + t.id})`) and where its pager puts the page number
(`page_query_key`: `$router.push({query: {page: t}})`), for the records its pages' state lists.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from crawler.discovery.apis import API_PAGE_KEYS, API_SIZE_KEYS, PAGE_SLOT, ApiCall
from crawler.discovery.clicks import find_values
from crawler.discovery.jsvalues import Unparsable, Variable, parse_js
from crawler.discovery.links import Link
from crawler.discovery.templates import ItemTemplate, find_item_templates
from vocabulary.keywords import APP_LOADING_WORDS
from vocabulary.normalize import cjk_count

# Ids of the element an app mounts on.
APP_MOUNT_IDS = frozenset(("app", "root", "__nuxt", "__next", "App"))
_MOUNT_XPATH = "//*[" + " or ".join(f"@id='{name}'" for name in sorted(APP_MOUNT_IDS)) + "][1]"
# A shell links to fewer pages than this (routes inside the app aside).
MAX_SHELL_LINKS = 5
# The placeholder an empty mount may show until the app runs (`APP_LOADING_WORDS`: 加载中…).
MAX_PLACEHOLDER_CHARS = 20
# At most this many columns of one app are linked.
MAX_APP_COLUMNS = 200
# A configuration object assigned to a global: `window.X = {`, `var X = {`.
_GLOBAL_OBJECT = re.compile(r"(?:\bwindow\.|\b(?:var|let|const)\s+)([A-Za-z_$][\w$]*)\s*=\s*\{")
# An HTTP helper called with a literal path, maybe after a declared base:
# `s.get("/cms/article/list", {…})`, `axios.get(BASE_API + "/cms/article/list", {…})`.
_HTTP_CALL = re.compile(r"""\.(get|post)\(\s*(?:([A-Za-z_$][\w$.]*)\s*\+\s*)?(["'])((?:https?://|/)[^"'\s]*)\3\s*(,?)""")
# A route of the app in a link's fragment: `/#/list?cid=15`, `#!/list?cid=15`.
_HASH_ROUTE = re.compile(r"#!?/")
_BASE_URL = re.compile(r"""\bbaseURL\s*:\s*([^,}\s]+)""")
# A route or URL built from a record's field: `"#/detail?id=" + e.articleId`.
_FIELD_ROUTE = re.compile(r"""[?&](\w+)=["']\s*\+\s*[A-Za-z_$][\w$]*\.([A-Za-z_$][\w$]*)""")
# A page the app opens for a record, its path built from one field: `$router.push({path:
# "/detail/" + t.id})`, `location.href = "/detail/" + item.id + ".html"`.
_RECORD_PATH = re.compile(
    r"""(?:\bpath\s*:|\.push\(|location\.href\s*=|window\.open\()\s*(["'])((?:/|https?://)[^"'\s]*)\1"""
    r"""\s*\+\s*[A-Za-z_$][\w$]*\.([A-Za-z_$][\w$]*)(?:\s*\+\s*(["'])([^"'\s]*)\4)?""")
# The query parameter an app's pager puts the page number in: `$router.push({query: {page: t}})`.
_ROUTER_PAGE = re.compile(
    r"""\.push\(\s*\{\s*query\s*:\s*\{\s*["']?([A-Za-z_$][\w$]*)["']?\s*:\s*[A-Za-z_$]""")
# Keys that hold a column's id and its name in a configuration's column list.
_NAME_KEYS = ("name", "title", "label", "columnName", "channelName", "catName", "text")
_ID_KEY = re.compile(r"^(?:id|cid|\w*(?:Id|ID|_id))$")


def is_app_shell(root) -> bool:
    """Whether a page is an app's empty shell: an empty mount element (or one showing a
    placeholder), scripts, few distinct links besides the app's own routes."""
    if not hasattr(root, "iter"):
        return False
    mount = next(iter(root.xpath(_MOUNT_XPATH)), None) if hasattr(root, "xpath") else None
    if mount is None:
        return False
    shown = "".join(mount.itertext()).strip()
    if shown and (len(shown) > MAX_PLACEHOLDER_CHARS
                  or not any(word in shown.lower() for word in APP_LOADING_WORDS)):
        return False
    hrefs = {(anchor.get("href") or "").strip() for anchor in root.iter("a")}
    links = sum(1 for href in hrefs
                if href[:1] not in ("", "#") and not href.lower().startswith("javascript:")
                and not _HASH_ROUTE.search(href))
    return links < MAX_SHELL_LINKS and any(script.get("src") for script in root.iter("script"))


@dataclass(frozen=True)
class AppCall:
    """An HTTP helper call in a bundle: its path, method and parameters (values literal or
    `Variable`s)."""

    path: str
    method: str
    params: tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class AppParts:
    """What one script file of an app defines."""

    constants: tuple[tuple[str, object], ...] = ()
    columns: tuple[tuple[str, str], ...] = ()  # (id, name)
    calls: tuple[AppCall, ...] = ()
    base: str | None = None  # the expression axios' baseURL is made from
    record_fields: tuple[tuple[str, str], ...] = ()  # (query key, record field) of built routes
    # How the file writes a list's items from records (`'<a href="/html/article/' + o.id`).
    item_templates: tuple[ItemTemplate, ...] = ()
    # Pages it opens for a record: (path before, record field, path after).
    record_paths: tuple[tuple[str, str, str], ...] = ()
    # The query parameter its pager pushes the page number into.
    page_query_key: str | None = None

    def __bool__(self) -> bool:
        return bool(self.constants or self.columns or self.calls or self.base or self.record_paths)


def read_app_script(text: str) -> AppParts:
    """The configuration, columns, API calls and base of one script file."""
    constants: dict[str, object] = {}
    columns: list[tuple[str, str]] = []
    for match in _GLOBAL_OBJECT.finditer(text):
        try:
            value, _ = parse_js(text, match.end() - 1)
        except (Unparsable, RecursionError):
            continue
        _collect(value, constants, columns)
    calls = []
    values = find_values([text]) if _HTTP_CALL.search(text) else {}
    for match in _HTTP_CALL.finditer(text):
        params: dict = {}
        base_name, path = match.group(2), match.group(4)
        if base_name:
            base_value = values.get(base_name)
            if not isinstance(base_value, str):
                continue
            path = base_value.rstrip("/") + path
        if match.group(5):
            try:
                options, _ = parse_js(text, match.end())
            except (Unparsable, RecursionError):
                continue
            if not isinstance(options, dict):
                continue
            inner = options.get("params", options.get("data", options))
            params = inner if isinstance(inner, dict) else {}
        if all(isinstance(value, (str, int, float, Variable)) for value in params.values()):
            calls.append(AppCall(path, match.group(1).upper(), tuple(params.items())))
    base = _BASE_URL.search(text)
    templates = find_item_templates([text]) if calls else ()
    paths = tuple(dict.fromkeys((match.group(2), match.group(3), match.group(5) or "")
                                for match in _RECORD_PATH.finditer(text)))
    pager = _ROUTER_PAGE.search(text)
    return AppParts(tuple(constants.items()), tuple(dict.fromkeys(columns)), tuple(calls),
                    base.group(1).strip("'\"") if base else None, tuple(_FIELD_ROUTE.findall(text)),
                    templates, paths, pager.group(1) if pager else None)


def _collect(value, constants: dict, columns: list) -> None:
    """The scalar settings of a configuration object (outside its lists) and the column
    records in its lists."""
    stack = [(value, False)]
    while stack:
        item, listed = stack.pop()
        if isinstance(item, dict):
            column = _column(item) if listed else None
            if column is not None:
                columns.append(column)
            for key, inner in item.items():
                if isinstance(inner, (str, int, float)) and not isinstance(inner, bool):
                    if not listed:
                        constants.setdefault(key, inner)
                elif isinstance(inner, (dict, list)):
                    stack.append((inner, listed))
        elif isinstance(item, list):
            stack.extend((inner, True) for inner in reversed(item))


def _column(item: dict) -> tuple[str, str] | None:
    """(id, name) of a column record: an id-like key with a number, a name in Chinese."""
    name = next((item[key] for key in _NAME_KEYS if isinstance(item.get(key), str)
                 and cjk_count(item[key]) >= 2), None)
    ident = next((value for key, value in item.items() if _ID_KEY.match(key)
                  and (isinstance(value, int) or (isinstance(value, str) and value.isdigit()))), None)
    return (str(ident), name.strip()) if name and ident is not None else None


@dataclass(frozen=True)
class AppModel:
    """An app's script files put together."""

    constants: dict
    columns: tuple[tuple[str, str], ...]
    calls: tuple[AppCall, ...]
    base: str
    record_fields: tuple[tuple[str, str], ...]
    file_templates: tuple[ItemTemplate, ...] = ()
    record_paths: tuple[tuple[str, str, str], ...] = ()
    page_query_key: str | None = None

    @classmethod
    def from_parts(cls, parts: tuple[AppParts, ...]) -> AppModel:
        constants: dict = {}
        for part in parts:
            for key, value in part.constants:
                constants.setdefault(key, value)
        base_expression = next((part.base for part in parts if part.base), None)
        base = ""
        if base_expression:
            resolved = constants.get(base_expression.rsplit(".", 1)[-1]) if "." in base_expression \
                else base_expression
            base = resolved if isinstance(resolved, str) else ""
        columns = tuple(dict.fromkeys(column for part in parts for column in part.columns))
        return cls(constants, columns[:MAX_APP_COLUMNS],
                   tuple(call for part in parts for call in part.calls), base,
                   tuple(field for part in parts for field in part.record_fields),
                   tuple(template for part in parts for template in part.item_templates),
                   tuple(dict.fromkeys(path for part in parts for path in part.record_paths)),
                   next((part.page_query_key for part in parts if part.page_query_key), None))

    def _resolved(self, call: AppCall) -> tuple[dict, list[str]]:
        """The call's parameters with the page marked and constants filled; the names of
        those left unknown."""
        params: dict = {}
        unknown: list[str] = []
        for key, value in call.params:
            if not isinstance(value, Variable):
                params[key] = value
            elif key in API_PAGE_KEYS:
                params[key] = PAGE_SLOT
            elif (name := value.name.rsplit(".", 1)[-1]) in self.constants or key in self.constants:
                params[key] = self.constants.get(name, self.constants.get(key))
            elif key in API_SIZE_KEYS:
                params[key] = 20
            else:
                params[key] = value
                unknown.append(key)
        return params, unknown

    def _url(self, path: str, page_url: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return urljoin(page_url, self.base.rstrip("/") + path if self.base.startswith("/") else path)

    def column_links(self, page_url: str) -> list[Link]:
        """A link to the first page of each column's list, named as the app names it."""
        links = []
        for call in self.calls:
            params, unknown = self._resolved(call)
            if PAGE_SLOT not in params.values() or len(unknown) != 1:
                continue
            for ident, name in self.columns:
                filled = {**params, unknown[0]: int(ident) if ident.isdigit() else ident}
                url, *_ = ApiCall(self._url(call.path, page_url), "GET", filled, False).request(1)
                links.append(Link(url, name))
            break  # the first list call is the app's list
        return links

    def route_links(self, page_url: str, routes: list[tuple[dict, str]]) -> list[Link]:
        """A link to the first page of the list each of the app's routes shows (`/#/list?cid=15`,
        named 法治政府建设 in the page's menu): the app's list call with its unknown parameters
        taken from the route's query by name."""
        links = []
        for call in self.calls:
            params, unknown = self._resolved(call)
            if PAGE_SLOT not in params.values() or not unknown:
                continue
            for query, name in routes:
                if all(key in query for key in unknown):
                    filled = {**params, **{key: query[key] for key in unknown}}
                    url, *_ = ApiCall(self._url(call.path, page_url), call.method, filled, False).request(1)
                    links.append(Link(url, name))
            if links:
                break  # the first list call the routes fill is the app's list
        return links

    def item_templates(self, page_url: str) -> tuple[ItemTemplate, ...]:
        """Templates that make a list record a link: as the app's files write its items, else
        to its article's API call, the record's id field as the app's own routes use it
        first, then the usual id names."""
        if self.file_templates:
            return self.file_templates
        for call in self.calls:
            params, unknown = self._resolved(call)
            if PAGE_SLOT in params.values() or len(unknown) != 1 or call.method != "GET":
                continue
            key = unknown[0]
            fixed = urlencode([(k, v) for k, v in params.items() if k != key])
            url = self._url(call.path, page_url) + "?" + (fixed + "&" if fixed else "") + key + "="
            fields = [field for query_key, field in self.record_fields if query_key == key]
            fields += [field for _, field in self.record_fields]
            fields += [key, "id", "articleId", "contentId", "infoId", "docId"]
            return tuple(ItemTemplate((("text", f'<a href="{html.escape(url)}'), ("field", field, None, ()),
                                       ("text", '">'), ("field", "title", None, ()), ("text", "</a>")))
                         for field in dict.fromkeys(fields))
        return ()


def hash_routes(root, page_url: str) -> list[tuple[dict, str]]:
    """The app's routes a page's menu links in URL fragments (`/#/list?cid=15`), as the query
    each route carries and the link's text."""
    routes = []
    for anchor in root.iter("a") if hasattr(root, "iter") else ():
        href = (anchor.get("href") or "").strip()
        route = _HASH_ROUTE.search(href)
        if route is None:
            continue
        fragment = href[route.start():]
        query = dict(parse_qsl(urlsplit(fragment.lstrip("#!")).query))
        name = "".join(anchor.itertext()).strip() or anchor.get("title") or ""
        if query and name:
            routes.append((query, name))
    return routes
