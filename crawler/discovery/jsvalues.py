"""A reader of JavaScript literals in page scripts, without running them.

Lists, API calls and app configurations sit in scripts as literals: objects, arrays, strings,
numbers, `JSON.stringify(…)`, and strings joined with `+` into a URL whose query takes values
computed at run time. `parse_js` reads one such value at a position in a script; what the
script computes (a variable, an expression, a callback) comes back as a `Variable` for the
caller to bind or reject, and anything else raises `Unparsable`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl

from vocabulary.patterns import JS_NUMBER

_TEMPLATE_SLOT = re.compile(r"\$\{\s*([A-Za-z_$][\w$.]*)\s*\}")
# A variable turned into a string or number on the way (`String(n)`, `parseInt(p, 10)`,
# `n.toString()`): the variable itself.
_CONVERTED = re.compile(r"(?:String|Number|parseInt|parseFloat|encodeURIComponent|encodeURI|escape)"
                        r"\(\s*([A-Za-z_$][\w$.]*)\s*(?:,\s*\d+\s*)?\)|([A-Za-z_$][\w$]*)\.toString\(\s*\)")
_OBJECT_KEY = re.compile(r"""(?:'([^']*)'|"([^"]*)"|([A-Za-z_$][\w$\[\]]*))\s*:""")


class Unparsable(ValueError):
    """A script value that is not a literal (a variable, an expression)."""


def parse_js(text: str, position: int = 0):
    """A JavaScript literal at `position` (object, array, string, number, true/false/null,
    `JSON.stringify(…)`), or an identifier standing for the page number; returns (value, end)."""
    position = skip_blanks(text, position)
    if position >= len(text):
        raise Unparsable("end of text")
    char = text[position]
    if char == "{":
        return _parse_object(text, position + 1)
    if char == "[":
        return _parse_array(text, position + 1)
    if char in "'\"":
        literal = _STRING_LITERALS[char].match(text, position)
        if literal is None:
            raise Unparsable("open string")
        after = skip_blanks(text, literal.end())
        if text.startswith("+", after) and not text.startswith("++", after):
            return _parse_concatenation(text, position)
        return js_string(literal.group(1)), literal.end()
    if char == "`":
        return _parse_template(text, position)
    number = JS_NUMBER.match(text, position)
    if number:
        value = number.group(0)
        return (float(value) if "." in value else int(value)), number.end()
    stringify = re.compile(r"JSON\.stringify\s*\(").match(text, position)
    if stringify:
        value, end = parse_js(text, stringify.end())
        end = skip_blanks(text, end)
        if end >= len(text) or text[end] != ")":
            raise Unparsable("JSON.stringify with more arguments")
        return Stringified(value), end + 1
    if char == "(" or text.startswith("function", position):
        # A callback (`function(res){…}`, `(res) => {…}`): skipped whole.
        end = skip_balanced(text, position, "(", ")") if char == "(" else text.find("(", position)
        if char != "(":
            end = skip_balanced(text, end, "(", ")")
        end = skip_blanks(text, end)
        if text.startswith("=>", end):
            end = skip_blanks(text, end + 2)
        if end < len(text) and text[end] == "{":
            end = skip_balanced(text, end, "{", "}")
        return Variable("function"), end
    if char == "+" and re.compile(r"\+\s*new\b").match(text, position):
        position = skip_blanks(text, position + 1)  # `+new Date()`, a number: read as `new Date()`
    converted = _CONVERTED.match(text, position)
    if converted:
        end = converted.end()
        while end < len(text) and text[end] not in ",}]":
            end += 1
        return Variable(converted.group(1) or converted.group(2)), end
    word = re.compile(r"[A-Za-z_$][\w$.]*").match(text, position)
    if word:
        literal = {"true": True, "false": False, "null": None}
        if word.group(0) in literal:
            return literal[word.group(0)], word.end()
        after = skip_blanks(text, word.end())
        if text.startswith("+", after) and not text.startswith("++", after):
            # `base + 'page_' + n + '.json'`: a path built from variables, if it is one.
            try:
                built, built_end = _parse_concatenation(text, position)
            except Unparsable:
                built = None
            if isinstance(built, ScriptPath) and any(
                    isinstance(part, str) and ("/" in part or "." in part) for part in built.parts):
                return built, built_end
        # A variable: the page number, if it is one; read on to the end of the value.
        end = word.end()
        while end < len(text) and text[end] not in ",}]":
            end += 1
        return Variable(word.group(0)), end
    raise Unparsable(f"unexpected {char!r}")


# A string literal, its escapes included (`'it\'s'`), by its quote.
_STRING_LITERALS = {"'": re.compile(r"'((?:[^'\\]|\\.)*)'", re.S),
                    '"': re.compile(r'"((?:[^"\\]|\\.)*)"', re.S)}
_JS_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))", re.S)
_JS_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def js_string(body: str) -> str:
    """The value of a JavaScript string literal's body: its escapes (`\\/`, `\\u6cd5`, `\\'`) decoded."""
    if "\\" not in body:
        return body

    def decoded(match: re.Match) -> str:
        code, byte, char = match.groups()
        if code or byte:
            return chr(int(code or byte, 16))
        return _JS_SIMPLE_ESCAPES.get(char, char)
    return _JS_ESCAPE.sub(decoded, body)


# What `unescape("%3Cli%3E")` and `unescape("%u6CD5")` decode.
_PERCENT_ESCAPE = re.compile(r"%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})")


def js_unescape(text: str) -> str:
    """What JavaScript's `unescape()` makes of `text` (`%3C` and `%u6CD5` decoded)."""
    return _PERCENT_ESCAPE.sub(lambda match: chr(int(match.group(1) or match.group(2), 16)), text)


def _parse_concatenation(text: str, position: int):
    """`'columnId=5&pageNo=' + pageNo + '&pageSize=15'` or `'/api/list?page=' + page`: a
    `ScriptQuery` whose computed values are `Variable`s, or the string when nothing is computed."""
    parts: list[str | Variable] = []
    while True:
        position = skip_blanks(text, position)
        char = text[position:position + 1]
        if char in ("'", '"'):
            literal = _STRING_LITERALS[char].match(text, position)
            if literal is None:
                raise Unparsable("open string")
            parts.append(js_string(literal.group(1)))  # `"\/a\/b.html"`, `"\u6cd5"` decoded
            position = literal.end()
        elif converted := _CONVERTED.match(text, position):
            parts.append(Variable(converted.group(1) or converted.group(2)))  # encodeURIComponent(x)
            position = converted.end()
        else:
            word = re.compile(r"[A-Za-z_$][\w$.]*").match(text, position)
            if word is None:
                raise Unparsable("concatenation")
            parts.append(Variable(word.group(0)))
            position = _after_calls(text, word.end(), constructs=word.group(0) == "new")
        after = skip_blanks(text, position)
        if not text.startswith("+", after) or text.startswith("++", after):
            break
        position = after + 1
    return _built_string(parts), position


def _after_calls(text: str, position: int, constructs: bool = False) -> int:
    """The end of the calls and members that follow a name in an expression (`Math.random()`,
    `new Date().getTime()`): the name stands for the whole value."""
    if constructs:
        constructed = re.compile(r"\s+[A-Za-z_$][\w$.]*").match(text, position)
        position = constructed.end() if constructed else position
    while True:
        after = skip_blanks(text, position)
        if text.startswith("(", after):
            position = skip_balanced(text, after, "(", ")")
        elif member := re.compile(r"\.[A-Za-z_$][\w$]*").match(text, after):
            position = member.end()
        else:
            return position


def _parse_template(text: str, position: int):
    """A template literal, `` `/api/list?catId=${catId}&page=${n}` ``: read as the same
    concatenation of strings and variables."""
    end = text.find("`", position + 1)
    if end < 0:
        raise Unparsable("open template")
    pieces = _TEMPLATE_SLOT.split(text[position + 1:end])
    if any("${" in piece for piece in pieces[::2]):
        raise Unparsable("an expression in a template")
    parts = [Variable(piece) if index % 2 else piece for index, piece in enumerate(pieces)]
    return _built_string([part for part in parts if part != ""]), end + 1


def _built_string(parts: list) -> object:
    """The string that `parts` (strings and `Variable`s) make: the string itself when nothing
    is computed, else a `ScriptQuery`."""
    if not any(isinstance(part, Variable) for part in parts):
        return "".join(parts)
    # Each computed value must be a whole query value: `k=` + value + `&…`.
    joined = "".join(f"\x00{n}\x00" if isinstance(part, Variable) else part for n, part in enumerate(parts))
    if "?" in joined:
        path, _, query = joined.rpartition("?")
    else:  # a query alone (`'columnId=5&pageNo=' + n`) or a path alone (`base + 'page_' + n`)
        path, query = ("", joined) if "=" in joined else (joined, "")
    params: dict = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        slot = re.fullmatch(r"\x00(\d+)\x00", value)
        if "\x00" in key or ("\x00" in value and slot is None):
            raise Unparsable("a computed part of a query")
        params[key] = parts[int(slot.group(1))] if slot else value
    if "\x00" in path:
        # A computed path (`base + 'page_' + n + '.json'`): its pieces, the variables in place.
        pieces = re.split(r"\x00(\d+)\x00", path)
        parts_of_path = tuple(parts[int(piece)] if index % 2 else piece
                              for index, piece in enumerate(pieces) if piece)
        return ScriptPath(parts_of_path, params)
    return ScriptQuery(path, params)


@dataclass(frozen=True)
class ScriptPath:
    """A URL the script builds with computed parts in its path: the path's pieces (strings and
    `Variable`s, in order) and the query parameters."""

    parts: tuple
    params: dict


@dataclass(frozen=True)
class ScriptQuery:
    """A string the script builds: a path (maybe empty) and query parameters, some computed."""

    path: str
    params: dict


def skip_balanced(text: str, position: int, opening: str, closing: str) -> int:
    """The position after the bracket that closes the one at `position` (strings skipped)."""
    if position < 0 or position >= len(text) or text[position] != opening:
        raise Unparsable("no bracket")
    depth, quote = 0, ""
    for index in range(position, min(len(text), position + 20000)):
        char = text[index]
        if quote:
            if char == quote and text[index - 1] != "\\":
                quote = ""
        elif char in "'\"`":
            quote = char
        elif char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return index + 1
    raise Unparsable("unclosed bracket")


def skip_blanks(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _parse_object(text: str, position: int):
    result: dict = {}
    while True:
        position = skip_blanks(text, position)
        if position < len(text) and text[position] == "}":
            return result, position + 1
        key_match = _OBJECT_KEY.match(text, position)
        if key_match is None:
            raise Unparsable("object key")
        key = next(group for group in key_match.groups() if group is not None)
        value, position = parse_js(text, key_match.end())
        result[key] = value
        position = skip_blanks(text, position)
        if position < len(text) and text[position] == ",":
            position += 1


def _parse_array(text: str, position: int):
    result: list = []
    while True:
        position = skip_blanks(text, position)
        if position < len(text) and text[position] == "]":
            return result, position + 1
        value, position = parse_js(text, position)
        result.append(value)
        position = skip_blanks(text, position)
        if position < len(text) and text[position] == ",":
            position += 1


@dataclass(frozen=True)
class Stringified:
    """`JSON.stringify(value)`: sent as JSON text."""

    value: object


@dataclass(frozen=True)
class Variable:
    """A value computed by the script: only a page number can be filled in."""

    name: str
