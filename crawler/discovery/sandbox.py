"""Running a list page's scripts in a sandbox, to learn the requests they make.

Some column pages ask for their list with values only running their script gives: a signature
over the parameters and a timestamp (`sign = hex_md5(ts + secret + params)`, an `X-Sign`
header), a URL put together by code the static readers (`apis`) do not follow. When those
readers find no list call on a page that makes one, the page's scripts are run here, in
QuickJS, with stand-ins for the browser, jQuery, `fetch`, `XMLHttpRequest`, axios and the
hash libraries (`sandbox.js`). Nothing reaches a network: each request the scripts make is
recorded with the page function whose call made it (`loadList(1)`), so that the list's next
page is asked as the page would ask it: the same function called with the next number, run
again (`page_request`). A run has a time and a memory limit; a script that fails is left,
and one that names an unknown global is run again with a stand-in for it.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from urllib.parse import parse_qsl, urljoin, urlsplit

import quickjs

from crawler.discovery.apis import API_OFFSET_KEYS, API_PAGE_KEYS, JSONP_CALLBACK, page_call_arguments
from crawler.discovery.clicks import function_definitions
from crawler.discovery.links import links_in_markup
from vocabulary.keywords import NEXT_PAGE_TEXTS, PAGE_PARAMS
from vocabulary.patterns import SCRIPT_NAVIGATION

# What one script (or callback) may take, and all of one page's.
SANDBOX_SECONDS = 1.0
SANDBOX_PAGE_SECONDS = 3.0
SANDBOX_MEMORY = 64 << 20
# A page whose inline scripts are longer than this is not run (a bundled app, not a list page).
MAX_SCRIPT_CHARS = 200_000
# The most pages of a plugin's pager that are asked for at once.
MAX_PAGER_PAGES = 50
# How often a script is run again with a stand-in for a global it names but nothing defines.
MAX_STAND_INS = 20
# Answers given to one list's scripts (a token, then a key: calls made before the list's), and
# the longest: a token's answer is short, a list's is not fed back.
MAX_ANSWERS = 3
MAX_ANSWER_CHARS = 20_000
# Promise callbacks run after one call, at most.
MAX_JOBS = 200
# What QuickJS says of a name nothing defines.
_UNDEFINED = re.compile(r"ReferenceError: '?([A-Za-z_$][\w$]*)'? is not defined")
_DIGITS = re.compile(r"\d+")
# A frame of a QuickJS stack: `    at loadList (<input>)`.
_FRAME = re.compile(r"^\s*at ([A-Za-z_$][\w$.]*) ", re.M)


@dataclass(frozen=True)
class SentRequest:
    """A request a page's script made: method, absolute URL, body, headers, content type."""

    method: str
    url: str
    body: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = ""

    @property
    def form(self) -> tuple[tuple[str, str], ...]:
        """The body as form fields, when it was sent as a form."""
        if self.method != "POST" or "json" in self.content_type or "text/plain" in self.content_type \
                or self.body.lstrip().startswith(("{", "[")):
            return ()
        return tuple(parse_qsl(self.body, keep_blank_values=True))


@dataclass(frozen=True)
class ScriptedList:
    """How the page asks for page n of a list: its scripts, run again, and the call of its page
    function with the page number in place (`loadList(n)`)."""

    scripts: tuple[str, ...]
    page_url: str
    elements: str  # the page's elements the scripts may read, as JSON
    function: str
    # The arguments of the call that asks for this page, the page number among them.
    arguments: tuple
    page_argument: int

    # The page number the list's first page was asked with (1, or 0).
    first: int = 1
    # Answers the crawler fetched for requests the scripts make before the list's (a token
    # call), as (absolute URL, answer text): given to their callbacks when the scripts run.
    answers: tuple[tuple[str, str], ...] = ()

    @property
    def at_load(self) -> bool:
        """Whether the page asks for it as it loads, not by calling a page function: a request
        whose answer its scripts need first (a site configuration naming the list's API)."""
        return not self.function

    def following(self) -> ScriptedList:
        """How the page asks for the list's next page."""
        if self.at_load:
            return self
        arguments = list(self.arguments)
        arguments[self.page_argument] += 1
        return replace(self, arguments=tuple(arguments))

    @property
    def number(self) -> int:
        """The number of the page this call asks for, counted from 1."""
        if self.at_load:
            return 1
        return int(self.arguments[self.page_argument]) - self.first + 1


@dataclass(frozen=True)
class ListCall:
    """A list request a page's scripts made as they loaded, and how to ask its other pages
    (None when no page function of the page made it)."""

    request: SentRequest
    pages: ScriptedList | None
    # The page function's parameters with the arguments it was called with (`t` = `2`): the
    # item templates of its answers may use them.
    bound: tuple[tuple[str, str], ...] = ()


# DWR's file of one remoted class, `<servlet path>/interface/<Class>.js`, and its engine.
_DWR_INTERFACE = re.compile(r"^(.*)/interface/([A-Za-z_$][\w$]*)\.js$")
# A DWR reply: `//#DWR-REPLY` and the call of its callback handler.
DWR_REPLY = re.compile(
    r"//#DWR-REPLY|\bdwr\.(?:engine\.(?:_remoteHandleCallback|remote\.handleCallback)\s*\(|_\[\d+\])")


def dwr_interfaces(script_urls: list[str]) -> list[tuple[str, str]]:
    """The DWR classes a page loads (`/dwr/interface/InfoListService.js` beside `/dwr/engine.js`),
    as (servlet path, class name); [] when it loads no DWR engine."""
    paths = [urlsplit(url).path for url in script_urls]
    found = [(match.group(1), match.group(2)) for path in paths if (match := _DWR_INTERFACE.match(path))]
    return [(servlet, name) for servlet, name in found if f"{servlet}/engine.js" in paths]


def dwr_stand_ins(interfaces: list[tuple[str, str]]) -> str:
    """A script defining the DWR classes as their interface files would (`sandbox.js`)."""
    return "".join(f"__dwrInterface({json.dumps(servlet)}, {json.dumps(name)});"
                   for servlet, name in interfaces)


def dwr_reply(text: str):
    """The data a DWR reply gives its call's callback (the records of a list), or None."""
    if not DWR_REPLY.search(text) or len(text) > MAX_SCRIPT_CHARS:
        return None
    context, _, _ = _loaded([], "http://localhost/", "{}", run_ready=False)
    if context is None:
        return None
    try:
        data = json.loads(context.eval(f"JSON.stringify(__dwrReplyData({json.dumps(text)}) ?? null)"))
    except (quickjs.JSException, ValueError):
        return None
    return data if isinstance(data, (dict, list)) else None


@cache
def _prelude() -> str:
    return files("crawler.discovery").joinpath("sandbox.js").read_text(encoding="utf-8")


def page_elements(root, cookies: str = "") -> str:
    """The page's elements with an `id` or a `name` (their attributes and text), as JSON for
    the sandbox's `document.getElementById` and `$('#id').val()`, and the cookies its scripts
    read (`document.cookie`)."""
    by_id, by_name = {}, {}
    for element in root.iter() if hasattr(root, "iter") else ():
        if not isinstance(element.tag, str):
            continue
        attributes = {str(key): str(value) for key, value in element.attrib.items()}
        entry = None
        if attributes.get("id"):
            entry = {"attrs": attributes, "text": (element.text or "").strip()[:200], "tag": element.tag}
            by_id.setdefault(attributes["id"], entry)
        if attributes.get("name") and element.tag in ("input", "select", "textarea", "meta"):
            by_name.setdefault(attributes["name"],
                               entry or {"attrs": attributes, "text": "", "tag": element.tag})
    return json.dumps({"elements": by_id, "named": by_name, "cookie": cookies}, ensure_ascii=False)


def list_calls(scripts: list[str], page_url: str, elements: str = "{}") -> list[ListCall]:
    """The requests a page's scripts make as the page loads, each with how to ask its next
    pages; [] when the scripts are too long to run or make none."""
    scripts = [script for script in scripts if script.strip()]
    run = _page_run(scripts, page_url, elements)
    if run is None:
        return []
    context, page_functions, _ = run
    parameters = {name: names for name, names, _ in function_definitions("\n".join(scripts))}
    calls = []
    for sent, stack, called in _sent(context, page_url):
        pages = _page_function(scripts, page_url, elements, stack, called, page_functions, parameters)
        bound = ()
        if pages is not None:
            given = zip(parameters.get(pages.function, ()), pages.arguments, strict=False)
            bound = tuple((name, str(value)) for name, value in given if value is not None)
        calls.append(ListCall(sent, pages, bound))
    return calls


def pager_pages(scripts: list[str], page_url: str, elements: str = "{}", handlers: list[str] | None = None
                ) -> list[tuple[str, int]]:
    """The pages of a list that a pager plugin goes to from its callback (`jqPaginator({
    totalPages: 3, onPageChange: function (num, type) { location.href = "list4_" + num +
    ".shtml"; }})`, laypage's `jump`): (URL, page number) of every page after the first when
    the plugin is given the page count, else of the second; else those a 转到 box's handler goes
    to (`handlers`: the page's click handler code, `goPage()`); [] without either."""
    handlers = handlers or []
    run = _page_run(scripts, page_url, elements)
    if run is None:
        return []
    context, _, deadline = run
    try:
        for index in range(min(context.eval("__pagers.length"), 10)):
            for name in json.loads(context.eval(f"JSON.stringify(__pagerCallbacks({index}))")):
                for shape in range(context.eval("__CALL_SHAPES.length")):
                    if time.monotonic() > deadline:
                        return []
                    target = f"__pagerTarget({index}, {json.dumps(name)}, {shape}, "
                    second, third, again = (context.eval(f"{target}{n})") for n in (2, 3, 2))
                    # Page links differ by their page numbers only, and each page has one.
                    if second and third and second == again and _pages_apart(second, third):
                        count = min(int(context.eval(f"__pagerCount({index})")), MAX_PAGER_PAGES)
                        last = count if count >= 2 else 2
                        # A plugin that counts pages from 0 (m-pagination's `pageIndex`) goes to
                        # this page for 0.
                        own = context.eval(f"{target}1)")
                        zero_based = bool(own) and urljoin(page_url, own) != page_url and \
                            urljoin(page_url, context.eval(f"{target}0)") or own) == page_url
                        shift = -1 if zero_based else 0
                        return [(urljoin(page_url, context.eval(f"{target}{n + shift})")), n)
                                for n in range(2, last + 1)]
        pages = _jump_pages(context, scripts, page_url, handlers, deadline)
    except quickjs.JSException:
        return []
    return pages


def written_markup(scripts: list[str], page_url: str, elements: str = "{}") -> list[str]:
    """The markup the page's scripts write into it as it loads (`el.innerHTML = h`,
    `document.write(h)`, `$("#pager").html(h)`): a pager drawn from a page count, say."""
    run = _page_run(scripts, page_url, elements)
    if run is None:
        return []
    context = run[0]
    return [str(markup) for markup in json.loads(context.eval("JSON.stringify(__written)"))]


def frame_sources(scripts: list[str], page_url: str, elements: str = "{}") -> list[str]:
    """The documents the page's scripts show in its frames as it loads (`frm.setAttribute("src",
    "/module/xxgk/list.jsp?cid=" + cid)`, `$("#listFrame").attr("src", url)`), absolute."""
    run = _page_run(scripts, page_url, elements)
    if run is None:
        return []
    context = run[0]
    sources = json.loads(context.eval("JSON.stringify(__framed)"))
    return list(dict.fromkeys(urljoin(page_url, str(source)) for source in sources
                              if not str(source).startswith(("javascript:", "about:", "data:"))))


def written_pages(scripts: list[str], page_url: str, elements: str = "{}") -> list[tuple[str, int]]:
    """The pages of a list whose pager the page's scripts write as markup: (URL, page number)
    of the numbered page links it writes, else of its next-page link; only pages of this list
    (`_pages_apart`)."""
    numbered: dict[str, int] = {}
    following: list[str] = []
    for markup in written_markup(scripts, page_url, elements):
        for link in links_in_markup(markup, page_url):
            text = link.text.strip()
            if link.url == page_url or not _pages_apart(page_url, link.url, own=True):
                continue
            if text.isdigit() and int(text) >= 2:
                numbered.setdefault(link.url, int(text))
            elif text in NEXT_PAGE_TEXTS:
                following.append(link.url)
    if numbered:
        return sorted(numbered.items(), key=lambda item: item[1])
    return [(url, page_number_in(page_url, url)) for url in dict.fromkeys(following)][:1]


def called_pages(scripts: list[str], page_url: str, elements: str, calls: list[tuple[str, int]]
                 ) -> list[tuple[str, int]]:
    """The pages a list's pager links go to by calling a page function (`javascript:go(2)` with
    `go(n) { location.href = tpl.replace('{n}', n); }`), each call run in the sandbox: (URL,
    page number) of those that are pages of this list."""
    run = _page_run(scripts, page_url, elements) if calls else None
    if run is None:
        return []
    context, _, deadline = run
    pages: list[tuple[str, int]] = []
    try:
        for code, number in calls[:MAX_PAGER_PAGES]:
            if time.monotonic() > deadline:
                break
            target = context.eval(f"__jumpTarget({json.dumps(code)}, null)")
            url = urljoin(page_url, target) if target else ""
            if url and _pages_apart(page_url, url, own=True) and url not in (known for known, _ in pages):
                pages.append((url, number))
    except quickjs.JSException:
        return pages
    return pages


def page_number_in(page_url: str, url: str) -> int:
    """The page number a list page's URL carries where it differs from `page_url`'s
    (`pages/3.html` is page 3), at least 2."""
    own = set(_DIGITS.findall(page_url))
    numbers = [int(n) for n in _DIGITS.findall(url) if n not in own]
    return max(numbers[-1], 2) if numbers else 2


def _jump_pages(context: quickjs.Context, scripts: list[str], page_url: str, handlers: list[str],
                deadline: float) -> list[tuple[str, int]]:
    """The pages a 转到 box goes to: the page's handlers (its click handlers, and the functions
    it defines without parameters that send the browser somewhere) run with a page number
    typed into its text boxes, from 2 until they no longer go anywhere new (the handler's own
    check of the page count: `else if (num > 3) {alert('超出最大页数')}`)."""
    navigating = [f"{name}()" for name, parameters, body in function_definitions("\n".join(scripts))
                  if not parameters and SCRIPT_NAVIGATION.search(body)]
    for code in dict.fromkeys([*handlers, *navigating]):
        probe = f"__jumpTarget({json.dumps(code, ensure_ascii=False)}, "
        first, second, third = (context.eval(f"{probe}{n})") for n in (1, 2, 3))
        if second and not third and first and urljoin(page_url, first) == page_url \
                and _pages_apart(page_url, urljoin(page_url, second), own=True):
            return [(urljoin(page_url, second), 2)]  # two pages: the handler refuses a third
        if not second or not third or not _pages_apart(second, third):
            continue
        pages = [(urljoin(page_url, second), 2), (urljoin(page_url, third), 3)]
        for number in range(4, MAX_PAGER_PAGES + 2):
            if time.monotonic() > deadline:
                return pages[:1]
            target = context.eval(f"{probe}{number})")
            if not target or target in (second, third) or not _pages_apart(second, target):
                return pages  # the count the handler checks
            pages.append((urljoin(page_url, target), number))
        # A handler that goes anywhere it is told: the page after this one, while it shows new items.
        current = next((number for url, number in pages if url == page_url), 1)
        return [(url, number) for url, number in pages if number == current + 1]
    return []


def _pages_apart(one: str, other: str, own: bool = False) -> bool:
    """Whether two URLs are pages of one list: they differ only in a number of their path
    (`default_2.htm`, `list4_3.shtml`) or in a page parameter (`?page=3`), not in a search's
    words (`?q=2`). `own`: `one` is the list's own first page, which may lack the number
    (`default.htm` beside `default_2.htm`, `index.html` beside `pages/2.html`)."""
    first, second = urlsplit(one), urlsplit(other)
    if first[:2] != second[:2] or one == other:
        return False
    if first.path != second.path:
        same_shape = _DIGITS.sub("#", first.path) == _DIGITS.sub("#", second.path)
        folder = first.path.rsplit("/", 1)[0]
        below = second.path[len(folder):] if second.path.startswith(folder + "/") else ""
        directory = second.path.rsplit("/", 1)[0] == folder or bool(_DIGITS.search(below))
        return (same_shape or (own and directory)) and first.query == second.query
    before, after = dict(parse_qsl(first.query)), dict(parse_qsl(second.query))
    changed = {key for key in {*before, *after} if before.get(key) != after.get(key)}
    return bool(changed) and all(key in API_PAGE_KEYS or key in PAGE_PARAMS for key in changed)


def asked_at_load(scripts: list[str], page_url: str, elements: str = "{}") -> ScriptedList:
    """How a page asks for what it requests as it loads (`ScriptedList.at_load`)."""
    return ScriptedList(tuple(scripts), page_url, elements, "", (), -1)


def page_request(pages: ScriptedList) -> SentRequest | None:
    """The request the page function makes when called as `pages` says (`loadList(2)`), or
    the page makes as it loads, the first whose answer `pages` does not know; None when it
    makes none."""
    context, _, deadline = _loaded(list(pages.scripts), pages.page_url, pages.elements,
                                   run_ready=pages.at_load, answers=pages.answers)
    if context is None:
        return None
    if pages.at_load:
        sent = _sent(context, pages.page_url)
        return sent[0][0] if sent else None
    arguments = ", ".join(json.dumps(value, ensure_ascii=False) for value in pages.arguments)
    call = f"{pages.function}({arguments})"
    try:
        _run_jobs(context, deadline)  # the page's own load is not this call's
        context.eval("__ready.splice(0); __sent.splice(0);")
        context.eval(call)
        _run_ready(context, deadline)
    except quickjs.JSException:
        pass  # a failure after the request was made; what was sent stands
    sent = [request for request, _, _ in _sent(context, pages.page_url)]
    # Of several (`Promise.all` of a count and a list), the one that carries the page.
    paged = [request for request in sent if carries_page(request)]
    return (paged or sent or [None])[0]


def carries_page(sent: SentRequest) -> bool:
    """Whether a request names a page or the offset of one (`pageNo=2`, `offset=15`), in its
    query, its form or its JSON body."""
    pairs = [*parse_qsl(urlsplit(sent.url).query), *sent.form]
    if any(key in API_PAGE_KEYS or key in API_OFFSET_KEYS for key, _ in pairs):
        return True
    if sent.body.lstrip().startswith("{"):
        try:
            return _names_page(json.loads(sent.body))
        except ValueError:
            return False
    return False


def _names_page(value, depth: int = 0) -> bool:
    if not isinstance(value, dict) or depth > 3:
        return False
    return any(key in API_PAGE_KEYS or key in API_OFFSET_KEYS or _names_page(inner, depth + 1)
               for key, inner in value.items())


def answered_request(pages: ScriptedList, url: str, text: str) -> tuple[SentRequest, ScriptedList] | None:
    """The request the page function makes once the answer to one of its requests is known
    (`getToken(function (t) { $.ajax({headers: {Authorization: "Bearer " + t}, …}) })`), with
    how to ask the list's other pages; None when the answer leads to no new request."""
    if len(pages.answers) >= MAX_ANSWERS or len(text) > MAX_ANSWER_CHARS:
        return None
    fed = replace(pages, answers=(*pages.answers, (url, text)))
    sent = page_request(fed)
    if sent is None or any(sent.url == known for known, _ in fed.answers):
        return None
    return sent, fed


def _page_run(scripts: list[str], page_url: str, elements: str
              ) -> tuple[quickjs.Context, tuple[str, ...], float] | None:
    """The page's scripts run as it loads (`_loaded`), or None when it has none, or they are
    too long to run (a bundled app, not a list page), or the stand-ins fail."""
    scripts = [script for script in scripts if script.strip()]
    if not scripts or sum(map(len, scripts)) > MAX_SCRIPT_CHARS:
        return None
    context, page_functions, deadline = _loaded(scripts, page_url, elements)
    return None if context is None else (context, page_functions, deadline)


def _loaded(scripts: list[str], page_url: str, elements: str, run_ready: bool = True,
            answers: tuple[tuple[str, str], ...] = ()
            ) -> tuple[quickjs.Context | None, tuple[str, ...], float]:
    """A context with the stand-ins and the page's scripts run (its ready callbacks too,
    unless not `run_ready`), the names of the functions the page defines, and the time by
    which all work on the page must end. `answers`: (URL, text) of requests whose answers
    the scripts' callbacks get."""
    deadline = time.monotonic() + SANDBOX_PAGE_SECONDS
    context = quickjs.Context()
    context.set_memory_limit(SANDBOX_MEMORY)
    context.set_time_limit(SANDBOX_SECONDS)
    parts = urlsplit(page_url)
    page = {**json.loads(elements or "{}"), "href": page_url, "protocol": f"{parts.scheme}:",
            "host": parts.netloc, "hostname": parts.hostname or "", "port": str(parts.port or ""),
            "pathname": parts.path or "/", "search": f"?{parts.query}" if parts.query else "",
            "jsonpCallback": JSONP_CALLBACK, "answers": [[url, text] for url, text in answers]}
    page.setdefault("elements", {})
    page.setdefault("named", {})
    try:
        context.eval(f"var __PAGE = {json.dumps(page, ensure_ascii=False)};")
        context.eval(_prelude())
        before = set(json.loads(context.eval("JSON.stringify(Object.getOwnPropertyNames(globalThis))")))
    except quickjs.JSException:
        return None, (), deadline
    for script in scripts:
        _run(context, script, deadline)
    defined = json.loads(context.eval(
        "JSON.stringify(Object.getOwnPropertyNames(globalThis).filter("
        "function (k) { return typeof globalThis[k] === 'function' && globalThis[k] !== __stub; }))"))
    page_functions = tuple(name for name in defined if name not in before)
    # Calls of the page's functions from now on are known with their arguments (`loadList(2, 1)`).
    context.eval(f"__wrapFunctions({json.dumps(page_functions)})")
    if run_ready:
        _run_ready(context, deadline)
    return context, page_functions, deadline


def _run(context: quickjs.Context, script: str, deadline: float) -> None:
    """Run one script; a global it names that nothing defines gets a stand-in, and the script
    runs again (a library the page loads from a file the sandbox does not have)."""
    for _ in range(MAX_STAND_INS):
        if time.monotonic() > deadline:
            return
        try:
            context.eval(script)
            return
        except quickjs.JSException as error:
            undefined = _UNDEFINED.search(str(error))
            if undefined is None:
                return
            context.eval(f"var {undefined.group(1)} = __stub;")  # and run it again


def _run_ready(context: quickjs.Context, deadline: float) -> None:
    """Run the callbacks the scripts left for when the page is ready (and their own), and
    those of promises an answer resolved."""
    for index in range(200):
        _run_jobs(context, deadline)
        if time.monotonic() > deadline or not context.eval(f"__ready.length > {index}"):
            return
        _run(context, f"__ready[{index}].call(window)", deadline)


def _run_jobs(context: quickjs.Context, deadline: float) -> None:
    """Run the pending callbacks of settled promises (`fetch(…).then(…)`)."""
    for _ in range(MAX_JOBS):
        if time.monotonic() > deadline:
            return
        try:
            if not context.execute_pending_job():
                return
        except quickjs.JSException:
            continue  # a callback that failed; the others still run


def _sent(context: quickjs.Context, page_url: str) -> list[tuple[SentRequest, str, list]]:
    """The requests recorded so far, with the stack that made each and the page functions
    being called; the record is emptied."""
    recorded = json.loads(context.eval("JSON.stringify(__sent.splice(0))"))
    sent = []
    for method, url, body, headers, content_type, stack, called, answered in recorded:
        if answered or not url or url.startswith(("javascript:", "data:")):
            continue
        request = SentRequest(method, urljoin(page_url, url), body, tuple(sorted(headers.items())),
                              content_type)
        if request not in (earlier for earlier, _, _ in sent):
            sent.append((request, stack, called))
    return sent


def _page_function(scripts: list[str], page_url: str, elements: str, stack: str, called: list,
                   page_functions: tuple[str, ...], parameters: dict) -> ScriptedList | None:
    """How to ask another page of the list a request belongs to: the innermost call of a page
    function that was given a page number (`loadList(t, 1)`, the parameter named as page
    numbers are, else the last 1 or 0), else the innermost page function on its stack that
    the scripts call with a literal page number."""
    for name, arguments in reversed(called):
        names = parameters.get(name, ())
        numbers = [index for index, value in enumerate(arguments)
                   if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1)]
        named = [index for index in numbers if index < len(names) and names[index] in API_PAGE_KEYS]
        if named or numbers:
            index = (named or numbers[-1:])[0]
            return ScriptedList(tuple(scripts), page_url, elements, name, tuple(arguments), index,
                                int(arguments[index]))
    text = "\n".join(scripts)
    for name in _FRAME.findall(stack):
        if name not in page_functions:
            continue
        found = page_call_arguments(text, name)
        if found is not None:
            arguments, index = found
            return ScriptedList(tuple(scripts), page_url, elements, name, tuple(arguments), index,
                                int(arguments[index]))
    return None
