"""List pagers that are not links: forms that post the page number, and pagers scripts write.

Three shapes, from the CMSs of county sites: an ASP.NET pager whose page links call
`__doPostBack('AspNetPager1','3')`, which posts the page's form with `__EVENTTARGET` and
`__EVENTARGUMENT` set; a JSP or PHP list whose `goPage(3)` sets a hidden `pageNo` in a form
and submits it; and a pager a script writes from a page count
(`'<a href="?cid=x&page=' + i + '">'`, with `totalPage = 5`). Each gives the request for the
next page of the list; the CMS families turn it into a `PageRequest`. Only list pages are
paged (the caller checks that the page lists dated items), and only literal values are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from crawler.discovery.apis import API_SIZE_KEYS, API_TOTAL_KEYS
from crawler.discovery.clicks import find_values, function_definitions
from crawler.discovery.links import is_pagination_text
from vocabulary.keywords import NEXT_PAGE_TEXTS, PAGE_PARAMS
from vocabulary.patterns import SCRIPT_NAVIGATION, SHOWN_PAGE_COUNT

_POSTBACK = re.compile(r"""__doPostBack\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]*)['"]\s*\)""")
# A string literal in a script that ends a URL with a page parameter: `…&page=' + i`, also
# under a prefix (`p_pageIndex`).
_PAGE_NAMES = "(?:[A-Za-z]+_)?(?:" + "|".join(map(re.escape, PAGE_PARAMS)) + ")"
# A string literal that opens a link, the first token of a pager's concatenation.
_HREF_LITERAL = re.compile(r"""['"][^'"\n]*\bhref\s*=\s*\\?["']?[^'"\n]*['"]""")
# A script that goes to another page itself: `location.href = '…&page=' + obj.curr` (a layui
# pager's `jump`, a 转到 box's handler).
_NAVIGATION = re.compile(r"(?:(?:window|document|self|top)\.)?location(?:\.href)?\s*=(?!=)\s*"
                         r"|location\.(?:assign|replace)\(\s*")
# A callback given as an option: `onPageChange: function (num, type) {`, `jump: function(`.
# A handler bound to a pager's event: `.on("pageClicked", go)`.
_PAGE_EVENT = re.compile(r"""\.(?:on|bind)\(\s*['"][^'"]*(?:page|jump)""", re.I)
_CALLBACK_OPTION = re.compile(r"[{,]\s*[A-Za-z_$][\w$]*\s*:\s*function\s*\(")
_TOKEN = re.compile(r"""\s*('[^'\n]*'|"[^"\n]*"|([A-Za-z_$][\w$]*))""")
_PLUS = re.compile(r"\s*\+(?![+=])")
# The link's URL so far, when it ends with a page parameter: `?uid=482716&pageNum=`.
_HREF_OPEN = re.compile(r"""\bhref\s*=\s*\\?["']?([^"'<>\s]*)$""")
_PAGE_AT_END = re.compile(rf"[?&]({_PAGE_NAMES})=$")
_PAGER_MARK = re.compile(rf"""[?&](?:{_PAGE_NAMES})=['"]\s*\+""")
# The page count a script pager is written from.
_PAGE_COUNT = re.compile(r"\b(?:totalPages?|pageCount|countPage|pageTotal|pagecount|totalpage)"
                         r"\s*[=:]\s*['\"]?(\d+)", re.I)
# Numbers given to a pager as an object's fields (`laypage.render({count: 320, limit: 15})`).
_OBJECT_NUMBER = re.compile(r"\b([A-Za-z_$][\w$]*)\s*:\s*(\d+)\b")
_EVENT_FIELDS = ("__EVENTTARGET", "__EVENTARGUMENT")
# Markup a script writes into the page, and the words of a next-page link it may write.
_WRITES_MARKUP = re.compile(r"innerHTML\s*\+?=|document\.write|\.html\(")
_NEXT_WORDS = tuple(text for text in NEXT_PAGE_TEXTS if not text.isascii())


@dataclass(frozen=True)
class NextPage:
    """The request for the next page of a list."""

    url: str
    method: str
    form: tuple[tuple[str, str], ...]
    page_number: int
    bounded: bool = False


def _form_fields(form) -> list[tuple[str, str]]:
    """A form's inputs as a browser submits them (text and hidden inputs, selected options)."""
    fields = []
    for element in form.iter("input", "select", "textarea"):
        name = element.get("name")
        kind = (element.get("type") or "text").lower()
        if not name or kind in ("submit", "button", "image", "reset", "file"):
            continue
        if kind in ("checkbox", "radio") and element.get("checked") is None:
            continue
        if element.tag == "select":
            chosen = element.xpath(".//option[@selected]") or element.xpath(".//option")[:1]
            value = (chosen[0].get("value") or chosen[0].text or "") if chosen else ""
        else:
            value = element.get("value") or (element.text or "" if element.tag == "textarea" else "")
        fields.append((name, value))
    return fields


def _current(sent: tuple[tuple[str, str], ...], names: tuple[str, ...], default: int = 1) -> int:
    for name, value in sent:
        if name in names and value.isdigit():
            return int(value)
    return default


def postback_page(root, url: str, sent: tuple[tuple[str, str], ...]) -> NextPage | None:
    """An ASP.NET `__doPostBack` pager's next page: the form posted with the page's event."""
    form = next((f for f in root.iter("form") if f.xpath(".//input[@name='__VIEWSTATE']")), None)
    if form is None:
        return None
    current = _current(sent, ("__EVENTARGUMENT",))
    target = None
    for anchor in root.iter("a"):
        call = _POSTBACK.search(anchor.get("href") or anchor.get("onclick") or "")
        if call is None:
            continue
        text = "".join(anchor.itertext()).strip()
        argument = call.group(2)
        number = int(argument) if argument.isdigit() else None
        if number == current + 1 or (number is None and target is None and is_pagination_text(text)
                                     and text not in ("1", "首页")):
            target = (call.group(1), argument, number or current + 1)
            if number == current + 1:
                break
    if target is None:
        return None
    fields = [(k, v) for k, v in _form_fields(form) if k not in _EVENT_FIELDS]
    form_data = (("__EVENTTARGET", target[0]), ("__EVENTARGUMENT", target[1]), *fields)
    action = urljoin(url, form.get("action") or url)
    return NextPage(action, "POST", form_data, target[2])


def form_page(root, url: str, sent: tuple[tuple[str, str], ...]) -> NextPage | None:
    """A form with a page-number input, submitted by a script (`goPage(n)`): its next page."""
    for form in root.iter("form"):
        fields = _form_fields(form)
        names = [name for name, _ in fields if name in PAGE_PARAMS]
        if not names or any(name == "__VIEWSTATE" for name, _ in fields):
            continue
        page_name = names[0]
        shown = _current(tuple(fields), (page_name,))
        current = max(_current(sent, (page_name,), shown), shown)
        form_data = tuple((k, str(current + 1) if k == page_name else v) for k, v in fields)
        action = urljoin(url, form.get("action") or url)
        if (form.get("method") or "get").lower() == "post":
            return NextPage(action, "POST", form_data, current + 1)
        parts = urlsplit(action)
        return NextPage(urlunsplit((*parts[:3], urlencode(form_data), "")), "GET", (), current + 1)
    return None


def may_page_by_script(text: str) -> bool:
    """Whether a page's scripts may send the browser to a page of its list from a pager
    plugin's callback (`onPageChange: function (num) { location.href = … }`) or from a 转到
    box (`window.location = 'default_' + num + '.htm'` with `num` read from an input), for
    `sandbox.pager_pages`."""
    return ("location" in text and SCRIPT_NAVIGATION.search(text) is not None
            and (_CALLBACK_OPTION.search(text) is not None or ".value" in text or ".val()" in text
                 or _PAGE_EVENT.search(text) is not None))


def may_write_pager_markup(text: str) -> bool:
    """Whether a page's scripts may write its pager as markup (`h += '<a href="' + pageUrl(i +
    1) + '">下一页</a>'; el.innerHTML = h`), for `sandbox.written_pages`."""
    return _WRITES_MARKUP.search(text) is not None and any(word in text for word in _NEXT_WORDS)


def may_write_pager(text: str) -> bool:
    """Whether a page's scripts may write a pager: a page parameter closing a string literal
    that is continued (`'&pageNum=' + i`)."""
    return _PAGER_MARK.search(text) is not None


def script_pager_pages(scripts: list[str], url: str, text: str = "") -> list[NextPage]:
    """The pages of a pager a script writes, or goes to, from a page count (all of them from
    the first page when the count is given, can be worked out from a total and a page size, or
    is shown as 共N页 in `text`; else the page after this one).

    The page link is a concatenation (`'<a href="?uid=' + uid + '&pageNum=' + i + '">'`,
    `location.href = '/site/tpl/62?p_pageIndex=' + obj.curr`): the value after a page
    parameter is the page number, every other value must be a literal the script declares
    (`var uid = '482716';`).
    """
    values = find_values(scripts)
    for script in scripts:
        starts = [(match.start(), True) for match in _HREF_LITERAL.finditer(script)]
        starts += [(match.end(), False) for match in _NAVIGATION.finditer(script)]
        for start, in_link in starts:
            prefix = _page_link_prefix(script, start, values, in_link)
            if prefix is None:
                continue
            name, prefix = prefix
            last = _page_count(script, values)
            shown = SHOWN_PAGE_COUNT.search(text)
            last = last if last is not None else int(shown.group(1)) if shown else None
            current = dict(parse_qsl(urlsplit(url).query)).get(name, "1")
            current_number = int(current) if current.isdigit() else 1
            if last is None:
                number = current_number + 1
                return [NextPage(urljoin(url, f"{prefix}{number}"), "GET", (), number)]
            if current_number > 1:
                return []  # every page was asked for from the first
            return [NextPage(urljoin(url, f"{prefix}{number}"), "GET", (), number, bounded=True)
                    for number in range(2, last + 1)]
    return []


def _page_link_prefix(script: str, start: int, values: dict, in_link: bool = True) -> tuple[str, str] | None:
    """(page parameter, URL up to its value) of the page link a concatenation at `start`
    writes (in an `href`, or as the URL a script goes to), or None if it is not one or uses a
    value the script does not declare."""
    text = ""
    position = start
    while True:
        token = _TOKEN.match(script, position)
        if token is None:
            return None
        if token.group(2) is None:  # a string literal
            text += token.group(1)[1:-1]
        else:
            page = _PAGE_AT_END.search(text)
            opened = _HREF_OPEN.search(text) if in_link else re.match(r"[^\s'\"<>]*$", text)
            if page and opened:
                return page.group(1), opened.group(opened.lastindex or 0).replace("&amp;", "&")
            if token.group(2) not in values:
                return None
            text += str(values[token.group(2)])
        joiner = _PLUS.match(script, token.end())
        if joiner is None:
            return None
        position = joiner.end()


def _page_count(script: str, values: dict) -> int | None:
    """The number of pages a script pager writes: a page count, or a total over a page size."""
    count = _PAGE_COUNT.search(script)
    if count:
        return int(count.group(1))
    numbers = {name: int(value) for name, value in _OBJECT_NUMBER.findall(script)}
    numbers.update({name: value for name, value in values.items() if isinstance(value, int)})
    total = next((value for name, value in numbers.items() if name in API_TOTAL_KEYS), None)
    size = next((value for name, value in numbers.items() if name in API_SIZE_KEYS), None)
    return -(-total // size) if total and size else None


# A pager link that calls a page function: `href="javascript:goPage(2);"`.
_PAGER_CALL = re.compile(r"^\s*javascript:\s*([A-Za-z_$][\w$]*)\(\s*['\"]?(\d{1,4})['\"]?\s*\)\s*;?\s*$",
                         re.I)
# The same call anywhere in a page's text, to tell cheaply whether it may have such a pager.
_PAGER_CALL_IN_TEXT = re.compile(r"""javascript:\s*[A-Za-z_$][\w$]*\(\s*['"]?\d{1,4}['"]?\s*\)""", re.I)
# A page file name a page function builds from its parameter: `"index_" + p + ".jhtml"`.
_PAGE_FILE_PIECES = r"""(["'])([\w-]*[_-]?)\1\s*\+\s*{param}\s*\+\s*(["'])(\.\w{{2,6}})\3"""


def may_call_page_function(text: str) -> bool:
    """Whether a page's links may call a page function with a page number (`goPage(2)`)."""
    return _PAGER_CALL_IN_TEXT.search(text) is not None


def pager_calls(root) -> list[tuple[str, int]]:
    """The page-function calls of a list's pager links (`javascript:go(2)`), as (code, page
    number), one a number, in page order."""
    calls: dict[int, str] = {}
    for anchor in root.iter("a") if hasattr(root, "iter") else ():
        href = anchor.get("href") or ""
        call = _PAGER_CALL.match(href)
        if call and is_pagination_text("".join(anchor.itertext())) and int(call.group(2)) >= 2:
            calls.setdefault(int(call.group(2)), href.split(":", 1)[1].strip())
    return [(code, number) for number, code in sorted(calls.items())]


def helper_pager_pages(root, scripts: list[str], url: str) -> list[NextPage]:
    """The next page of a list whose pager links call a page function (`javascript:goPage(2)`)
    that builds the page's file name from its number (`"index_" + p + ".jhtml"`), next to this
    page's file: only the page after this one, since the walk goes on from there."""
    if not hasattr(root, "iter"):
        return []
    called = {}
    for anchor in root.iter("a"):
        call = _PAGER_CALL.match(anchor.get("href") or "")
        if call and is_pagination_text("".join(anchor.itertext())):
            called.setdefault(call.group(1), int(call.group(2)))
    if not called:
        return []
    for script in scripts:
        for name, parameters, body in function_definitions(script):
            if name not in called or len(parameters) != 1:
                continue
            pieces = re.search(_PAGE_FILE_PIECES.format(param=re.escape(parameters[0])), body)
            if pieces is None:
                continue
            stem, extension = pieces.group(2), pieces.group(4)
            path = urlsplit(url).path
            shown = re.search(rf"{re.escape(stem)}(\d+){re.escape(extension)}$", path)
            number = (int(shown.group(1)) if shown else 1) + 1
            return [NextPage(urljoin(url, f"{stem}{number}{extension}"), "GET", (), number)]
    return []
