"""Lists that a page's scripts fetch from a JSON API, and the links in the answers.

Many column pages carry no item links: a script asks an API for the list and writes it.
Hanweb's JPaaS platform does it with a tag (`<script src="…/unitbuild.js" url="/api-gateway/
jpaas-publish-server/front/page/build/unit" queryData="{…}" paramJson="{'pageNo':1,…}">`) or
an inline `$.post`; TRS's IRS and IGS search services, provincial platforms and others with
`$.ajax({url, type, data: JSON.stringify({…})})`, `$.get`, `$.getJSON` or `fetch`. This
module reads such calls from the page (the endpoint, the method, how the parameters are sent,
and which one is the page number) and makes the request for any page of the list; its answers
are read by `crawler.discovery.answers`.
Only literal values are read from the scripts; a call built from values computed at run time
is left alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from cssselect import SelectorError

from crawler.discovery.clicks import Helper, declared_objects, find_values, function_definitions
from crawler.discovery.jsvalues import (
    ScriptPath,
    ScriptQuery,
    Stringified,
    Unparsable,
    Variable,
    parse_js,
    skip_balanced,
    skip_blanks,
)


class Names(tuple):
    """Parameter or field names, matched whatever their case (`pageNo`, `PageNo`, `pageno`)."""

    lowered: frozenset

    def __new__(cls, *names: str):
        self = super().__new__(cls, names)
        self.lowered = frozenset(name.lower() for name in names)
        return self

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self.lowered


# Page-number parameters of JSON list APIs, beside the query names in `PAGE_PARAMS`.
API_PAGE_KEYS = Names("pageNo", "pageNumber", "pageNum", "pageIndex", "currPage", "curPage", "currpage",
                  "currentPage", "page", "current", "pn", "p", "pg")
# Page-size parameters, and the totals answers give.
API_SIZE_KEYS = Names("pageSize", "rows", "size", "limit", "perPage", "num", "length", "pgsz")
API_TOTAL_KEYS = Names("total", "totalCount", "totalElements", "totalRecord", "totalNum", "recordCount",
                       "count", "recordsTotal", "recordsFiltered")
# The number of pages answers give, and the page number they say they are.
API_PAGE_COUNT_KEYS = Names("totalPage", "totalPages", "pageCount", "pageTotal", "pages", "totalPageNum")
API_OWN_PAGE_KEYS = Names(*API_PAGE_KEYS, "pageNow")
# The URL of the next page that paginators put in their answers (Laravel's `next_page_url`,
# Django REST framework's `next`).
API_NEXT_URL_KEYS = Names("next_page_url", "nextPageUrl", "nextUrl", "next_url", "next")
# Offset parameters of lists paged by "加载更多" (load more): the first item to show.
API_OFFSET_KEYS = Names("offset", "start", "startIndex", "startRow", "skip")
# Cursor parameters of lists paged by the last item shown (`lastId=34196323`): each answer
# names the next cursor under the same name.
API_CURSOR_KEYS = Names("lastId", "cursor", "maxId", "minId", "sinceId", "startId", "nextId", "afterId",
                        "lastTime", "nextCursor")
# What an answer says about whether more items follow (`"hasMore": false` ends a cursor walk).
API_MORE_KEYS = Names("hasMore", "has_more", "hasNext", "hasNextPage", "more")
# Values a script computes only to defeat caches (`_: Math.random()`, `t: new Date().getTime()`):
# sent as one fixed value, so that the same page of a list is always the same URL.
_CACHE_BUSTERS = frozenset(("Math.random", "Date.now", "new"))
CACHE_BUSTER_VALUE = 1700000000000
# The callback name a JSONP list is asked with, as jQuery would generate one.
JSONP_CALLBACK = "jQuery1124017_1700000000000"
PAGE_SLOT = object()  # stands for the page number in a call's parameters
PAGE_IN_PATH = "{page}"  # stands for the page number in a call's path (`…/data/page_{page}.json`)
_OFFSET = object()  # stands for the first item of the page, (page - 1) * its size

_UNITBUILD = re.compile(r"<script\b[^>]*\burl\s*=\s*\"([^\"]+)\"[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""\b([A-Za-z]+)\s*=\s*"([^"]*)\"""")
_CALL = re.compile(r"((?:\$|\bjQuery)\.(?:ajax|post|get|getJSON)|\bfetch|\baxios\.(?:get|post)"
                   r"|\.open(?=\s*\(\s*['\"](?:GET|get)['\"])|\.load)\s*\(")
# A page element a script reads: `$('#list')`, `jQuery('#list')`, `document.getElementById('list')`.
_ELEMENT = (r"""(?:(?:\$|jQuery)\(\s*['"]#([\w-]+)['"]\s*\)"""
            r"""|document\.getElementById\(\s*['"]([\w-]+)['"]\s*\))""")
# What it reads of the element: `.data('colid')`, `.attr('data-x')`, `.getAttribute('data-x')`,
# `.dataset.colId`.
_ACCESSOR = (r"""\s*\.\s*(?:data\(\s*['"]([\w-]+)['"]\s*\)|(?:attr|getAttribute)\(\s*['"]([\w-]+)['"]\s*\)"""
             r"""|dataset\.([\w$]+)""")
_DECLARED = r"""\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*"""
# A variable set from one of the page's elements (also by `.val()`, `.value`).
_ELEMENT_VALUE = re.compile(rf"{_DECLARED}{_ELEMENT}{_ACCESSOR}|val\(\s*\)|value\b)")
# An element held in a variable (`var box = $('#list');`), and a value read from it
# (`api = box.data('api')`, also in a declaration list).
_ELEMENT_VARIABLE = re.compile(rf"{_DECLARED}{_ELEMENT}\s*[;,\n]")
# A click handler bound to an element that holds it in a variable at once:
# `$('#loadMore').on('click', function () { var btn = $(this);`.
_HANDLER_ELEMENT = re.compile(
    r"""(?:\$|jQuery)\(\s*['"]#([\w-]+)['"]\s*\)\s*\.\s*(?:on\(\s*['"]click['"]\s*,|click\()\s*"""
    r"""function\s*\([^)]*\)\s*\{\s*(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:\$|jQuery)\(\s*this\s*\)""")
_HELD_ELEMENT_VALUE = re.compile(
    rf"""(?:\b(?:var|let|const)\s+|,\s*)([A-Za-z_$][\w$]*)\s*=\s*([A-Za-z_$][\w$]*){_ACCESSOR})""")
# A helper that reads a parameter of the page's query (`function q(n){… location.search …}`),
# and a call of one with a literal name: `q('newType')`.
_READS_QUERY = re.compile(r"location\s*\.\s*(?:search|href)")
def _verb(match: re.Match) -> str:
    """A list call's verb (`$.ajax`, `fetch`, `open`), jQuery's spelled as `$`'s."""
    return match.group(1).lstrip(".").replace("jQuery.", "$.")


_READER_CALL = re.compile(r"""([A-Za-z_$][\w$]*)\(\s*['"]([\w.-]+)['"]\s*\)""")
# The number of elements a script counts (`var start = $("#newsList li").length;`): the items
# a 加载更多 list already shows.
_ELEMENT_COUNT = re.compile(rf"""{_DECLARED}(?:\$|jQuery|document\.querySelectorAll)"""
                            r"""\(\s*['"]([^'"]+)['"]\s*\)\s*\.\s*(?:length\b|size\(\s*\))""")


def _mark_page(value, key: str | None = None):
    """`value` with the page number marked: a variable under a page key, or a page key's number."""
    if isinstance(value, dict):
        return {k: _mark_page(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_mark_page(v) for v in value]
    if isinstance(value, Stringified):
        return Stringified(_mark_page(value.value))
    if key in API_PAGE_KEYS and isinstance(value, (Variable, int)):
        return PAGE_SLOT
    if key in API_OFFSET_KEYS and isinstance(value, (Variable, int)):
        return _OFFSET
    if isinstance(value, Variable) and value.name in _CACHE_BUSTERS:
        return CACHE_BUSTER_VALUE
    if isinstance(value, Variable):
        raise Unparsable(f"variable {value.name}")
    if isinstance(value, (ScriptPath, ScriptQuery)):
        raise Unparsable("a value built at run time")
    return value


def _bind(value, values: dict):
    """`value` with the variables the script declares as literals (`var columnId = '2871';`)
    put in."""
    if isinstance(value, dict):
        return {k: _bind(v, values) for k, v in value.items()}
    if isinstance(value, list):
        return [_bind(v, values) for v in value]
    if isinstance(value, Stringified):
        return Stringified(_bind(value.value, values))
    if isinstance(value, Variable) and value.name in values:
        return values[value.name]
    return value


def _has_page(value) -> bool:
    if value is PAGE_SLOT or value is _OFFSET:
        return True
    if isinstance(value, dict):
        return any(_has_page(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_page(v) for v in value)
    if isinstance(value, Stringified):
        return _has_page(value.value)
    return False


def _fill(value, page: int, size: int = 10, first: int = 0, first_page: int = 1):
    """The plain value with the page number (counted from `first_page`) or the offset of a
    page of `size` items (the first page starting at `first`) filled in, JSON.stringify'd parts
    as JSON text."""
    if value is PAGE_SLOT:
        return page - 1 + first_page
    if value is _OFFSET:
        return first + (page - 1) * size
    if isinstance(value, dict):
        size = next((int(v) for k, v in value.items() if k in API_SIZE_KEYS and str(v).isdigit()), size)
        return {k: _fill(v, page, size, first, first_page) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, page, size, first, first_page) for v in value]
    if isinstance(value, Stringified):
        return json.dumps(_fill(value.value, page, size, first, first_page), ensure_ascii=False,
                          separators=(",", ":"))
    return value


def _as_param(value) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


ApiRequest = tuple[str, str, tuple[tuple[str, str], ...], str]  # url, method, form, JSON body


@dataclass(frozen=True)
class ApiCall:
    """A list API call read from a page: where, how, and its parameters with the page marked."""

    url: str
    method: str  # GET or POST
    params: dict
    as_json: bool  # POST body as JSON rather than as a form
    # A 加载更多 list: the offset its script starts from (`var offset = 8;`, the items the page
    # already shows).
    first_offset: int = 0
    # The number of the list's first page, in its path (`PAGE_IN_PATH`) or its parameters: 1,
    # or 0 for a list the script asks from page 0 (`getList(0)` with `{pg: pg}`).
    first_page: int = 1
    # The arguments of the page function that makes the call, by parameter name, when the
    # call was read with them (`loadList('5', 1)`): its item template may use them too.
    bound: tuple[tuple[str, object], ...] = ()
    # Script text that writes the list's items and is not a page script of its own (a
    # DataTables column's `render` function, its cell value written as the record's field).
    item_scripts: tuple[str, ...] = ()

    @property
    def paged(self) -> bool:
        return (PAGE_IN_PATH in self.url or _has_page(self.params)
                or any(key in API_CURSOR_KEYS for key in self.params))

    def request(self, page: int) -> ApiRequest:
        """(url, method, form, JSON body) for one page of the list."""
        params = _fill(self.params, page, first=self.first_offset, first_page=self.first_page)
        url = self.url.replace(PAGE_IN_PATH, str(page - 1 + self.first_page))
        if self.method == "GET":
            parts = urlsplit(url)
            query = [*parse_qsl(parts.query, keep_blank_values=True),
                     *((key, _as_param(value)) for key, value in params.items())]
            return urlunsplit((*parts[:3], urlencode(query), "")), "GET", (), ""
        if self.as_json:
            return url, "POST", (), json.dumps(params, ensure_ascii=False, separators=(",", ":"))
        return url, "POST", tuple((k, _as_param(v)) for k, v in params.items()), ""


def _call_from_tag(attributes: dict[str, str], base_url: str) -> ApiCall | None:
    """A JPaaS `unitbuild.js` tag: `url`, `queryData` and `paramJson` attributes."""
    query = attributes.get("querydata")
    if not query:
        return None
    try:
        params = dict(parse_js(query)[0])
        paging = attributes.get("paramjson") or "{'pageNo':1,'pageSize':15}"
        params["paramJson"] = Stringified(parse_js(paging)[0])
        params = _mark_page(params)
    except (Unparsable, TypeError, ValueError):
        return None
    return ApiCall(urljoin(base_url, attributes["url"]), "GET", params, False)


def _script_call(text: str, start: int, verb: str, objects: dict | None = None
                 ) -> tuple[str, str, object, bool] | None:
    """(url, method, data, as_json) of `$.ajax({…})`, `$.post(url, data)`, `$.get(url, data)`,
    `$(box).load(url)`, `fetch(url, {…})` or `xhr.open('GET', url)` at `start`, the data's
    run-time values left as `Variable`s; data in a declared object is taken from `objects`."""
    objects = objects or {}
    try:
        if verb == "$.ajax":
            options, _ = parse_js(text, start)
            url, data = options.get("url"), options.get("data", {})
            method = str(options.get("type") or options.get("method") or "GET").upper()
            as_json = isinstance(data, Stringified) or "json" in str(options.get("contentType", ""))
            if str(options.get("dataType", "")).lower() == "jsonp" and isinstance(data, dict):
                # jQuery names the callback, or the script does; the server wraps its answer in it.
                named = options.get("jsonpCallback")
                data = {**data, str(options.get("jsonp") or "callback"):
                        named if isinstance(named, str) and named else JSONP_CALLBACK}
        elif verb == "open":
            # `xhr.open('GET', url, true)`: the URL is the second argument.
            _, end = parse_js(text, start)
            position = skip_blanks(text, end)
            if not text.startswith(",", position):
                return None
            url, _ = parse_js(text, position + 1)
            method, data, as_json = "GET", {}, False
        else:
            url, end = parse_js(text, start)
            position = skip_blanks(text, end)
            data = {}
            if text.startswith(",", position):
                data, _ = parse_js(text, position + 1)
            method = "POST" if verb.endswith("post") else "GET"
            if verb == "load" and isinstance(data, dict) and data:
                method = "POST"  # jQuery's `.load(url, {…})` posts its data
            as_json = isinstance(data, Stringified)
            if verb == "fetch":
                options = data if isinstance(data, dict) else {}
                method = str(options.get("method", "GET")).upper()
                data = options.get("body", {})
                as_json = isinstance(data, Stringified)
    except (Unparsable, AttributeError):
        return None
    if data == Variable("function"):
        data = {}  # `$.getJSON(url, function (d) {…})`: a callback, no parameters
    if isinstance(data, ScriptQuery) and not data.path:
        data = data.params  # a form body written as a query string
    if isinstance(url, ScriptQuery) and url.path and isinstance(data, dict):
        url, data = url.path, {**url.params, **data}
    if isinstance(url, ScriptPath) and isinstance(data, dict):
        url, data = ScriptPath(url.parts, {}), {**url.params, **data}
    if isinstance(data, Variable) and data.name in objects:
        data = objects[data.name]  # `data: q`, with `var q = {channelId: …, pageNum: 1};`
    if isinstance(data, Variable) or not ((isinstance(url, str) and url)
                                          or isinstance(url, (Variable, ScriptPath))):
        return None
    if isinstance(data, Stringified):
        data = data.value
    if not isinstance(data, dict):
        return None
    return url, method if method in ("GET", "POST") else "GET", data, as_json and method == "POST"


def _call_from_script(text: str, start: int, verb: str, base_url: str, values: dict,
                      objects: dict | None = None) -> ApiCall | None:
    """A list API call at `start`: its parameters literal but for the page number, the
    variables the script declares as literals (`values`) put in, and data the script keeps in
    a declared object (`objects`) read from it."""
    call = _script_call(text, start, verb, objects)
    if call is None:
        return None
    url, method, data, as_json = call
    first_page = 1
    if isinstance(url, Variable):
        # The endpoint in a variable the scripts or the page's elements give (`data-api`).
        url = values.get(url.name)
        if not isinstance(url, str) or not url:
            return None
    elif isinstance(url, ScriptPath):
        built = _path_with_page(url.parts, values)
        if built is None:
            return None
        url, first_page = built
    url = url.replace("callback=?", f"callback={JSONP_CALLBACK}")
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if method == "GET" and any(key in API_PAGE_KEYS and value.isdigit() for key, value in query):
        # The first page written into the URL (`'/api/list?channelId=140&pageNum=1'`): the
        # query's values are parameters like the others, its page number the page's.
        url = urlunsplit((*parts[:3], "", ""))
        data = {**{key: int(value) if key in API_PAGE_KEYS and value.isdigit() else value
                   for key, value in query}, **data}
    try:
        bound = _bind(data, values)
        params = _mark_page(bound)
    except Unparsable:
        return None
    if not _has_page(params) and method == "GET" and not params and PAGE_IN_PATH not in url:
        return None
    if isinstance(bound, dict) and any(key in API_PAGE_KEYS and value == 0 and not isinstance(value, bool)
                                       for key, value in bound.items()):
        first_page = 0  # asked from page 0
    return ApiCall(urljoin(base_url, url), method, params, as_json, _first_offset(data, values), first_page)


def _path_with_page(parts: tuple, values: dict) -> tuple[str, int] | None:
    """The path a script builds (`base + 'page_' + n + '.json'`, `'/common/search/' +
    channelId`) with its variables put in and the page number marked (`PAGE_IN_PATH`), and the
    number of the first page; None if a part is unknown or more than one is a page: a counter
    the script starts at 0 or 1 (`var n = 1;`), or a variable named as page numbers are."""
    pieces, first_page = [], None
    for part in parts:
        computed = isinstance(part, Variable)
        value = values.get(part.name, part.name) if computed else part
        if computed and (value in (0, 1) or (value == part.name and part.name in API_PAGE_KEYS)):
            if first_page is not None:
                return None
            pieces.append(PAGE_IN_PATH)
            first_page = value if isinstance(value, int) else 1
        elif computed and (not isinstance(value, str) or value == part.name):
            return None
        else:
            pieces.append(value)
    return "".join(pieces), first_page or 1


def _first_offset(data: dict, values: dict) -> int:
    """The number a script's offset variable starts at (`var offset = 8;`), else 0."""
    for key, value in data.items():
        if key in API_OFFSET_KEYS and isinstance(value, Variable) and isinstance(values.get(value.name), int):
            return values[value.name]
    return 0


def find_api_helpers(scripts: list[str]) -> dict[str, Helper]:
    """Page functions that ask a list API for what their argument names
    (`function getList(id, p) { $.ajax({url: '/module/xxgk/search.jsp', data: {infotypeId: id,
    currpage: p || 1, webid: webid}}) }`, called as `onclick="getList('A0105')"`), as helpers:
    the GET URL of the list's first page, with the arguments in their places.

    Only GET calls whose every computed value is a parameter of the function, the page number,
    a cache buster or a value the scripts declare are read.
    """
    helpers: dict[str, Helper] = {}
    values = find_values(scripts)
    for script in scripts:
        for name, parameters, body in function_definitions(script):
            helper = _api_helper(body, parameters, values) if parameters and _CALL.search(body) else None
            if helper is not None:
                helpers[name] = helper
    return helpers


def _api_helper(body: str, parameters: tuple[str, ...], values: dict) -> Helper | None:
    """The first GET list call in a function's body as a helper of its parameters."""
    for call_match in _CALL.finditer(body):
        call = _script_call(body, call_match.end(), _verb(call_match))
        if call is None or call[1] != "GET" or not isinstance(call[0], str):
            continue
        url, _, data, _ = call
        pieces: list[tuple] = [("literal", url + ("&" if "?" in url else "?"))]
        uses_parameter = False
        for key, value in _bind(data, {k: v for k, v in values.items() if k not in parameters}).items():
            if isinstance(value, Variable) and value.name in parameters and key not in API_PAGE_KEYS:
                position = parameters.index(value.name)
                pieces += [("literal", urlencode([(key, "")])), ("param", position, None, ())]
                uses_parameter = True
            else:
                try:  # the first page, a cache buster's fixed value, or a literal
                    value = _fill(_mark_page(value, key), 1)
                except Unparsable:
                    break
                if isinstance(value, (dict, list)):
                    break
                pieces.append(("literal", urlencode([(key, _as_param(value))])))
            pieces.append(("literal", "&"))
        else:
            if uses_parameter:
                return Helper(parameters, tuple(pieces[:-1]), lists=True)
    return None


def article_calls(text: str, page_url: str) -> list[ApiRequest]:
    """The calls by which a page fetches its own article: an API asked with a value of the
    page's query (`detail.html?id=7` runs `$.getJSON('/api/content/detail', {id: id})`) or one
    its scripts declare (`var newsId = '8f3c…'; $.post('/Ashx/PostHandler.ashx?action=
    News-GetPublishNewById', {args: JSON.stringify({NewsID: newsId})})`), GET or POST.

    A parameter whose value the script computes is bound when its name, or the variable's,
    is a parameter of the page's query, or when the variable is declared as a literal; a call
    with any other computed value is left alone.
    """
    query = dict(parse_qsl(urlsplit(page_url).query, keep_blank_values=True))
    declared = find_values([text]) if _CALL.search(text) else {}
    if not query and not declared:
        return []
    requests: list[ApiRequest] = []
    for match in _CALL.finditer(text):
        call = _script_call(text, match.end(), _verb(match))
        if call is None or not call[2]:
            continue
        url, method, data, as_json = call
        if isinstance(url, Variable):  # the endpoint in a declared variable (`API.one`)
            url = declared.get(url.name)
        if not isinstance(url, str) or not url:
            continue
        bound: list[bool] = []
        try:
            params = _bind_article(data, None, query, declared, bound)
        except Unparsable:
            continue
        if any(bound):
            requests.append(ApiCall(urljoin(page_url, url), method, params, as_json).request(1))
    return list(dict.fromkeys(requests))


def _bind_article(value, key: str | None, query: dict, declared: dict, bound: list[bool]):
    """`value` with its computed parts bound to the page's query or declared values; each
    binding noted in `bound`."""
    if isinstance(value, dict):
        return {k: _bind_article(v, k, query, declared, bound) for k, v in value.items()}
    if isinstance(value, Stringified):
        return Stringified(_bind_article(value.value, key, query, declared, bound))
    if isinstance(value, Variable):
        short = value.name.rsplit(".", 1)[-1]
        found = query.get(key, query.get(short)) if key is not None else query.get(short)
        if found is None:
            found = declared.get(value.name)
        if found is None:
            raise Unparsable(f"variable {value.name}")
        bound.append(True)
        return found
    if isinstance(value, (list, ScriptPath, ScriptQuery)):
        raise Unparsable("a computed value")
    return value


def _held_elements(text: str) -> dict[str, str]:
    """The ids of the page's elements that scripts hold in variables, by variable: `var box =
    $('#list');`, and `var btn = $(this);` in a click handler bound to `$('#loadMore')`."""
    held = {match.group(1): match.group(2) or match.group(3) for match in _ELEMENT_VARIABLE.finditer(text)}
    held.update({match.group(2): match.group(1) for match in _HANDLER_ELEMENT.finditer(text)})
    return held


def element_values(text: str, root) -> dict[str, str]:
    """Values a script reads from the page's elements (`var colId = $('#xxgk-list').data('colid');`,
    `document.getElementById('list').dataset.channelId`, `.getAttribute('data-id')`, `.val()`,
    and counts, `$('#newsList li').length`), by the variable's name, as the page holds them."""
    found: dict[str, str] = {}
    if not hasattr(root, "xpath"):
        return found
    # Elements held in variables first (`box.data("api")`, `btn.data("last")`: `_held_elements`).
    held = _held_elements(text)
    for match in _HELD_ELEMENT_VALUE.finditer(text):
        name, holder, data_key, attribute, dataset_key = match.groups()
        if holder in held:
            value = _element_attribute(root, held[holder], data_key, attribute, dataset_key)
            if value is not None:
                found[name] = value
    for match in _ELEMENT_VALUE.finditer(text):
        name, jquery_id, dom_id, data_key, attribute, dataset_key = match.groups()
        value = _element_attribute(root, jquery_id or dom_id, data_key, attribute, dataset_key)
        if value is not None:
            found[name] = value
    for match in _ELEMENT_COUNT.finditer(text):
        try:
            found[match.group(1)] = len(root.cssselect(match.group(2)))
        except (SelectorError, ValueError):
            continue  # a selector lxml does not read
    return found


# An element's value read in place (`{lastId: btn.data("last")}`): the holder and what it reads.
_READ_IN_PLACE = re.compile(
    rf"""(?<![\w$.])(?:([A-Za-z_$][\w$]*)|{_ELEMENT}){_ACCESSOR})""")


def inline_element_reads(text: str, root) -> str:
    """`text` with the values its scripts read from the page's elements in place written as
    literals (`{catId: btn.data("catid")}` with `var btn = $(this)` in `$('#loadMore')`'s
    click handler → `{catId: "34"}`), so that a call's data can be read."""
    if not hasattr(root, "xpath") or not any(mark in text for mark in (".data(", ".attr(", "getAttribute(",
                                                                         ".dataset.")):
        return text
    held = _held_elements(text)

    def literal(match: re.Match) -> str:
        holder, jquery_id, dom_id, data_key, attribute, dataset_key = match.groups()
        ident = held.get(holder) if holder else jquery_id or dom_id
        value = _element_attribute(root, ident, data_key, attribute, dataset_key) if ident else None
        return json.dumps(value, ensure_ascii=False) if value is not None else match.group(0)

    return _READ_IN_PLACE.sub(literal, text)


def _element_attribute(root, ident: str, data_key: str | None, attribute: str | None,
                       dataset_key: str | None) -> str | None:
    """The attribute of the page's element `#ident` that `.data(key)`, `.attr(name)`,
    `.dataset.key` or `.val()` reads."""
    if data_key:
        attribute = f"data-{data_key}"
    elif dataset_key:
        attribute = "data-" + re.sub(r"([A-Z])", lambda upper: "-" + upper.group(1).lower(), dataset_key)
    elif not attribute:
        attribute = "value"  # `.val()`, `.value`
    element = next(iter(root.xpath("//*[@id=$ident]", ident=ident)), None)
    return element.get(attribute) if element is not None else None


# A form body a script builds (`var fd = new FormData();`, or `new URLSearchParams()`) and a
# field it adds to it (`fd.append("columnCode", columnCode)`).
_FORM_DATA = re.compile(
    r"\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*new\s+(?:FormData|URLSearchParams)\(\s*\)")
_FORM_FIELD = r"""(?<![\w$.]){name}\s*\.\s*(?:append|set)\(\s*(['"])([^'"]+)\1\s*,\s*"""


def form_data_objects(text: str) -> dict[str, dict]:
    """The form bodies a script builds field by field (`var fd = new FormData(); fd.append("size",
    12);`), by variable, each a dict of its fields (run-time values left as `Variable`s), to be
    sent as the form a browser would post."""
    forms: dict[str, dict] = {}
    for declared in _FORM_DATA.finditer(text):
        name, fields = declared.group(1), {}
        for field in re.finditer(_FORM_FIELD.format(name=re.escape(name)), text):
            try:
                fields[field.group(2)], _ = parse_js(text, field.end())
            except Unparsable:
                continue
        if fields:
            forms[name] = fields
    return forms


# A key or IV a script makes from a literal (`var key = CryptoJS.enc.Utf8.parse("2457acf4…")`),
# and the decryption it runs on an answer (`CryptoJS.AES.decrypt(data, key, {iv: iv, mode:
# CryptoJS.mode.CBC, padding: CryptoJS.pad.Pkcs7})`).
_CIPHER_VALUE = re.compile(
    r"""\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*CryptoJS\.enc\.Utf8\.parse\(\s*(['"])([^'"]+)\2\s*\)""")
_AES_DECRYPT = re.compile(
    r"""CryptoJS\.AES\.decrypt\(\s*[^,]+,\s*([A-Za-z_$][\w$]*)\s*(?:,\s*\{([^}]*)\})?""")
# AES key lengths in bytes.
_AES_KEY_BYTES = (16, 24, 32)


def answer_cipher(text: str) -> tuple[str, str, str] | None:
    """How a page's script decodes its list API's answers, when they come encoded: AES with a
    literal key (and IV), ("CBC" or "ECB", key, IV), PKCS#7-padded; or deflated and in base64
    (`JSON.parse(pako.inflate(atob(s), {to: "string"}))`), ("INFLATE", "", ""); None otherwise."""
    if "AES.decrypt" not in text:
        return ("INFLATE", "", "") if re.search(r"pako\.(?:inflate|ungzip)\(", text) else None
    literals = {match.group(1): match.group(3) for match in _CIPHER_VALUE.finditer(text)}
    for match in _AES_DECRYPT.finditer(text):
        key = literals.get(match.group(1))
        options = match.group(2) or ""
        iv_name = re.search(r"\biv\s*:\s*([A-Za-z_$][\w$]*)", options)
        iv = literals.get(iv_name.group(1)) if iv_name else None
        mode = "ECB" if "mode.ECB" in options else "CBC"
        if key and len(key.encode()) in _AES_KEY_BYTES and (mode == "ECB" or len((iv or "").encode()) == 16):
            return mode, key, iv or ""
    return None


# The `<meta>` tags that hand a page's scripts a CSRF token (Spring Security's `_csrf` and
# `_csrf_header`; Laravel's and Rails' `csrf-token`), and the header it is sent in by default.
_CSRF_TOKEN_METAS = ("_csrf", "csrf-token")
CSRF_HEADER = "X-CSRF-TOKEN"


# Headers a script sets on its requests: `headers: {…}` in a call's options, and
# `xhr.setRequestHeader('X-Sign', sign)` with a value it computes.
_HEADERS_OPTION = re.compile(r"\bheaders\s*:\s*(?=\{)")
_COMPUTED_HEADER = re.compile(r"""\.setRequestHeader\(\s*(['"])[^'"]+\1\s*,\s*(?!['"])""")


def computes_headers(text: str) -> bool:
    """Whether the page's scripts send headers whose values they compute (a timestamp and a
    signature over the parameters): requests the static readers cannot make."""
    if _COMPUTED_HEADER.search(text):
        return True
    for match in _HEADERS_OPTION.finditer(text):
        try:
            headers, _ = parse_js(text, match.end())
        except Unparsable:
            return True
        if isinstance(headers, dict) and any(not isinstance(value, str) for value in headers.values()):
            return True
    return False


def csrf_headers(root) -> tuple[tuple[str, str], ...]:
    """The CSRF header a page's scripts send with their requests (`$.ajaxSetup({beforeSend:
    xhr.setRequestHeader(header, token)})`), read from its `<meta>` tags; () without one."""
    if not hasattr(root, "iter"):
        return ()
    metas = {(meta.get("name") or "").strip().lower(): (meta.get("content") or "").strip()
             for meta in root.iter("meta")}
    token = next((metas[name] for name in _CSRF_TOKEN_METAS if metas.get(name)), None)
    return ((metas.get("_csrf_header") or CSRF_HEADER, token),) if token else ()


def find_api_calls(text: str, base_url: str, script_tags: list[dict[str, str]] | None = None,
                   page_values: dict | None = None) -> list[ApiCall]:
    """The list API calls a page's scripts make, in the order they appear.

    Args:
        text: the page's source.
        base_url: its URL.
        script_tags: the attributes of its `<script>` elements, as the page's parser read them
            (any quoting); read from `text` when not given.
        page_values: values the scripts read from the page's elements (`element_values`).
    """
    calls: list[ApiCall] = []
    if script_tags is None:
        script_tags = [dict(_ATTRIBUTE.findall(tag.group(0))) for tag in _UNITBUILD.finditer(text)]
    for attributes in script_tags:
        lowered = {key.lower(): value for key, value in attributes.items()}
        if "querydata" in lowered and "url" in lowered:
            call = _call_from_tag(lowered, base_url)
            if call is not None:
                calls.append(call)
    values = {**(page_values or {}), **find_values([text])} if _CALL.search(text) else {}
    objects = {**declared_objects([text]), **form_data_objects(text)} if values else {}
    for match in _CALL.finditer(text):
        call = _call_from_script(text, match.end(), _verb(match), base_url, values, objects)
        if call is not None and call.paged:
            calls.append(call)
    if values:
        called = _calls_of_called_functions(text, base_url, values, objects)
        # A call read with its function's arguments (`getList(0)`) is the one the page makes.
        asked = {(call.url, call.method) for call in called}
        calls = [call for call in calls if (call.url, call.method) not in asked] + called
        calls += _tree_calls(text, base_url, values)
    if "serverSide" in text:
        calls += _datatables_calls(text, base_url)
    return list({call.request(1): call for call in calls}.values())


def _tree_calls(text: str, base_url: str, values: dict) -> list[ApiCall]:
    """The first level of a catalogue tree that a script loads node by node: a function that
    asks an API for the children of the id it is given and calls itself for each parent node
    (`function loadTree(pid, ul) { $.getJSON('/site/label/8888', {labelName: 'columnTree', id:
    pid}, function (nodes) { … loadTree(node.id, sub) … }) }`), called with a literal id
    (`loadTree('6822001', $('#columnTree'))`). The answer's parent nodes are asked the same way
    (`trees.tree_children`), and the nodes made links by the callback's item template."""
    calls: list[ApiCall] = []
    for name, parameters, body in function_definitions(text):
        calls_itself = _call_site(name)
        if not parameters or not calls_itself.search(body):
            continue
        opens = text.find(body)
        inside = range(opens, opens + len(body))
        for match in _CALL.finditer(body):
            call = _script_call(body, match.end(), _verb(match))
            if call is None or call[1] != "GET" or not isinstance(call[0], str) or not call[0]:
                continue
            url, _, data, _ = call
            keys = [(key, parameters.index(value.name)) for key, value in data.items()
                    if isinstance(value, Variable) and value.name in parameters and key not in API_PAGE_KEYS]
            if len(keys) != 1:
                continue
            key, index = keys[0]
            # It calls itself with a field of a node it was given (`loadTree(node.id, sub)`).
            if not any(_NODE_FIELD.fullmatch(([*_argument_texts(body, site.end() - 1)[index:], ""])[0])
                       for site in calls_itself.finditer(body)):
                continue
            try:
                fixed = _fill(_mark_page(_bind({k: v for k, v in data.items() if k != key}, values)), 1)
            except Unparsable:
                continue
            for site in calls_itself.finditer(text):
                if site.start() in inside:
                    continue  # the call for a node's children
                argument = _argument_at(text, site.end() - 1, index)
                if isinstance(argument, (str, int)) and not isinstance(argument, bool) and str(argument):
                    calls.append(ApiCall(urljoin(base_url, url), "GET", {**fixed, key: argument}, False))
    return calls


# A field of a record: `node.id`, `item["id"]`.
_NODE_FIELD = re.compile(r"""\s*[A-Za-z_$][\w$]*(?:\[\s*\w+\s*\])?"""
                         r"""(?:\.[A-Za-z_$][\w$]*|\[\s*(['"])\w+\1\s*\])\s*""")


def _argument_at(text: str, opening: int, index: int):
    """The literal argument at `index` of the call whose `(` is at `opening`, or None when it is
    not one; the other arguments may be any expressions."""
    pieces = _argument_texts(text, opening)
    if index >= len(pieces):
        return None
    try:
        value, position = parse_js(pieces[index])
    except Unparsable:
        return None
    return value if not pieces[index][position:].strip() else None


def _argument_texts(text: str, opening: int) -> list[str]:
    """The text of each argument of the call whose `(` is at `opening` (none if unclosed)."""
    try:
        end = skip_balanced(text, opening, "(", ")") - 1
    except Unparsable:
        return []
    depth, quote, start, pieces = 0, "", opening + 1, []
    for position in range(opening + 1, end):
        char = text[position]
        if quote:
            quote = "" if char == quote and text[position - 1] != "\\" else quote
        elif char in "'\"`":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            pieces.append(text[start:position])
            start = position + 1
    pieces.append(text[start:end])
    return pieces


_DATATABLE = re.compile(r"\.(?:DataTable|dataTable)\(\s*(?=\{)")
# What a DataTables `ajax.data` function adds to the request: `d.columnId = "1041";`.
_DATA_FUNCTION = re.compile(r"\bdata\s*:\s*function\s*\(\s*([A-Za-z_$][\w$]*)\s*\)\s*(?=\{)")


def _datatables_calls(text: str, base_url: str) -> list[ApiCall]:
    """The list calls of DataTables tables in server-side mode (`$('#t').DataTable({serverSide:
    true, ajax: {url, type: 'POST', data: function (d) {d.columnId = '1041';}}, pageLength: 15,
    columns: [{data: 'title', render: …}]})`): `draw`, `start` (the offset) and `length`, with
    the literal fields the `data` function adds."""
    calls = []
    for match in _DATATABLE.finditer(text):
        try:
            options, end = parse_js(text, match.end())
        except (Unparsable, RecursionError):
            continue
        if not isinstance(options, dict) or options.get("serverSide") is not True:
            continue
        ajax = options.get("ajax")
        url = ajax if isinstance(ajax, str) else ajax.get("url") if isinstance(ajax, dict) else None
        if not isinstance(url, str) or not url:
            continue
        method = (str(ajax.get("type") or ajax.get("method") or "GET").upper() if isinstance(ajax, dict)
                  else "GET")
        size = options.get("pageLength") or options.get("iDisplayLength") or 10
        params: dict = {"draw": 1, "start": _OFFSET, "length": size if isinstance(size, int) else 10}
        if isinstance(ajax, dict) and isinstance(ajax.get("data"), dict):
            params.update({k: v for k, v in ajax["data"].items() if isinstance(v, (str, int))})
        function = _DATA_FUNCTION.search(text, match.end(), end)
        if function:
            try:
                body_end = skip_balanced(text, function.end(), "{", "}")
            except Unparsable:
                body_end = function.end()
            body = text[function.end():body_end]
            assignment = rf"""\b{re.escape(function.group(1))}\.(\w+)\s*=\s*(?:'([^']*)'|"([^"]*)"|(-?\d+))"""
            for key, single, double, number in re.findall(assignment, body):
                params[key] = int(number) if number else single or double
        columns = options.get("columns")
        fields = [column["data"] for column in columns if isinstance(column, dict)
                  and isinstance(column.get("data"), str) and column.get("render") is not None] \
            if isinstance(columns, list) else []
        renders = tuple(_render_scripts(text[match.end():end], fields))
        calls.append(ApiCall(urljoin(base_url, url), method if method in ("GET", "POST") else "GET",
                             params, False, item_scripts=renders))
    return calls


_RENDER = re.compile(r"\brender\s*:\s*function\s*\(\s*([A-Za-z_$][\w$]*)\s*(?:,\s*[A-Za-z_$][\w$]*\s*)?"
                     r"(?:,\s*([A-Za-z_$][\w$]*)\s*)?\)\s*(?=\{)")


def _render_scripts(options: str, fields: list[str]) -> list[str]:
    """The bodies of a DataTables table's `render: function (data, type, row) {…}` functions,
    in the order of the columns that have one, the cell value (`data`) written as the record's
    field (`row.title`)."""
    bodies = []
    for render, field in zip(_RENDER.finditer(options), fields, strict=False):
        try:
            end = skip_balanced(options, render.end(), "{", "}")
        except Unparsable:
            continue
        record = render.group(2) or "row"
        body = re.sub(rf"(?<![\w$.]){re.escape(render.group(1))}(?![\w$])", f"{record}.{field}",
                      options[render.end():end])
        bodies.append(body)
    return bodies


def _calls_of_called_functions(text: str, base_url: str, values: dict, objects: dict | None = None
                               ) -> list[ApiCall]:
    """List calls inside functions the page calls with literal arguments
    (`function loadList(path, total) { … fetch(path + 'page_' + n + '.json') … }` and
    `loadList('/gk/fzzfjs/data/', 3);`), the parameters bound to the arguments; an argument
    a helper reads from the page's query (`loadList(q('newType'), 1)`) is the page URL's."""
    calls: list[ApiCall] = []
    definitions = list(function_definitions(text))
    readers = {name for name, parameters, body in definitions
               if len(parameters) == 1 and _READS_QUERY.search(body)}
    query = dict(parse_qsl(urlsplit(base_url).query, keep_blank_values=True))
    for name, parameters, body in definitions:
        if not parameters or not _CALL.search(body):
            continue
        for site in _call_site(name).finditer(text):
            arguments = _literal_arguments(text, site.end() - 1, readers, query)
            if not arguments:
                continue
            bound = dict(zip(parameters, arguments, strict=False))
            for match in _CALL.finditer(body):
                call = _call_from_script(body, match.end(), _verb(match), base_url,
                                         {**values, **bound}, objects)
                if call is not None and call.paged:
                    calls.append(replace(call, bound=tuple(bound.items())))
    return calls


def _call_site(name: str) -> re.Pattern:
    """A call of the function `name` (`loadList(`), not its definition nor a method's call."""
    return re.compile(rf"(?<![\w$.])(?<!function ){re.escape(name)}\s*\(")


def page_call_arguments(text: str, name: str) -> tuple[list, int] | None:
    """The literal arguments of a call that starts a list by page function `name`
    (`loadList(1)`, `getList('5', 0)`), and which of them is the page number: the first 1 or 0."""
    for site in _call_site(name).finditer(text):
        arguments = _literal_arguments(text, site.end() - 1)
        numbers = [index for index, value in enumerate(arguments or ())
                   if value in (0, 1) and isinstance(value, int) and not isinstance(value, bool)]
        if numbers:
            return arguments, numbers[0]
    return None


def _literal_arguments(text: str, opening: int, readers: set[str] = frozenset(),
                       query: dict | None = None) -> list | None:
    """The arguments of the call whose `(` is at `opening`, if every one is a string, a
    number, or a value a query reader (`readers`) reads from the page's `query`."""
    try:
        end = skip_balanced(text, opening, "(", ")") - 1
        arguments, position = [], opening + 1
        while skip_blanks(text, position) < end:
            read = _READER_CALL.match(text, skip_blanks(text, position))
            if read and read.group(1) in readers and (query or {}).get(read.group(2)):
                value, position = query[read.group(2)], read.end()
            else:
                value, position = parse_js(text[:end], position)
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                return None
            arguments.append(value)
            position = skip_blanks(text, position)
            if text.startswith(",", position):
                position += 1
            elif position < end:
                return None
        return arguments
    except Unparsable:
        return None
