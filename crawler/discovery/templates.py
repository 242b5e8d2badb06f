"""How a page's scripts write a JSON API's records into list items, read as templates.

A list API may answer with records that carry an id but no URL (`{"infoId": "2024…",
"title": …}`); the page's script makes each record a list item: a string concatenation
(`'<li><a href="' + detailUrl(r.infoId) + '">' + r.title + '</a>'`), a template literal
(`` `<a href="/c/${item.id}.html">${item.title}</a>` ``) or a template block
(`<script type="text/html">…<a href="/c/{{value.id}}.html">…`). This module reads such item
templates from a page and renders them for each record of an answer, so that the items'
links are read as any list's. Only literals, record fields, their `substring`/`substr`/
`slice`, the URL-building helpers the page defines (`clicks.find_helpers`), the script's
local variables (`const url = '/art/' + …`) and the parts of a `new Date(field)`
(`getFullYear()`, `getMonth() + 1`, `getDate()`, as Hanweb's `/art/YYYY/M/D/` paths are
built) are evaluated. An unknown call around a field in the item's text (a date formatter) renders the
field as it is; anything unknown inside a URL attribute drops the template: a wrong URL costs
a request, a guessed one trust.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from crawler.discovery.clicks import Helper, find_helpers, js_slice
from vocabulary.patterns import JS_NAME, JS_NUMBER

# A template is used only when a literal part of it opens a link.
_LINK_MARKUP = re.compile(r"<a\b|\bhref\s*=", re.I)
# Inside an attribute whose value is a URL or the code that opens one.
_OPEN_URL_ATTRIBUTE = re.compile(
    r"""\b(?:href|src|onclick|data-[\w-]+|_href)\s*=\s*\\?["']?[^"'<>]*$""", re.I)
_SLICING = ("substring", "substr", "slice")
# Template blocks: `<script type="text/html">` and its kin, with `{{…}}` holes.
_BLOCK_TYPES = ("text/html", "text/template", "text/x-template", "text/x-handlebars-template")
_HOLE = re.compile(r"\{\{(.*?)\}\}", re.S)
# Control statements of template languages (art-template, laytpl, mustache).
_CONTROL = re.compile(r"^\s*(?:#|/|each\b|if\b|else\b|include\b|\^)")
# Names that stand for the record itself rather than a field.
_ITEM_WORDS = frozenset(("$value", "value", "item", "d", "this", "row", "r", "obj", "data", "v"))
# Where a string literal or template literal starts.
_STRING_START = re.compile(r"['\"`]")
# At most this many templates per page travel with its API requests.
MAX_TEMPLATES = 3
# `const name = …` / `let` / `var`: a local variable a template may use.
_ASSIGNMENT = re.compile(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?!=)")
_NEW_DATE = re.compile(r"new\s+Date\s*\(")
# The `Date` getters a URL is built from, as pieces of kind ("field", name, "date", (part, add)).
_DATE_PARTS = {"getFullYear": "year", "getMonth": "month0", "getDate": "day"}
# A record's time as a number is milliseconds since the epoch; the browsers that build these
# URLs run on China Standard Time.
_CHINA_TIME = dt.timezone(dt.timedelta(hours=8))
_DATE_TEXT = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")

Piece = tuple  # ("text", value) | ("field", name, method, bounds)


class _NotTemplate(ValueError):
    """Script text that is not a template this module can evaluate."""


@dataclass(frozen=True)
class ItemTemplate:
    """A list item as a script writes it: text and record fields, with the page's helpers."""

    pieces: tuple[Piece, ...]
    helpers: tuple[tuple[str, Helper], ...] = ()
    # Values of names that are not the record's: the arguments of the function that asked for
    # the list (`loadList(t, p)` writing `'&newType=' + t`), as the call was read with them.
    defaults: tuple[tuple[str, str], ...] = ()
    # The URL of the page whose script writes the items: relative URLs in them are its.
    base: str = ""

    @property
    def fields(self) -> frozenset[str]:
        """The record fields the template needs (those it has defaults for aside)."""
        given = {name for name, _ in self.defaults}
        return frozenset(piece[1] for piece in self.pieces if piece[0] == "field" and piece[1] not in given)

    def render(self, record: dict) -> str | None:
        """The item's markup for one record, or None if the record lacks a field."""
        parts = []
        defaults = dict(self.defaults)
        for piece in self.pieces:
            if piece[0] == "text":
                parts.append(piece[1])
                continue
            _, name, method, bounds = piece
            value = record.get(name, defaults.get(name))
            if value is None or isinstance(value, (dict, list)):
                return None
            if method == "date":
                part = date_part(value, *bounds)
                if part is None:
                    return None
                parts.append(part)
                continue
            parts.append(html.escape(js_slice(str(value), method, bounds)))
        return "".join(parts)

    def helper_map(self) -> dict[str, Helper]:
        return dict(self.helpers)


def date_part(value, part: str, add: int) -> str | None:
    """`new Date(value).getFullYear()` (or `getMonth()`, `getDate()`) plus `add`, as text;
    for `iso`, the whole date (YYYY-MM-DD). None when the value is not a time."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()):
        try:
            when = dt.datetime.fromtimestamp(int(value) / 1000, _CHINA_TIME)
        except (OverflowError, OSError, ValueError):
            return None
        year, month, day = when.year, when.month, when.day
    else:
        match = _DATE_TEXT.search(str(value))
        if match is None:
            return None
        year, month, day = (int(group) for group in match.groups())
    if part == "iso":
        return f"{year:04d}-{month:02d}-{day:02d}"
    number = {"year": year, "month0": month - 1, "day": day}[part]
    return str(number + add)


# --- reading scripts ------------------------------------------------------------------------


class _Reader:
    """A cursor over one script that parses string expressions into template pieces."""

    def __init__(self, text: str, helpers: dict[str, Helper]):
        self.text = text
        self.helpers = helpers
        # The script's local variables: a string expression's pieces, or a date's field.
        self.variables: dict[str, list[Piece]] = {}
        self.dates: dict[str, str] = {}

    def read_variables(self) -> None:
        """Note the script's `const`/`let`/`var` strings and `new Date(field)`s, in order."""
        for assignment in _ASSIGNMENT.finditer(self.text):
            name, position = assignment.group(1), assignment.end()
            date = _NEW_DATE.match(self.text, position)
            try:
                if date:
                    pieces, end = self.chain(date.end())
                    if len(pieces) == 1 and pieces[0][0] == "field" and not pieces[0][2]:
                        self.dates[name] = pieces[0][1]
                    continue
                pieces, end = self.chain(position)
            except _NotTemplate:
                continue
            # Only a whole right-hand side: `const a = b + c;`, not `var x = f(y) || z`.
            if self.text[end:].lstrip(" \t")[:1] in (";", "\n", "\r", ""):
                self.variables[name] = pieces

    def skip(self, position: int) -> int:
        while position < len(self.text) and self.text[position] in " \t\r\n":
            position += 1
        return position

    def chain(self, position: int) -> tuple[list[Piece], int]:
        """A `+` concatenation starting at `position`: its pieces and where it ends."""
        pieces: list[Piece] = []
        while True:
            term, position = self.term(position, pieces)
            if (len(pieces) == 1 and pieces[0][0] == "field" and pieces[0][2] == "date"
                    and len(term) == 1 and term[0][0] == "text" and JS_NUMBER.fullmatch(term[0][1])):
                # A date's number plus a number is a sum (`d.getMonth() + 1`), as in JavaScript
                # while the chain has not yet met a string.
                _, name, _, (part, add) = pieces[0]
                pieces[0] = ("field", name, "date", (part, add + int(float(term[0][1]))))
            else:
                pieces.extend(term)
            after = self.skip(position)
            if (after < len(self.text) and self.text[after] == "+"
                    and self.text[after + 1:after + 2] not in ("+", "=")):
                position = after + 1
                continue
            return pieces, position

    def term(self, position: int, before: list[Piece]) -> tuple[list[Piece], int]:
        position = self.skip(position)
        if position >= len(self.text):
            raise _NotTemplate("end of script")
        char = self.text[position]
        if char in "'\"":
            value, end = self.string(position)
            return [("text", value)], end
        if char == "`":
            return self.template_literal(position)
        if char == "(":
            pieces, end = self.chain(position + 1)
            end = self.skip(end)
            if end >= len(self.text) or self.text[end] != ")":
                raise _NotTemplate("unclosed parenthesis")
            return pieces, end + 1
        number = JS_NUMBER.match(self.text, position)
        if number:
            return [("text", number.group(0))], number.end()
        if JS_NAME.match(self.text, position):
            return self.expression(position, before)
        raise _NotTemplate(f"unexpected {char!r}")

    def string(self, position: int) -> tuple[str, int]:
        quote, index, out = self.text[position], position + 1, []
        while index < len(self.text):
            char = self.text[index]
            if char == "\\" and index + 1 < len(self.text):
                out.append(self.text[index + 1])
                index += 2
                continue
            if char == quote:
                return "".join(out), index + 1
            if char == "\n":
                break
            out.append(char)
            index += 1
        raise _NotTemplate("open string")

    def template_literal(self, position: int) -> tuple[list[Piece], int]:
        pieces: list[Piece] = []
        index, text = position + 1, []
        while index < len(self.text):
            char = self.text[index]
            if char == "\\" and index + 1 < len(self.text):
                text.append(self.text[index + 1])
                index += 2
            elif char == "`":
                pieces.append(("text", "".join(text)))
                return pieces, index + 1
            elif self.text.startswith("${", index):
                pieces.append(("text", "".join(text)))
                text = []
                inner, end = self.chain(index + 2)
                end = self.skip(end)
                if end >= len(self.text) or self.text[end] != "}":
                    raise _NotTemplate("unclosed ${")
                pieces.extend(inner)
                index = end + 1
            else:
                text.append(char)
                index += 1
        raise _NotTemplate("open template literal")

    def expression(self, position: int, before: list[Piece]) -> tuple[list[Piece], int]:
        """A name path with calls: a record field, a helper's URL, or a sliced field."""
        names: list[str] = []
        pieces: list[Piece] | None = None
        index = position
        while True:
            name = JS_NAME.match(self.text, index)
            if not name:
                raise _NotTemplate("name expected")
            index = name.end()
            word = name.group(0)
            if self.text.startswith("(", index):
                arguments, index = self.arguments(index + 1)
                pieces = self.call(names, word, arguments, pieces, before)
                names = []
            else:
                names.append(word)
            # Index steps: data[i], item["id"].
            while self.text.startswith("[", index):
                close = self.text.find("]", index)
                if close < 0:
                    raise _NotTemplate("unclosed index")
                key = self.text[index + 1:close].strip()
                if key[:1] in "'\"" and key[-1:] == key[:1]:
                    names.append(key[1:-1])
                index = close + 1
            if self.text.startswith(".", index) and JS_NAME.match(self.text, index + 1):
                index += 1
                continue
            break
        if pieces is None:
            field = names[-1] if names else ""
            if len(names) == 1 and field in self.variables:
                return list(self.variables[field]), index
            if not field or (len(names) == 1 and field in _ITEM_WORDS):
                raise _NotTemplate("no field")
            pieces = [("field", field, None, ())]
        return pieces, index

    def arguments(self, position: int) -> tuple[list[list[Piece]], int]:
        arguments: list[list[Piece]] = []
        position = self.skip(position)
        if self.text.startswith(")", position):
            return arguments, position + 1
        while True:
            pieces, position = self.chain(position)
            arguments.append(pieces)
            position = self.skip(position)
            if self.text.startswith(",", position):
                position += 1
                continue
            if self.text.startswith(")", position):
                return arguments, position + 1
            raise _NotTemplate("argument list")

    def call(self, names: list[str], word: str, arguments: list[list[Piece]],
             target: list[Piece] | None, before: list[Piece]) -> list[Piece]:
        """The pieces of `names.word(arguments)`: slicing, a helper, a date's part, or an
        unknown call."""
        if len(names) == 1 and names[0] in self.dates and target is None:
            if word in _DATE_PARTS:
                return [("field", self.dates[names[0]], "date", (_DATE_PARTS[word], 0))]
            if not _OPEN_URL_ATTRIBUTE.search(_joined_text(before)):
                # `d.toLocaleDateString()` and other formatters in the item's text: the date.
                return [("field", self.dates[names[0]], "date", ("iso", 0))]
        if word in _SLICING and (names or target):
            base = target if target is not None else [("field", names[-1], None, ())]
            bounds = tuple(int(a[0][1]) for a in arguments if len(a) == 1 and a[0][0] == "text"
                           and JS_NUMBER.fullmatch(a[0][1]))
            if len(base) != 1 or base[0][0] != "field" or base[0][2] or len(bounds) != len(arguments):
                raise _NotTemplate("slice of an expression")
            return [("field", base[0][1], word, bounds)]
        if not names and word in self.helpers:
            helper = self.helpers[word]
            pieces: list[Piece] = []
            for piece in helper.pieces:
                if piece[0] == "literal":
                    pieces.append(("text", piece[1]))
                    continue
                _, index, method, bounds = piece
                argument = arguments[index] if index < len(arguments) else None
                if not argument or len(argument) != 1:
                    raise _NotTemplate("helper argument")
                if argument[0][0] == "text":
                    pieces.append(("text", js_slice(argument[0][1], method, bounds)))
                elif method and argument[0][2]:
                    raise _NotTemplate("slice of a slice")
                else:
                    pieces.append(("field", argument[0][1], method or argument[0][2],
                                   bounds if method else argument[0][3]))
            return pieces
        # An unknown call: its one field as it is, unless the call makes a URL.
        if _OPEN_URL_ATTRIBUTE.search(_joined_text(before)):
            raise _NotTemplate(f"unknown call {word} in a URL")
        fields = [piece for argument in arguments for piece in argument if piece[0] == "field"]
        return fields[:1] if fields else [("text", "")]


def _joined_text(pieces: list[Piece]) -> str:
    return "".join(piece[1] if piece[0] == "text" else "x" for piece in pieces)


def _usable(pieces: list[Piece]) -> bool:
    text = "".join(piece[1] for piece in pieces if piece[0] == "text")
    return bool(_LINK_MARKUP.search(text)) and any(piece[0] == "field" for piece in pieces)


def _merged(pieces: list[Piece]) -> tuple[Piece, ...]:
    merged: list[Piece] = []
    for piece in pieces:
        if piece[0] == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", merged[-1][1] + piece[1])
        elif piece != ("text", ""):
            merged.append(piece)
    return tuple(merged)


def _templates_in_script(script: str, helpers: dict[str, Helper]) -> list[tuple[Piece, ...]]:
    """Concatenations and template literals in a script that write a link from fields."""
    reader = _Reader(script, helpers)
    reader.read_variables()
    found: list[tuple[Piece, ...]] = []
    position = 0
    while position < len(script):
        match = _STRING_START.search(script, position)
        if match is None:
            break
        start = match.start()
        previous = script[:start].rstrip()[-1:]
        try:
            if previous == "+":
                raise _NotTemplate("inside a chain read before")
            pieces, end = reader.chain(start)
        except _NotTemplate:
            # Past this string only; a chain that failed may hold a shorter good one.
            try:
                end = (reader.string(start)[1] if script[start] != "`"
                       else reader.template_literal(start)[1])
            except _NotTemplate:
                end = start + 1
            position = end
            continue
        if _usable(pieces):
            found.append(_merged(pieces))
        position = max(end, start + 1)
    return found


def _templates_in_block(block: str) -> tuple[Piece, ...] | None:
    """A `{{…}}` template block (art-template, laytpl, mustache) as pieces."""
    pieces: list[Piece] = []
    position = 0
    for hole in _HOLE.finditer(block):
        pieces.append(("text", block[position:hole.start()]))
        position = hole.end()
        # `{{value.date | dateFormat}}`: the value before its filters.
        code = hole.group(1).strip().lstrip("=@&{").rstrip("}").split("|")[0].strip()
        if _CONTROL.match(code):
            continue
        path = re.fullmatch(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[['\"][^'\"]+['\"]\])*", code)
        if path is None:
            if _OPEN_URL_ATTRIBUTE.search(_joined_text(pieces)):
                return None
            continue
        names = JS_NAME.findall(code)
        if len(names) == 1 and names[0] in _ITEM_WORDS:
            continue
        pieces.append(("field", names[-1], None, ()))
    pieces.append(("text", block[position:]))
    return _merged(pieces) if _usable(pieces) else None


def find_item_templates(scripts: list[str], blocks: list[str] = ()) -> tuple[ItemTemplate, ...]:
    """The item templates of a page, in the order they appear.

    Args:
        scripts: the text of the page's inline scripts.
        blocks: the text of its template blocks (`<script type="text/html">` and kin).
    """
    helpers = find_helpers(scripts)
    found: list[tuple[Piece, ...]] = []
    for script in scripts:
        found.extend(_templates_in_script(script, helpers))
    for block in blocks:
        pieces = _templates_in_block(block)
        if pieces is not None:
            found.append(pieces)
    shared = tuple(sorted(helpers.items()))
    unique = list(dict.fromkeys(found))[:MAX_TEMPLATES]
    return tuple(ItemTemplate(pieces, shared) for pieces in unique)


def is_template_block(script_type: str | None) -> bool:
    """Whether a `<script>`'s type marks a template block rather than code."""
    return (script_type or "").strip().lower() in _BLOCK_TYPES


def render_records(data, templates: tuple[ItemTemplate, ...]) -> list[str]:
    """The items the templates write for the records (dicts) anywhere in a JSON answer."""
    if not templates:
        return []
    rendered: list[str] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            keys = value.keys()
            for template in templates:
                if template.fields <= keys:
                    markup = template.render(value)
                    if markup is not None:
                        rendered.append(markup)
                        break
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))
    return rendered
