"""URL helpers a page calls but does not define: which of the site's own script files to read.

Many CMS templates write list items as `href="javascript:toDetail('2024…')"` or `<tr
onclick="goInfo('123','1021')">`, with `toDetail` defined not in the page but in a script file
the site's every page includes (`/js/common.js`, often with a constant it builds from, `var
BASE_PATH = '/xxgk/';`). This module tells, for a parsed page, which helpers its links call
that none of its inline scripts defines (`unknown_calls`), and which of its `<script src>`
files may define them (`page_scripts`: the site's own, not libraries such as jQuery, layui,
Vue or Bootstrap, nor minified bundles); `script_helpers` reads the helpers of a fetched
file (`clicks.find_helpers`). The spider fetches the files once per site and reads the page
again with their helpers (`crawler.sitescripts`).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from crawler.discovery.clicks import (
    BUILTIN_OPENERS,
    DATA_HELPER_PREFIX,
    DATA_READ_MARK,
    URL_ATTRIBUTES,
    Helper,
    find_data_openers,
    find_helpers,
    is_data_row,
)
from crawler.discovery.urls import host_of, registrable_domain

# Script files of one page read for its helpers, at most.
MAX_PAGE_SCRIPTS = 4
# A call with literal arguments in a handler or `javascript:` link: toDetail('2024…', 1).
_CALL = re.compile(
    r"""^\s*(?:javascript:\s*)?(?:return\s+)?([A-Za-z_$][\w$]*)\s*\(\s*((?:'[^']*'|"[^"]*"|-?\d+)"""
    r"""(?:\s*,\s*(?:'[^']*'|"[^"]*"|-?\d+))*)\s*\)\s*;?""")
# A function an inline script defines: `function name(`, `name = function`, `name = (…) =>`.
_DEFINED = re.compile(
    r"function\s+([A-Za-z_$][\w$]*)\s*\("
    r"|([A-Za-z_$][\w$]*)\s*[:=]\s*(?:async\s+)?(?:function\b|\([^()]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)")
_HANDLER_TEXT = re.compile(r"javascript:|onclick", re.I)
# A name declared or assigned in a script: `var list = …`, `list = …`.
_DECLARED = re.compile(r"(?:\b(?:var|let|const)\s+|^|[;{}\s])([A-Za-z_$][\w$]*)\s*=(?!=)")
# Globals of the browser and common libraries that a page iterates over without defining.
_BROWSER_GLOBALS = frozenset(("document", "window", "arguments", "$", "jQuery", "Object", "Array",
                              "navigator", "location", "this"))
# Calls that are the browser's, not the site's.
_BROWSER_CALLS = BUILTIN_OPENERS | frozenset((
    "void", "alert", "confirm", "prompt", "print", "eval", "setTimeout", "setInterval", "parseInt",
    "encodeURI", "encodeURIComponent", "escape", "history", "close", "scroll", "scrollTo"))
# Script files that are libraries, never a site's helpers.
_LIBRARY = re.compile(
    r"(?:^|[/._-])(?:jquery|layui|layer|vue|react|angular|bootstrap|echarts|swiper|axios|lodash|"
    r"moment|require|sea|zepto|polyfill|html5shiv|respond|wdatepicker|my97|pdf|ueditor|kindeditor|"
    r"video|flexible|hm|tongji|analytics|gtag|barrier|aria|jsencrypt|crypto|md5|base64|qrcode|"
    r"json2|modernizr|vendor|chunk-vendors|highcharts|d3|three|superslide|slick|owl|wow|animate)"
    r"(?:[/._-]|$)|\.min\.js$", re.I)
# An inline script that fills the page itself: asks for content or writes items.
_ASKS = re.compile(r"\$\.(?:ajax|post|get|getJSON|each)\s*\(|\bfetch\s*\(|\baxios\.|\.open\s*\(|\.load\s*\("
                   r"|document\.write|\.forEach\s*\(|innerHTML|\.html\s*\(|\.append\s*\(")
# The longest text a box's heading has.
_HEADING_MAX_CHARS = 20


def may_call_helpers(text: str) -> bool:
    """Whether a page's text has a `javascript:` link or a click handler at all (a cheap test
    before the walk of `unknown_calls`)."""
    return _HANDLER_TEXT.search(text) is not None


def unknown_calls(root, known: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The helpers the page's links and click handlers call with literal arguments that no
    inline script of the page defines and that are not in `known` (the site's helpers)."""
    if not hasattr(root, "iter"):
        return set()
    defined = set(known)
    for script in root.iter("script"):
        if not script.get("src") and script.text:
            defined.update(a or b for a, b in _DEFINED.findall(script.text))
    called: set[str] = set()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        href = element.get("href") or ""
        code = element.get("onclick") or (href if href.strip().lower().startswith("javascript:") else "")
        match = _CALL.match(code) if code else None
        if match and match.group(1) not in defined and match.group(1) not in _BROWSER_CALLS:
            called.add(match.group(1))
    return called


# Rows carrying one data attribute with distinct values, at least, for a list opened by it.
MIN_DATA_ROWS = 3


def unopened_data_rows(root, known: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The data attributes (`data-id`) that list rows without a link of their own carry, with
    distinct values, and that neither the page's inline scripts nor `known` (the site's
    helpers) open: a handler in the site's script files may (`clicks.find_data_openers`)."""
    if not hasattr(root, "iter"):
        return set()
    carriers: dict[str, list] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if (name.startswith(DATA_HELPER_PREFIX) and name not in URL_ATTRIBUTES and name not in known
                    and value.strip()):
                carriers.setdefault(name, []).append(element)
    # Rows are judged (their text read) only for attributes enough elements carry.
    wanted = {name for name, elements in carriers.items() if len(elements) >= MIN_DATA_ROWS and len(
        {element.get(name).strip() for element in elements if is_data_row(element)}) >= MIN_DATA_ROWS}
    if wanted:
        inline = [script.text for script in root.iter("script") if not script.get("src") and script.text
                  and DATA_READ_MARK.search(script.text)]
        wanted -= set(find_data_openers(inline)) if inline else set()
    return wanted


def is_library(url: str) -> bool:
    """Whether a script file is a known library or a minified bundle, by its path."""
    return bool(_LIBRARY.search(urlsplit(url).path))


def _own_scripts(root, page_url: str):
    """(element, URL) of the page's `<script src>` files on its registrable domain that are not
    libraries, in page order, each once."""
    domain = registrable_domain(host_of(page_url))
    seen: set[str] = set()
    for script in root.iter("script"):
        src = (script.get("src") or "").strip()
        if not src or src.startswith(("data:", "javascript:")):
            continue
        url = urljoin(page_url, src)
        if (urlsplit(url).scheme in ("http", "https") and registrable_domain(host_of(url)) == domain
                and not is_library(url) and url not in seen):
            seen.add(url)
            yield script, url


def page_scripts(root, page_url: str) -> list[str]:
    """The page's `<script src>` files that may hold the site's helpers: on the page's
    registrable domain, not libraries, at most MAX_PAGE_SCRIPTS, in page order."""
    if not hasattr(root, "iter"):
        return []
    return [url for _, url in _own_scripts(root, page_url)][:MAX_PAGE_SCRIPTS]


# Script files of one page whose text may write or feed its list, at most.
MAX_INCLUDED_PER_PAGE = 3
# Names an inline script iterates over or cuts pages from: `$.each(deptJson, …)`,
# `deptJson.forEach(`, `for (var i in deptJson)`, `i < deptJson.length`,
# `articles.slice((p - 1) * per, p * per)`.
_ITERATED = re.compile(
    r"\$\.each\(\s*([A-Za-z_$][\w$]*)\s*,|\b([A-Za-z_$][\w$]*)\.(?:forEach|map|slice|filter)\s*\("
    r"|\bfor\s*\(\s*(?:var|let|const)?\s*[\w$]+\s+(?:in|of)\s+([A-Za-z_$][\w$]*)\s*\)"
    r"|<=?\s*([A-Za-z_$][\w$]*)\.length\b")
_PARAMETERS = re.compile(r"function\s*[\w$]*\s*\(([^)]*)\)|\(([^()]*)\)\s*=>|\b([A-Za-z_$][\w$]*)\s*=>")
# Elements a script writing a list's items sits in.
_LIST_PARENTS = frozenset(("ul", "ol", "dl", "table", "tbody", "td"))


def _writes_a_list(script) -> bool:
    """Whether a `<script src>` sits where a list's items go: in a list element, or alone in
    its container but for the box's heading (`<div><h3>县区政府网站</h3><script src=…>`); not a
    counter beside other text, `<span>阅读：<script src=hits.jsp>`."""
    parent = script.getparent()
    if parent is None or parent.tag in ("head", "body", "html") or "querydata" in {
            name.lower() for name in script.attrib}:
        return False  # a JPaaS `unitbuild.js` tag is read from its attributes (`apis`)
    if parent.tag in _LIST_PARENTS:
        return True
    others = [element for element in parent if element is not script]
    alone = (all(_is_heading(element) for element in others) and not (parent.text or "").strip()
             and not (script.tail or "").strip())
    return alone and parent.tag in ("div", "section", "article")


def _is_heading(element) -> bool:
    """A box's heading: `<h3>`, or a short element of text without links or scripts."""
    if not isinstance(element.tag, str):
        return True  # a comment
    if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return True
    return (element.tag in ("span", "strong", "b", "p", "div") and len(element) == 0
            and len("".join(element.itertext()).strip()) <= _HEADING_MAX_CHARS)


# An ES module's static import: `import { pageList } from '/static/js/api.js';`, `import './a.js';`.
_IMPORT = re.compile(r"""^[ \t]*import\s+(?:[\w$*{}\s,]+?\s+from\s+)?(['"])([^'"]+)\1[ \t]*;?""", re.M)
# What a module exports, declared in place, or listed (`export { a, b };`).
_EXPORTED = re.compile(
    r"^([ \t]*)export\s+(?:default\s+)?(?=(?:async\s+)?function\b|const\b|let\b|var\b|class\b)", re.M)
_EXPORT_LIST = re.compile(r"""^[ \t]*export\s*\{[^}]*\}\s*(?:from\s*(['"])[^'"]*\1)?[ \t]*;?""", re.M)


def is_module(script) -> bool:
    """Whether a `<script>` element is an ES module."""
    return (script.get("type") or "").strip().lower() == "module"


def module_imports(root, page_url: str) -> list[str]:
    """The script files the page's inline ES modules import, on the page's registrable domain."""
    if not hasattr(root, "iter"):
        return []
    domain = registrable_domain(host_of(page_url))
    found: list[str] = []
    for script in root.iter("script"):
        if is_module(script) and not script.get("src"):
            for match in _IMPORT.finditer(script.text or ""):
                url = urljoin(page_url, match.group(2))
                if urlsplit(url).scheme in ("http", "https") and registrable_domain(host_of(url)) == domain \
                        and url not in found:
                    found.append(url)
    return found


def as_classic_script(text: str) -> str:
    """An ES module's code as a classic script: its imports dropped (the files it imports are
    run before it, so their names are globals) and its exports plain declarations."""
    text = _IMPORT.sub("", text)
    text = _EXPORT_LIST.sub("", text)
    return _EXPORTED.sub(r"\1", text)


def included_scripts(root, page_url: str, known: frozenset[str] | set[str] = frozenset(),
                     imported: list[str] | None = None) -> list[str]:
    """Script files whose text belongs to the page's content, not in `known`: a `<script src>`
    placed where a list's items go (`<ul><script src="/js/col/fzzfjs.js">`, a list written by
    `document.write`), and, when an inline script iterates over a name that none of them
    defines (`$.each(deptJson, …)`), the page's own script files that may define it; and
    the files its ES modules import (`imported`, read before the modules were made classic
    scripts; else read here)."""
    if not hasattr(root, "iter"):
        return []
    scripts = list(root.iter("script"))
    inline = [script.text for script in scripts if not script.get("src") and script.text]
    iterated = {name for text in inline for match in _ITERATED.finditer(text)
                for name in match.groups() if name}
    wanted = bool(iterated) and bool(iterated - _defined_names(inline) - _BROWSER_GLOBALS)
    # A list left empty for a script to fill, and no inline script that asks for it: the
    # page's own files hold the code (`/js/xxgk_list.js` reading the list's `data-colid`).
    wanted = wanted or (has_empty_list(root) and not any(_ASKS.search(text) for text in inline))
    # The files the page's modules import: their code is the modules' (`import { pageList }`).
    imported = [url for url in (module_imports(root, page_url) if imported is None else imported)
                if url not in known]
    writes = any(script.get("src") and _writes_a_list(script) for script in scripts)
    if not wanted and not imported and not writes:
        return []  # the common case, decided without resolving a URL
    found: list[str] = imported[:MAX_INCLUDED_PER_PAGE]
    for script, url in _own_scripts(root, page_url):
        if (wanted or _writes_a_list(script)) and url not in known and url not in found:
            found.append(url)
    return found[:MAX_INCLUDED_PER_PAGE]


def has_empty_list(root) -> bool:
    """Whether the page holds a list element with no items (`<ul></ul>`, an empty `<tbody>`)."""
    return any(len(element) == 0 and not (element.text or "").strip()
               for element in root.iter("ul", "ol", "tbody"))


def _defined_names(inline: list[str]) -> set[str]:
    """Names the inline scripts define: functions, parameters, declared and assigned names."""
    defined = {a or b for text in inline for a, b in _DEFINED.findall(text)}
    defined |= {name.strip() for text in inline for match in _PARAMETERS.finditer(text)
                for group in match.groups() if group for name in group.split(",")}
    defined |= {match.group(1) for text in inline for match in _DECLARED.finditer(text)}
    return defined


def script_helpers(text: str) -> dict[str, Helper]:
    """The URL-building helpers a script file defines, with its string constants resolved."""
    return find_helpers([text])
