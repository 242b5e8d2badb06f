"""Links that a page's inline scripts hold: markup they write, and data they carry.

Older CMS templates write their lists with `document.write('<li><a href="…">…</a></li>')`
(or set `innerHTML`, or call jQuery's `.html(…)`/`.append(…)`), so the links are in string
literals, not in the tree. Newer pages carry their list as a data island, a literal object or
array assigned in an inline script (`window.__INITIAL_STATE__ = {…}`, `var listData = [{title,
url, date}, …]`, a server-rendered app's state returned by a function, `window.__NUXT__ =
(function (a) { return {…} }(null))`). `markup_fragments` joins the string literals passed
to such writers into the markup they write (values computed at run time are left out, so a
link built from one is dropped rather than guessed); `data_islands` parses the literals
assigned to names, to be read as a JSON answer is (`apis.json_fragments_and_records`);
`next_data` reads a Next.js page's `__NEXT_DATA__`, whose later list pages its router asks
for as `/_next/data/<buildId>/<path>.json`.
"""

from __future__ import annotations

import json
import re

from crawler.discovery.jsvalues import Unparsable, js_string, js_unescape, parse_js, skip_balanced

# Calls whose argument is markup written into the page.
_WRITER = re.compile(
    r"(?:\bdocument\.write(?:ln)?|\.innerHTML\s*[+]?=|\.insertAdjacentHTML|\.(?:html|append|prepend))\s*\(?")
_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'""")
_ESCAPE = re.compile(r"\\(.)")
# A literal assigned to a name: `window.X = {`, `var listData = [`, `X.list = [`; also the
# object a function returns at once, as server-rendered apps write their state
# (`window.__NUXT__ = (function (a, b) { return {…} }(null, false))`).
_ISLAND = re.compile(r"(?:^|[;\s{(])(?:var\s+|let\s+|const\s+)?[A-Za-z_$][\w$.]*\s*=\s*"
                     r"(?:\(\s*function\s*\([\w$,\s]*\)\s*\{\s*return\s+)?(?=[\[{])")
_RETURNED_STATE = re.compile(r"=\s*\(\s*function\s*\([\w$,\s]*\)\s*\{\s*return\s*\{")
# Scripts longer than this are libraries or bundles, not a page's own.
MAX_SCRIPT = 400_000
MAX_ISLANDS = 20
# Assignments tried as islands on one page, at most (a minified script has thousands).
MAX_ISLAND_TRIES = 200
# A `data-` attribute that holds JSON: `data-page="{&quot;component&quot;: …}"`.
_JSON_ATTRIBUTE = re.compile(r"""\sdata-[\w-]+\s*=\s*["']\s*[{\[]""")
_CODE_TYPES = ("text/javascript", "application/javascript", "javascript", "module")
# Script blocks that hold data (`application/ld+json` is a page's own metadata, not a list).
_JSON_TYPES = ("application/json", "text/json")


def may_hold_links(text: str) -> bool:
    """A cheap test before the scripts are read: a writer call, a literal assigned to a name
    next to a link-like key, or JSON held as data."""
    return ("document.write" in text or "innerHTML" in text or ".html(" in text or ".append(" in text
            or bool(re.search(r"""["']?(?:url|link|href|path)["']?\s*:""", text))
            or bool(_RETURNED_STATE.search(text)) or NEXT_DATA_ID in text
            or "application/json" in text or _JSON_ATTRIBUTE.search(text) is not None)


def _json_data(root) -> list[object]:
    """The JSON objects and arrays a page holds as data, not as code."""
    found: list[object] = []
    if not hasattr(root, "iter"):
        return found
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "script":
            is_json = (element.get("type") or "").strip().lower() in _JSON_TYPES
            texts = [element.text or ""] if is_json and element.get("id") != NEXT_DATA_ID else []
        else:
            texts = [value for key, value in element.attrib.items()
                     if key.startswith("data-") and value.lstrip()[:1] in ("{", "[") and len(value) >= 20]
        for text in texts:
            if len(text) > MAX_SCRIPT:
                continue
            try:
                value = json.loads(text)
            except ValueError:
                continue
            if isinstance(value, (dict, list)) and value:
                found.append(value)
                if len(found) >= MAX_ISLANDS:
                    return found
    return found


def _inline_scripts(root) -> list[str]:
    if not hasattr(root, "iter"):
        return []
    return [script.text for script in root.iter("script")
            if not script.get("src") and script.text and len(script.text) <= MAX_SCRIPT
            and (script.get("type") or "text/javascript").strip().lower() in _CODE_TYPES]


# Dean Edwards' packer: `eval(function(p,a,c,k,e,d){…}('payload', radix, count, 'w0|w1|…'.split('|'),0,{}))`.
_PACKED = re.compile(
    r"""eval\(function\(p,a,c,k,e,[dr]\)\{.*?\}\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*(\d+)\s*,\s*(\d+)\s*,"""
    r"""\s*'((?:[^'\\]|\\.)*)'\.split\(\s*'\|'\s*\)""", re.S)
PACKED_MARK = "eval(function(p,a,c,k,e,"
_PACKED_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
def unpacked(script: str) -> str:
    """A script with each part that Dean Edwards' packer packed (`eval(function(p,a,c,k,e,d)…`)
    replaced by the code it unpacks to, as the packer's own function would make it; other
    scripts as they are."""
    if PACKED_MARK not in script:
        return script
    def unpack(match: re.Match) -> str:
        payload, radix, count = js_string(match.group(1)), int(match.group(2)), int(match.group(3))
        words = js_string(match.group(4)).split("|")
        if not 2 <= radix <= len(_PACKED_DIGITS):
            return match.group(0)
        def word(token: re.Match) -> str:
            index = 0
            for char in token.group(0):
                digit = _PACKED_DIGITS.find(char)
                if digit < 0 or digit >= radix:
                    return token.group(0)
                index = index * radix + digit
            return words[index] if index < min(count, len(words)) and words[index] else token.group(0)
        return re.sub(r"\b\w+\b", word, payload, flags=re.ASCII)  # JavaScript's `\w`: ASCII only
    return _PACKED.sub(unpack, script)


def markup_fragments(root) -> list[str]:
    """The markup the page's inline scripts write, one fragment per writer call that writes a
    link."""
    fragments: list[str] = []
    for script in _inline_scripts(root):
        for match in _WRITER.finditer(script):
            start = match.end()
            if script[start - 1:start] == "(":
                try:
                    end = skip_balanced(script, start - 1, "(", ")")
                except Unparsable:
                    continue
            else:  # `el.innerHTML = '…' + '…';`
                end = script.find(";", start)
                end = len(script) if end < 0 else end
            argument = script[start:end]
            text = "".join(_ESCAPE.sub(r"\1", a or b) for a, b in _STRING.findall(argument))
            if "unescape(" in argument:
                text = js_unescape(text)  # `document.write(unescape("%3Cli%3E%3Ca%20href…"))`
            if "<a" in text.lower() and "href" in text.lower():
                fragments.append(text)
    return fragments


# The element a Next.js page keeps its props and build in (`<script id="__NEXT_DATA__"
# type="application/json">{"props": {"pageProps": …}, "buildId": …}</script>`).
NEXT_DATA_ID = "__NEXT_DATA__"


def next_data(root) -> dict | None:
    """A Next.js page's `__NEXT_DATA__`, or None."""
    if not hasattr(root, "iter"):
        return None
    for script in root.iter("script"):
        if script.get("id") == NEXT_DATA_ID and script.text:
            try:
                value = json.loads(script.text)
            except ValueError:
                return None
            return value if isinstance(value, dict) else None
    return None


def data_islands(root) -> list[object]:
    """The literal objects and arrays the page's inline scripts assign to names, and the JSON
    the page carries as data: `<script type="application/json">` blocks and JSON in `data-`
    attributes (Inertia.js's `<div id="app" data-page="{…}">`)."""
    islands: list[object] = _json_data(root)
    tries = 0
    for script in _inline_scripts(root):
        for match in _ISLAND.finditer(script):
            tries += 1
            if tries > MAX_ISLAND_TRIES:
                return islands
            try:
                value, _ = parse_js(script, match.end())
            except (Unparsable, RecursionError):
                continue
            if isinstance(value, (dict, list)) and value:
                islands.append(value)
                if len(islands) >= MAX_ISLANDS:
                    return islands
    return islands
