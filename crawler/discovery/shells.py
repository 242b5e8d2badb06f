"""Articles served as JSON: what an article shell page loads, read as the page it shows.

Some sites serve one empty detail page for every article (`detail.html?id=7`) whose script
asks an API for the article (`/api/content/detail?id=7` → `{"data": {"title": …, "content":
"<p>…</p>", "publishDate": …, "source": …}}`) and writes it in. `apis.article_call_urls`
finds that call on the shell; `json_article` reads the answer, wherever the article sits in
it, by what its values look like: the longest text is the body, the value under a title key
(or else the shortest line of Chinese) the title, a date-like value under a date or time key
the date. `article_html` writes it as the page a browser would show, with the government
`<meta>` tags the field extraction reads, so that the answer goes through the same reading
as any article. `with_decoded_body` shows a page whose inline script decodes its body from
base64 (`$("#zoom").html(Base64.decode(content))`) or writes it escaped (`document.write(unescape(
"%3Cp%3E…"))`) as the browser would.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from dataclasses import dataclass

from crawler.discovery.jsvalues import js_unescape
from vocabulary.normalize import cjk_count
from vocabulary.patterns import LIST_DATE

# A body has at least this many Chinese characters.
MIN_ARTICLE_CHARACTERS = 120
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class JsonArticle:
    """An article read from a JSON answer."""

    title: str | None
    content: str  # HTML, or plain text with line breaks
    date: str | None = None
    source: str | None = None


def json_article(data) -> JsonArticle | None:
    """The article in a JSON answer: the object holding the longest text, if long enough."""
    best: tuple[int, dict, str] | None = None
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for item in value.values():
                if isinstance(item, str):
                    length = cjk_count(_TAG.sub("", item))
                    if length >= MIN_ARTICLE_CHARACTERS and (best is None or length > best[0]):
                        best = (length, value, item)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    if best is None:
        return None
    _, record, content = best
    return JsonArticle(_title(record, content), content, _keyed(record, ("date", "time"), _is_date),
                       _keyed(record, ("source", "publisher", "dept", "org"), _is_line))


def _is_line(value: str) -> bool:
    return 0 < len(value.strip()) <= 100 and "<" not in value and "\n" not in value.strip()


def _is_date(value: str) -> bool:
    return bool(LIST_DATE.match(value.strip()))


def _keyed(record: dict, words: tuple[str, ...], test) -> str | None:
    for key, value in record.items():
        if isinstance(value, str) and any(word in key.lower() for word in words) and test(value):
            return value.strip()
    return None


def _title(record: dict, content: str) -> str | None:
    titled = _keyed(record, ("title",), _is_line)
    if titled:
        return titled
    lines = [value.strip() for value in record.values()
             if isinstance(value, str) and value is not content and _is_line(value) and cjk_count(value) >= 4]
    return min(lines, key=len) if lines else None


def article_html(article: JsonArticle) -> str:
    """The article as the HTML page its shell would show."""
    content = article.content
    if "<" not in content:
        content = "".join(f"<p>{html.escape(line)}</p>" for line in content.splitlines() if line.strip())
    title = html.escape(article.title or "")
    metas = [("ArticleTitle", article.title), ("PubDate", article.date), ("ContentSource", article.source)]
    head = "".join(f'<meta name="{name}" content="{html.escape(value)}">' for name, value in metas if value)
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f'<body><h1>{title}</h1><div class="content">{content}</div></body></html>')


# An inline script that writes a body it decodes from base64: `var content = "PHA…";
# $("#zoom").html(Base64.decode(content));`, `el.innerHTML = atob("PHA…")`.
_DECODING_SCRIPT = re.compile(
    r"<script\b[^>]*>((?:(?!</script).)*?(?:Base64\.decode|atob)\s*\((?:(?!</script).)*)</script\s*>",
    re.S | re.I)
_DECODED_ARGUMENT = re.compile(
    r"""(?:Base64\.decode|atob)\s*\(\s*(?:(['"])([A-Za-z0-9+/=\s]+)\1|([A-Za-z_$][\w$]*))\s*\)""")
_UNESCAPING_SCRIPT = re.compile(
    r"""<script\b[^>]*>\s*document\.write(?:ln)?\(\s*unescape\(\s*(['"])([^'"]*)\1\s*\)\s*\)\s*;?\s*"""
    r"""</script\s*>""", re.I)
_STRING_VALUE = r"""\b(?:var|let|const)\s+{name}\s*=\s*(['"])([A-Za-z0-9+/=\s]+)\1"""


def with_decoded_body(text: str) -> str:
    """The page as a browser shows it when an inline script writes its body from base64
    (`$("#zoom").html(Base64.decode(content))`, `atob(…)`) or escaped (`document.write(unescape(
    "%3Cp%3E%u6CD5…"))`): the script replaced by the body it decodes, if that is an article's
    text; the page itself otherwise."""
    if "Base64.decode" not in text and "atob(" not in text and "unescape(" not in text:
        return text
    for script in _UNESCAPING_SCRIPT.finditer(text):
        # `document.write(unescape("%3Cp%3E%u6CD5…"))`: JavaScript's `escape()` form.
        decoded = js_unescape(script.group(2))
        if cjk_count(_TAG.sub("", decoded)) >= MIN_ARTICLE_CHARACTERS:
            return text[:script.start()] + f'<div class="decoded-body">{decoded}</div>' + text[script.end():]
    for script in _DECODING_SCRIPT.finditer(text):
        call = _DECODED_ARGUMENT.search(script.group(1))
        if call is None:
            continue
        encoded = call.group(2)
        if encoded is None:
            value = re.search(_STRING_VALUE.format(name=re.escape(call.group(3))), script.group(1))
            encoded = value.group(2) if value else None
        try:
            decoded = base64.b64decode("".join((encoded or "").split()), validate=True).decode("utf-8")
        except (ValueError, binascii.Error, UnicodeDecodeError):
            continue
        if cjk_count(_TAG.sub("", decoded)) >= MIN_ARTICLE_CHARACTERS:
            return text[:script.start()] + f'<div class="decoded-body">{decoded}</div>' + text[script.end():]
    return text
