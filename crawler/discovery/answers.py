"""The answers of list APIs: HTML fragments and records in them, and the request for the next page.

A list API answers with JSON (or JSONP) that holds HTML fragments (`{"data":{"html":"<ul>…"}}`)
or records with a title, a URL and a date (`{"list":[{"title":…,"url":…,"pubDate":…}]}`),
wherever they sit; some answer with XML files of records (`<list><record><title>…</title><url>…`),
read as the same nested data (`xml_data`). `json_fragments_and_records` finds both by what their
values look like;
`next_api_page` asks for the next page from the request that fetched this one, by the page
number in its query, form or JSON body (`pageNo`, JPaaS's `paramJson`), its offset, or a list
file's name (`page_2.json`), within the total or page count the answer states.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from lxml import etree

from crawler.discovery.apis import (
    API_CURSOR_KEYS,
    API_MORE_KEYS,
    API_NEXT_URL_KEYS,
    API_OFFSET_KEYS,
    API_OWN_PAGE_KEYS,
    API_PAGE_COUNT_KEYS,
    API_PAGE_KEYS,
    API_SIZE_KEYS,
    API_TOTAL_KEYS,
    ApiRequest,
    Names,
)
from vocabulary.keywords import PAGE_PARAMS
from vocabulary.normalize import cjk_count
from vocabulary.patterns import LIST_DATE

_URL_VALUE = re.compile(r"^(?:https?://|/|\.\.?/)[^\s'\"<>]*$")
_HTML_LINK = re.compile(r"<a\b", re.I)
# A page named by its file alone, beside the page that names it (`index_1.xml`).
_PAGE_FILE = re.compile(r"^[\w.-]+\.(?:s?html?|xml|json|jsp|php|aspx?)(?:\?[^\s'\"<>]*)?$", re.I)


# A JSONP answer's opening: `jQuery1830_1712(` followed by a literal.
JSONP_START = re.compile(r"\s*[A-Za-z_$][\w$.]*\s*\(\s*[\[{]")
# What a server puts before JSON so that no other site can run it as a script (XSSI): Angular's
# and Spring's `)]}',`, `while(1);`, `for(;;);`. The page's script cuts it before parsing.
XSSI_PREFIX = re.compile(r"^\s*(?:\)\]\}',?|while\s*\(\s*1\s*\)\s*;|for\s*\(\s*;\s*;\s*\)\s*;)\s*(?=[\[{])")


def parse_json(text: str):
    """The JSON value of an answer, or None if it is not JSON (JSONP `cb({...})` included).
    JSON encoded again as a string inside it (an ASP.NET page method's `{"d": "{\"rows\": …}"}`)
    is read as the value it encodes."""
    stripped = XSSI_PREFIX.sub("", text.strip(), count=1)
    if stripped[:1] not in "{[":
        jsonp = re.match(r"^[\w$.]+\s*\((.*)\)\s*;?$", stripped, re.S)
        if not jsonp:
            return None
        stripped = jsonp.group(1)
    try:
        return _decoded_strings(json.loads(stripped))
    except ValueError:
        return None


def decrypt_answer(text: str, cipher: tuple[str, str, str]) -> str | None:
    """An answer the asking page decodes (`apis.answer_cipher`: base64 of PKCS#7-padded AES,
    CBC or ECB, with the key and IV in its script, or of deflated data), decoded; None if it
    does not decode."""
    mode, key, iv = cipher
    try:
        raw = base64.b64decode(text.strip().strip('"'), validate=False)
        if mode == "INFLATE":
            # zlib, gzip or raw deflate, as pako's `inflate` and `ungzip` read them.
            for window in (zlib.MAX_WBITS, zlib.MAX_WBITS | 16, -zlib.MAX_WBITS):
                try:
                    return zlib.decompress(raw, window).decode("utf-8")
                except zlib.error:
                    continue
            return None
        algorithm = algorithms.AES(key.encode("utf-8"))
        chaining = modes.CBC(iv.encode("utf-8")) if mode == "CBC" else modes.ECB()
        decryptor = Cipher(algorithm, chaining).decryptor()
        unpadder = padding.PKCS7(128).unpadder()
        plain = unpadder.update(decryptor.update(raw) + decryptor.finalize()) + unpadder.finalize()
        return plain.decode("utf-8")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None


_BASE64 = re.compile(r"^[A-Za-z0-9+/]{22,}={0,2}$")


def decrypt_fields(data, cipher: tuple[str, str, str], depth: int = 0):
    """A JSON answer with each value the asking page decrypts (`{"code": 200, "data":
    "<base64>"}`) replaced by the JSON it holds."""
    if isinstance(data, dict) and depth < 3:
        return {key: decrypt_fields(value, cipher, depth + 1) for key, value in data.items()}
    if isinstance(data, str) and _BASE64.match(data.strip()):
        plain = decrypt_answer(data, cipher)
        decoded = parse_json(plain) if plain is not None else None
        return decoded if decoded is not None else data
    return data


# Strings holding JSON are decoded this many levels deep, at most.
_MAX_ENCODED_DEPTH = 3


def _decoded_strings(value, depth: int = 0):
    """`value` with each string that holds a JSON object or array replaced by what it holds."""
    if isinstance(value, dict):
        return {key: _decoded_strings(item, depth) for key, item in value.items()}
    if isinstance(value, list):
        return [_decoded_strings(item, depth) for item in value]
    if (isinstance(value, str) and depth < _MAX_ENCODED_DEPTH and value[:1] in "{["
            and value.rstrip()[-1:] in "}]"):
        try:
            return _decoded_strings(json.loads(value), depth + 1)
        except ValueError:
            return value
    return value


# Roots of XML documents that are not a list's records: pages, feeds, sitemaps, and Hanweb's
# `<datastore>` of HTML fragments (`HanwebFamily` reads it as it is).
_NOT_RECORDS_ROOTS = frozenset(("html", "rss", "feed", "RDF", "urlset", "sitemapindex", "datastore", "svg"))


def xml_data(text: str) -> dict | None:
    """An XML answer as the nested data a JSON answer would be: each element a dict of its
    children by tag (a repeated tag a list), a leaf its text; None if it is not XML, or is a
    page, a feed or a sitemap."""
    # The text is decoded already: its declaration's encoding no longer applies.
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True,
                             encoding="utf-8")
    try:
        root = etree.fromstring(text.strip().encode("utf-8"), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str) or etree.QName(root).localname in _NOT_RECORDS_ROOTS:
        return None
    return {etree.QName(root).localname: _element_data(root)}


def _element_data(element) -> dict | str:
    children = [child for child in element if isinstance(child.tag, str)]
    if not children and not element.attrib:
        return (element.text or "").strip()
    # Attributes are fields too (`<page current="1" total="2" next="index_1.xml"/>`).
    data: dict = {etree.QName(key).localname: value for key, value in element.attrib.items()}
    if not children:
        if (element.text or "").strip():
            data.setdefault("text", element.text.strip())
        return data
    for child in children:
        tag, value = etree.QName(child).localname, _element_data(child)
        if tag not in data:
            data[tag] = value
        elif isinstance(data[tag], list):
            data[tag].append(value)
        else:
            data[tag] = [data[tag], value]
    return data


@dataclass(frozen=True)
class Record:
    """An item of a JSON list: its URL, title and date."""

    url: str
    title: str
    date: str | None


def _record(item: dict, base_url: str) -> Record | None:
    """The URL, title and date of a JSON record, found by what its values look like."""
    url, title, date = _record_parts(item)
    if url is None or title is None:
        return None
    return Record(urljoin(base_url, url), title, date)


def _record_parts(item: dict) -> tuple[str | None, str | None, str | None]:
    """(URL, title, date) of a record, each None when no value looks like one."""
    url = title = date = None
    for key, value in item.items():
        if isinstance(value, dict):
            # A field held in an object of one string (WordPress's `"title": {"rendered": …}`).
            strings = [inner for inner in value.values() if isinstance(inner, str)]
            value = strings[0] if len(strings) == 1 else None
        if not isinstance(value, str):
            continue
        lowered = key.lower()
        if url is None and _URL_VALUE.match(value.strip()) and ("url" in lowered or "link" in lowered
                                                             or "href" in lowered or "path" in lowered):
            url = value.strip()
        elif date is None and (dated := LIST_DATE.match(value.strip())):
            date = dated.group(0)
        elif cjk_count(value) >= 4 and "<" not in value and (title is None or (
                "title" in lowered and "title" not in (title[0] or ""))):
            title = (lowered, value.strip())
    if url is None:
        url = next((v.strip() for v in item.values() if isinstance(v, str)
                    and _URL_VALUE.match(v.strip()) and re.search(r"\.s?html?|\.jhtml|\.jsp", v)), None)
    return url, title[1] if title else None, date


def routed_records(data, paths: tuple[tuple[str, str, str], ...], base_url: str) -> list[Record]:
    """Records anywhere in `data` that carry a title but no URL, made links by the pages an app
    opens for them (`apps.AppParts.record_paths`: `"/detail/" + t.id`), the first path whose
    field the record has."""
    records: list[Record] = []
    stack = [data]
    while stack and paths:
        value = stack.pop()
        if isinstance(value, dict):
            url, title, date = _record_parts(value)
            if url is None and title is not None:
                for before, field, after in paths:
                    key = value.get(field)
                    if isinstance(key, (str, int)) and not isinstance(key, bool) and str(key).strip():
                        records.append(Record(urljoin(base_url, f"{before}{key}{after}"), title, date))
                        break
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))
    return records


def unlinked_records(data) -> int:
    """How many records in `data` carry a title but no URL (items an app's script makes links)."""
    count, stack = 0, [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            url, title, _ = _record_parts(value)
            count += url is None and title is not None
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return count


def json_fragments_and_records(data, base_url: str) -> tuple[list[str], list[Record]]:
    """HTML fragments holding links, and records with a URL and a title, anywhere in `data`."""
    fragments: list[str] = []
    records: list[Record] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            record = _record(value, base_url)
            if record is not None:
                records.append(record)
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            record = _row_record(value, base_url)
            if record is not None:
                records.append(record)  # `[url, title, date]`, a row of a list of arrays
            else:
                stack.extend(reversed(value))
        elif isinstance(value, str) and _HTML_LINK.search(value):
            fragments.append(value)
    return fragments, records


def _row_record(row: list, base_url: str) -> Record | None:
    """A record written as an array of strings (`["/art/1.html", "某县…报告", "2024-03-28"]`)."""
    if not 2 <= len(row) <= 8 or not all(isinstance(item, str) for item in row):
        return None
    url = next((item.strip() for item in row if _URL_VALUE.match(item.strip())), None)
    if url is None:
        return None
    others = {f"item{index}": item for index, item in enumerate(row) if item.strip() != url}
    return _record({"url": url, **others}, base_url)


def next_page_url(data, base_url: str) -> str | None:
    """The URL of the next page a paginator's answer names (`"next_page_url": "…?page=3"`),
    if it names one."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if key in API_NEXT_URL_KEYS and isinstance(item, str) and (
                        _URL_VALUE.match(item.strip()) or _PAGE_FILE.match(item.strip())
                        or item.strip().startswith("?")):
                    return urljoin(base_url, item.strip())
            stack.extend(item for item in value.values() if isinstance(item, dict))
    return None


def find_number(data, keys: tuple[str, ...]) -> int | None:
    """The first number under one of `keys` anywhere in `data` (a digit string counts)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if key in keys and isinstance(item, int) and not isinstance(item, bool):
                    return item
                if key in keys and isinstance(item, str) and item.isdigit():
                    return int(item)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value[:3])
    return None


def next_api_page(url: str, method: str, form: tuple[tuple[str, str], ...], body: str,
                  data, shown: int) -> tuple[ApiRequest, int, bool] | None:
    """The request for the next page of a JSON list, from the request that fetched this one.

    The page number is looked for in the query (also inside a JSON-valued parameter such as
    JPaaS's `paramJson`), the form or the JSON body, under the usual names.

    Returns:
        ((url, method, form, JSON body), the next page's number, whether the answer's total
        bounds the walk), or None when there is no next page (or no page number to change).
    """
    if shown == 0:
        return None
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(key in API_CURSOR_KEYS for key, _ in (*query, *form)):
        # A list paged by cursor: the answer names the next one (no count bounds the walk);
        # one it does not move on, or `"hasMore": false`, is the list's end.
        if (moved := _follow_cursor(query, data)) is not None:
            moved_url = urlunsplit((*parts[:3], urlencode(moved), ""))
            return (moved_url, method, form, body), CURSOR_PAGE_NUMBER, False
        if (moved := _follow_cursor(list(form), data)) is not None:
            return (url, method, tuple(moved), body), CURSOR_PAGE_NUMBER, False
        return None
    changed = _bump_pairs(query)
    request = None
    if changed is not None:
        pairs, number = changed
        request = (urlunsplit((*parts[:3], urlencode(pairs), "")), method, form, body)
    elif form and (changed := _bump_pairs(list(form))) is not None:
        pairs, number = changed
        request = (url, method, tuple(pairs), body)
    elif body:
        try:
            payload = json.loads(body)
        except ValueError:
            return None
        bumped = _bump_json(payload)
        if bumped is None:
            return None
        payload, number = bumped
        request = (url, method, form, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
    elif (moved := _bump_path(parts.path, data)) is not None:
        path, number = moved
        request = (urlunsplit((*parts[:2], path, parts.query, "")), method, form, body)
    if request is None:
        return None
    asked = [(key, value) for key, value in (*query, *form) if key in API_SIZE_KEYS and value.isdigit()]
    more = more_pages(data, number, shown, int(asked[0][1]) if asked else None)
    return None if more is False else (request, number, more is True)


def more_pages(data, number: int, shown: int, asked_size: int | None = None) -> bool | None:
    """Whether a list has a page `number` after the answer `data` (that showed `shown` items),
    by the page count or the total it gives; None when it gives neither."""
    pages = find_number(data, API_PAGE_COUNT_KEYS)
    total = find_number(data, API_TOTAL_KEYS)
    size = find_number(data, API_SIZE_KEYS) or asked_size or shown
    if pages is None and total is not None and total < (number - 2) * size + shown:
        pages = total  # fewer "total" than the items shown so far: it counts pages, not items
    if pages is not None:
        return number <= pages
    if total is not None:
        return (number - 1) * size < total
    return None


# The page number a cursor's next page is asked as: unknown, so the walk is the paging
# policy's to stop (new, recent items), not a page count's.
CURSOR_PAGE_NUMBER = 2


def _follow_cursor(pairs: list[tuple[str, str]], data) -> list[tuple[str, str]] | None:
    """The pairs with their cursor (`lastId`) moved to the one the answer names under the same
    name (else under a cursor's name of its own: `lastId` sent, `nextCursor` answered), or None
    when it names none, the same one, or says no more items follow."""
    if find_value(data, API_MORE_KEYS) in (False, "false", 0, "0"):
        return None
    for index, (key, value) in enumerate(pairs):
        if key in API_CURSOR_KEYS:
            following = find_value(data, Names(key))
            if following is None:
                following = find_value(data, API_CURSOR_KEYS)
            if isinstance(following, (str, int)) and not isinstance(following, bool) and str(following) \
                    and str(following) != value:
                return [*pairs[:index], (key, str(following)), *pairs[index + 1:]]
    return None


def find_value(data, keys, depth: int = 3):
    """The first scalar under one of `keys` in the objects of `data`, `depth` levels down at most."""
    level = [data]
    for _ in range(depth):
        following = []
        for value in level:
            if isinstance(value, dict):
                for key, item in value.items():
                    if key in keys and not isinstance(item, (dict, list)):
                        return item
                    following.append(item)
        level = following
    return None


# A list file named by its page number (`page_2.json`, `list-3.js`, `p4.json`).
_PAGE_FILE = re.compile(r"(?<![^/])(page|list|index|p|data)([_-]?)(\d{1,4})(\.\w+)$", re.I)


def _bump_path(path: str, data) -> tuple[str, int] | None:
    """A list file's path with its page number one higher (`…/data/page_1.json` → `page_2.json`),
    when its name says it is a page of a list, or the answer gives the same page number."""
    name = path.rsplit("/", 1)[-1]
    match = _PAGE_FILE.search(name)
    own = find_number(data, API_OWN_PAGE_KEYS)
    if match is None:
        numbers = list(re.finditer(r"\d{1,4}", name))
        if own is None or not numbers or int(numbers[-1].group(0)) != own:
            return None
        last = numbers[-1]
        number = own + 1
        return path[:len(path) - len(name) + last.start()] + str(number) + name[last.end():], number
    number = int(match.group(3)) + 1
    start = len(path) - len(name) + match.start(3)
    return path[:start] + str(number) + path[start + len(match.group(3)):], number


def _bump_pairs(pairs: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], int] | None:
    """The pairs with their page number one higher (directly, or inside a JSON value), or
    their offset one page further."""
    offset = bump_offset(pairs)
    if offset is not None:
        return offset
    for index, (key, value) in enumerate(pairs):
        if (key in API_PAGE_KEYS or key in PAGE_PARAMS) and value.isdigit():
            number = int(value) + 1
            return [*pairs[:index], (key, str(number)), *pairs[index + 1:]], number
        bumped = _bump_json_text(value)
        if bumped is not None:
            return [*pairs[:index], (key, bumped[0]), *pairs[index + 1:]], bumped[1]
    return None


def bump_offset(pairs: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], int] | None:
    """The pairs of a list paged by offset (`offset=8&limit=8`) moved on by one page, and the
    new page's number; None without both an offset and a size."""
    sizes = [int(value) for key, value in pairs if key in API_SIZE_KEYS and value.isdigit() and int(value)]
    for index, (key, value) in enumerate(pairs):
        if key in API_OFFSET_KEYS and value.isdigit() and sizes:
            start = int(value) + sizes[0]
            return [*pairs[:index], (key, str(start)), *pairs[index + 1:]], start // sizes[0] + 1
    return None


def _bump_json(payload, depth: int = 0) -> tuple[object, int] | None:
    """A JSON object with its page number one higher: directly, in an object inside it
    (GraphQL's `{"query": …, "variables": {"page": 1}}`, `{"pagination": {"pageNo": 1}}`), or
    inside a JSON string."""
    if not isinstance(payload, dict) or depth > 3:
        return None
    for key, value in payload.items():
        if key in API_PAGE_KEYS and isinstance(value, int) and not isinstance(value, bool):
            return {**payload, key: value + 1}, value + 1
    for key, value in payload.items():
        if isinstance(value, dict):
            bumped = _bump_json(value, depth + 1)
        else:
            bumped = _bump_json_text(value) if isinstance(value, str) else None
        if bumped is not None:
            return {**payload, key: bumped[0]}, bumped[1]
    return None


def _bump_json_text(value: str) -> tuple[str, int] | None:
    """JSON text (JPaaS's `paramJson`) with its page number one higher, or None."""
    if not value.startswith("{"):
        return None
    try:
        bumped = _bump_json(json.loads(value))
    except ValueError:
        return None
    if bumped is None:
        return None
    return json.dumps(bumped[0], ensure_ascii=False, separators=(",", ":")), bumped[1]
