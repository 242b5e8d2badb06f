"""URLs that a page opens by script instead of by `href`: click handlers and data attributes.

List items on many CMS templates carry no usable `href`: `<a href="javascript:void(0)"
data-url="…">`, `<a href="javascript:;" onclick="window.open('…')">`, `<li onclick=
"location.href='…'">`, or a call to a helper the page defines, `onclick="opendetail('2024…')"`
with `function opendetail(id){ var url = '/tzgg/' + id.substring(0, 6) + '/' + id +
'.shtml'; window.open(url); }`. This module reads the URL such an element opens. A helper is
read as a template: the string concatenation in its body that builds a URL from its
parameter (literals, the parameter, and its `substring`/`substr`/`slice`), evaluated for the
argument of each call; or the entry of a script's array of URLs that the parameter indexes (a
tab strip's `changeTab(2)` loading `tabUrls[n]`). A handler that a script binds to rows and
that builds its URL from the clicked row's data attribute (`$(".list").on("click", "li",
function () { location.href = "/detail.html?id=" + $(this).data("id"); })`) is read the same
way, as a helper named by the attribute (`data-id`) whose argument is the attribute's value.
Anything more dynamic is left alone: a wrong URL costs a request, a guessed one would cost trust.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

from crawler.discovery.jsvalues import Unparsable, parse_js

# The attributes that templates put a list item's URL in when its href is a script.
URL_ATTRIBUTES = ("data-url", "data-href", "data-link", "data-src", "_href")
# A literal URL in a handler: window.open('…'), location.href = '…', location.replace('…').
_OPENED_URL = re.compile(
    r"""(?:window\.open|location\.(?:href|replace|assign)|location)\s*(?:=|\()\s*['"]([^'"]+)['"]""")
# A call of a helper with literal arguments: opendetail('20240307173212129', 1).
_CALL = re.compile(r"""^\s*(?:javascript:\s*)?(?:return\s+)?([A-Za-z_$][\w$]*)\s*\(([^()]*)\)\s*;?""")
_LITERAL = re.compile(r"""\s*(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))\s*""")
# A helper defined in an inline script: `function name(a, b) {…}`, `var name = function(a)
# {…}`, `name = function (a) {…}`, `const name = (a) => {…}`.
_FUNCTION = re.compile(
    r"(?:function\s+([A-Za-z_$][\w$]*)\s*\(([^)]*)\)"
    r"|(?:\b(?:var|let|const)\s+|[;\n{}]\s*|window\.)([A-Za-z_$][\w$]*)\s*=\s*"
    r"(?:function\s*\(([^)]*)\)|\(([^)]*)\)\s*=>|([A-Za-z_$][\w$]*)\s*=>))\s*\{")
# Pieces of a string concatenation: 'literal', param, param.substring(0, 6).
_PIECE = re.compile(
    r"""\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_$][\w$]*)(?:\.(substring|substr|slice)\((\s*\d+\s*(?:,\s*\d+\s*)?)\))?)\s*""")
# Names that are not a helper's parameters, though they look like pieces.
_NOT_PARAMETERS = frozenset(("var", "let", "const", "return", "window", "location", "url", "this"))
# `window.open(expr)` or `location.replace(expr)` around an expression: the expression.
_OPENER_CALL = re.compile(
    r"""^\s*(?:window\.open|location\.(?:replace|assign))\s*\((.*?)(?:,\s*(?:'[^']*'|"[^"]*"))*\)\s*$""")
BUILTIN_OPENERS = frozenset(("open", "window", "location"))
# A URL as a helper may be given it whole: a path, an address, a query or a file name.
_URL_LIKE = re.compile(r"^(?:https?://|/|\.{1,2}/|\?|[\w.-]+\.(?:s?html?|jsp|aspx?|php|do)\b)", re.I)
# A string constant a helper may build its URL from: `var BASE_PATH = '/xxgk/';`.
# The left-hand side of an assignment statement (not `==`, and not an `=` inside a string).
_ASSIGNED = re.compile(r"^\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*=(?!=)")
# An array of string literals: `var tabUrls = ['/a.html', '/b.html'];`.
_STRING_ARRAY = re.compile(
    r"""\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*\[((?:\s*(?:'[^']*'|"[^"]*")\s*,?)+)\]""")
_ARRAY_ITEM = re.compile(r"'([^']*)'|\"([^\"]*)\"")
# A `<select>` that opens a URL built from the chosen option: `onchange="window.location.href=
# 'list.jsp?year=' + this.value"` (also `this.options[this.selectedIndex].value`, `$(this).val()`).
_SELECT_OPENER = re.compile(
    r"""(?:(?:window\.)?location(?:\.href)?\s*=|(?:window\.open|location\.(?:replace|assign))\s*\()\s*"""
    r"""(?:(['"])(?P<before>[^'"]*)\1\s*\+\s*)?"""
    r"""(?:this\.value|this\.options\[\s*this\.selectedIndex\s*\]\.value|\$\(\s*this\s*\)\.val\(\s*\))"""
    r"""(?:\s*\+\s*(['"])(?P<after>[^'"]*)\3)?""")
# A helper that opens its parameter as it is given: `location.href = url`, `window.open(url)`.
_PASSED_THROUGH = re.compile(
    r"""(?:(?:window\.)?location(?:\.href)?\s*=\s*([A-Za-z_$][\w$]*)\s*(?:;|$)"""
    r"""|(?:window\.open|location\.(?:replace|assign))\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)])""")
# What a handler passes besides literals: the element clicked, the event.
_CONTEXT_ARGUMENTS = frozenset(("this", "event"))
# `name[param]` in a helper's body.
_INDEXED = re.compile(r"\b([A-Za-z_$][\w$]*)\s*\[\s*([A-Za-z_$][\w$]*)\s*\]")


@dataclass(frozen=True)
class Helper:
    """A page-defined function that builds a URL from its parameters."""

    parameters: tuple[str, ...]
    # Each piece is ("literal", text), ("param", index, method, arguments) or
    # ("indexed", values, index): the entry of an array of URLs that a parameter indexes.
    pieces: tuple[tuple, ...]
    # The helper asks a list API (`apis.find_api_helpers`): its URL is a list's, named by the
    # element that calls it.
    lists: bool = False

    def url_for(self, arguments: list[str | None]) -> str | None:
        """The URL the helper opens for these arguments, or None if it cannot be told."""
        parts = []
        for piece in self.pieces:
            if piece[0] == "literal":
                parts.append(piece[1])
                continue
            if piece[0] == "indexed":
                _, values, index = piece
                position = (arguments[index] if index < len(arguments) else "") or ""
                if not position.isdigit() or int(position) >= len(values):
                    return None
                parts.append(values[int(position)])
                continue
            _, index, method, bounds = piece
            if index >= len(arguments) or arguments[index] is None:
                return None
            parts.append(js_slice(arguments[index], method, bounds))
        url = "".join(parts).strip()
        if len(self.pieces) == 1 and not _URL_LIKE.match(url):
            return None  # a helper that opens what it is given: given something else
        return url or None


def js_slice(value: str, method: str | None, bounds: tuple[int, ...]) -> str:
    """`value.substring(a, b)`, `value.substr(a, n)` or `value.slice(a, b)`, as JavaScript does."""
    if method is None:
        return value
    start = bounds[0]
    if method == "substr":
        return value[start:start + bounds[1]] if len(bounds) > 1 else value[start:]
    if method == "substring" and len(bounds) > 1:
        low, high = sorted(bounds)
        return value[low:high]
    return value[start:bounds[1]] if len(bounds) > 1 else value[start:]


def _concatenation(text: str, parameters: tuple[str, ...],
                   constants: dict[str, str] | None = None) -> tuple[tuple, ...] | None:
    """The pieces of `text` if it is a string concatenation using a parameter and a literal
    (a string constant of the scripts counts as a literal)."""
    pieces: list[tuple] = []
    for part in text.split("+"):
        match = _PIECE.fullmatch(part)
        if match is None:
            return None
        single, double, name, method, bounds = match.groups()
        if name is None:
            pieces.append(("literal", single if single is not None else double))
        elif name in parameters:
            numbers = tuple(int(n) for n in bounds.split(",")) if bounds else ()
            pieces.append(("param", parameters.index(name), method, numbers))
        elif constants and name in constants and method is None:
            pieces.append(("literal", constants[name]))
        else:
            return None
    has_literal = any(piece[0] == "literal" for piece in pieces)
    has_parameter = any(piece[0] == "param" for piece in pieces)
    return tuple(pieces) if has_literal and has_parameter else None


def _body_of(script: str, start: int) -> str:
    """The text of a function body whose opening brace is just before `start`."""
    depth = 1
    for position in range(start, min(len(script), start + 4000)):
        if script[position] == "{":
            depth += 1
        elif script[position] == "}":
            depth -= 1
            if depth == 0:
                return script[start:position]
    return ""


# A literal a script declares: `var total = 34, perPage = 15, uid = '482716';`.
_VALUE = re.compile(
    r"""(?:\b(?:var|let|const)\s+|,\s*|window\.)([A-Za-z_$][\w$]*)\s*=\s*(?:'([^'\n]*)'|"([^"\n]*)"|(-?\d+))\s*(?=[;\n,])""")


# An object a script declares: `var cfg = {"catId": "1203", "pageSize": 15};`.
_OBJECT = re.compile(r"\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*(?=\{)")
# A string a script builds from literals and other declared values:
# `var listXml = "/xxgk/xml/col_" + colId + "_";`.
_OPERAND = r"""(?:'[^'\n]*'|"[^"\n]*"|[A-Za-z_$][\w$.]*)"""
_JOINED = re.compile(
    rf"""(?:\b(?:var|let|const)\s+|,\s*|window\.)([A-Za-z_$][\w$]*)\s*=\s*({_OPERAND}(?:\s*\+\s*{_OPERAND})+)\s*(?=[;\n,])""")
_QUOTED = re.compile(r"""^(?:'([^']*)'|"([^"]*)")$""")


def declared_objects(scripts: list[str]) -> dict[str, dict]:
    """The object literals the scripts declare, by name (`var q = {channelId: channelId,
    pageNum: 1};`), their run-time values left as `Variable`s; a name declared twice is left out."""
    found: dict[str, dict | None] = {}
    for script in scripts:
        for match in _OBJECT.finditer(script):
            try:
                value, _ = parse_js(script, match.end())
            except (Unparsable, RecursionError):
                continue
            if isinstance(value, dict):
                name = match.group(1)
                found[name] = value if name not in found else None
    return {name: value for name, value in found.items() if value is not None}


def find_values(scripts: list[str]) -> dict[str, str | int]:
    """The literal strings and integers the scripts declare, also in a declaration list
    (`var total = 34, uid = '482716';`), as the fields of a declared object (`cfg.catId`), or
    joined from literals and such values (`var base = '/xml/col_' + colId + '_';`), by name; a
    name declared twice with different literal values is left out."""
    found: dict[str, str | int | None] = {}

    def note(name: str, value: str | int) -> None:
        found[name] = value if found.get(name, value) == value else None

    for script in scripts:
        for match in _VALUE.finditer(script):
            name, single, double, number = match.groups()
            note(name, int(number) if number is not None else (single if single is not None else double))
        for match in _OBJECT.finditer(script):
            try:
                fields, _ = parse_js(script, match.end())
            except (Unparsable, RecursionError):
                continue
            for key, value in fields.items() if isinstance(fields, dict) else ():
                if isinstance(value, (str, int)) and not isinstance(value, bool):
                    note(f"{match.group(1)}.{key}", value)
    known = {name: value for name, value in found.items() if value is not None}
    for script in scripts:
        for match in _JOINED.finditer(script):
            joined = _joined_value(match.group(2), known)
            if joined is not None and match.group(1) not in found:
                known[match.group(1)] = joined
    return known


def _joined_value(expression: str, known: dict[str, str | int]) -> str | None:
    """The string `a + 'b' + c` evaluates to when every name in it is known, else None."""
    parts = []
    for operand in expression.split("+"):
        operand = operand.strip()
        quoted = _QUOTED.match(operand)
        if quoted:
            parts.append(quoted.group(1) if quoted.group(1) is not None else quoted.group(2))
        elif operand in known:
            parts.append(str(known[operand]))
        else:
            return None
    return "".join(parts)


def find_helpers(scripts: list[str]) -> dict[str, Helper]:
    """The URL-building helpers defined in scripts (a page's inline ones, or a site's files),
    by name, with the string constants of those scripts read as literals."""
    helpers: dict[str, Helper] = {}
    constants = {name: value for name, value in find_values(scripts).items() if isinstance(value, str)}
    arrays = {match.group(1): tuple(a or b for a, b in _ARRAY_ITEM.findall(match.group(2)))
              for script in scripts for match in _STRING_ARRAY.finditer(script)}
    arrays = {name: values for name, values in arrays.items()
              if values and all("/" in value or "." in value for value in values)}
    for script in scripts:
        for name, parameters, body in function_definitions(script):
            passed = _PASSED_THROUGH.search(body)
            opened = (passed.group(1) or passed.group(2)) if passed else None
            if opened in parameters and opened not in _CONTEXT_ARGUMENTS:
                # `queryArticleByCondition(el, url) { location.href = url; }`: the URL argument.
                helpers[name] = Helper(parameters, (("param", parameters.index(opened), None, ()),))
                continue
            if not parameters or set(parameters) & _NOT_PARAMETERS:
                continue
            indexed = next((found for found in _INDEXED.finditer(body)
                            if found.group(1) in arrays and found.group(2) in parameters), None)
            if indexed is not None:
                helpers[name] = Helper(parameters, (("indexed", arrays[indexed.group(1)],
                                                     parameters.index(indexed.group(2))),))
                continue
            # The statements of the body that concatenate strings: an assignment's right-hand
            # side, or what is opened or returned.
            for statement in re.split(r"[;\n{}]", body):
                if "+" not in statement:
                    continue
                assigned = _ASSIGNED.match(statement)
                candidate = statement[assigned.end():] if assigned else statement
                candidate = _OPENER_CALL.sub(r"\1", candidate).strip()
                candidate = re.sub(r"^return\s+", "", candidate)
                pieces = _concatenation(candidate, parameters, constants)
                if pieces is not None and any(
                        piece[0] == "literal" and ("/" in piece[1] or "." in piece[1])
                        for piece in pieces):
                    helpers[name] = Helper(parameters, pieces)
                    break
    return {**find_data_openers(scripts, constants), **helpers}


# What a handler reads of the element clicked: `$(this).data('id')`, `$(this).attr('data-id')`,
# `this.getAttribute('data-id')`, `this.dataset.docId`, `$(e.currentTarget).data('id')`.
_DATA_READ = re.compile(
    r"""(?:\$\(\s*[\w$.]+\s*\)|\b[A-Za-z_$][\w$.]*?)\s*\.\s*(?:data\(\s*['"]([\w-]+)['"]\s*\)"""
    r"""|(?:attr|getAttribute)\(\s*['"]data-([\w-]+)['"]\s*\)|dataset\.([A-Za-z_$][\w$]*))""")
# A cheap test for `_DATA_READ`.
DATA_READ_MARK = re.compile(r"\.data\(|dataset\.|(?:attr|getAttribute)\(\s*['\"]data-")
# A variable set from one: `var id = $(this).data("id");`.
_DATA_VARIABLE = re.compile(rf"\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*(?={_DATA_READ.pattern})")
# Where a statement opens a URL: `location.href = …`, `window.location = …`, `window.open(…)`.
_NAVIGATION = re.compile(
    r"(?:(?:window\.|document\.)?location(?:\.href)?\s*=(?!=)|(?:window\.open|location\.(?:replace|assign))\s*\()")
# A template literal without nested literals: `/item.html?id=${btn.dataset.id}`.
_TEMPLATE_LITERAL = re.compile(r"`([^`]*)`")
_DATA_PARAMETER = "data_value_"
DATA_HELPER_PREFIX = "data-"


def data_attribute(read: re.Match) -> str:
    """The attribute (`data-doc-id`) a `_DATA_READ` match reads: jQuery's `.data('docId')` and
    `dataset.docId` name it in camel case."""
    key = read.group(1) or read.group(2) or read.group(3)
    if read.group(2) is None:
        key = re.sub(r"[A-Z]", lambda upper: "-" + upper.group(0).lower(), key)
    return f"{DATA_HELPER_PREFIX}{key.lower()}"


def _as_concatenation(template: re.Match) -> str:
    """A template literal written as the string concatenation it stands for."""
    parts = []
    for index, piece in enumerate(re.split(r"\$\{([^{}]*)\}", template.group(1))):
        if index % 2:
            parts.append(piece.strip())
        elif piece:
            parts.append(f"'{piece}'" if "'" not in piece else f'"{piece}"')
    return "+".join(parts) or "''"


def find_data_openers(scripts: list[str], constants: dict[str, str] | None = None) -> dict[str, Helper]:
    """Handlers that open a URL built from the clicked element's data attribute, as helpers
    named by the attribute (`data-id`) taking its value."""
    openers: dict[str, Helper] = {}
    for script in scripts:
        if not DATA_READ_MARK.search(script) or not _NAVIGATION.search(script):
            continue
        script = _TEMPLATE_LITERAL.sub(_as_concatenation, script)
        held = {match.group(1): data_attribute(_DATA_READ.match(script, match.end()))
                for match in _DATA_VARIABLE.finditer(script)}
        for statement in re.split(r"[;\n{}]", script):
            opening = _NAVIGATION.search(statement)
            if opening is None:
                continue
            expression = statement[opening.end():].strip()
            if expression.endswith(")") and opening.group(0).endswith("("):
                expression = re.sub(r"(?:,\s*(?:'[^']*'|\"[^\"]*\"))*\)$", "", expression)
            attributes = {data_attribute(read) for read in _DATA_READ.finditer(expression)}
            expression = _DATA_READ.sub(_DATA_PARAMETER, expression)
            for name, attribute in held.items():
                used = re.compile(rf"(?<![\w$.]){re.escape(name)}(?![\w$])")
                if used.search(expression):
                    attributes.add(attribute)
                    expression = used.sub(_DATA_PARAMETER, expression)
            if len(attributes) != 1:
                continue
            pieces = _concatenation(expression, (_DATA_PARAMETER,), constants)
            if pieces is not None and any(piece[0] == "literal" and ("/" in piece[1] or "." in piece[1]
                                                                     or "?" in piece[1]) for piece in pieces):
                openers.setdefault(attributes.pop(), Helper((_DATA_PARAMETER,), pieces))
    return openers


# Elements that are never a row opened by its data attribute.
_NOT_DATA_ROWS = frozenset(("area", "img", "script", "style", "html", "head", "body", "ul", "ol", "table",
                            "tbody", "thead", "form", "select", "input", "button", "iframe"))
# The longest text of such a row: a title, a date, a few words.
_DATA_ROW_MAX_CHARS = 300


def is_data_row(element) -> bool:
    """Whether an element that carries a data attribute may be a row a click opens: a list
    item, a cell, a card, with short text and no usable link of its own."""
    if element.tag in _NOT_DATA_ROWS:
        return False
    text = "".join(element.itertext()).strip()
    hrefs = ((anchor.get("href") or "").strip().lower() for anchor in element.iter("a"))
    return bool(text) and len(text) <= _DATA_ROW_MAX_CHARS and not any(
        href and not href.startswith("javascript:") for href in hrefs)


# A helper's statement that sets a form's field from a value: `document.fileDownLoad.fileId.value
# = id`, `document.forms['f'].fileId.value = id`, `document.getElementById('fileId').value = id`,
# `$('#fileId').val(id)`.
_FIELD_SET = re.compile(
    r"""(?:document\.(?:forms\[\s*['"]([\w-]+)['"]\s*\]|(?!getElementById)([A-Za-z_$][\w$]*))\.([\w$]+)\.value"""
    r"""|document\.getElementById\(\s*['"]([\w-]+)['"]\s*\)\.value)\s*=\s*([A-Za-z_$][\w$]*)\s*[;\n}]"""
    r"""|\$\(\s*['"]#([\w-]+)['"]\s*\)\.val\(\s*([A-Za-z_$][\w$]*)\s*\)""")
# The form it submits: `document.fileDownLoad.submit()`, `document.forms['f'].submit()`,
# `document.getElementById('f').submit()`, `$('#f').submit()`.
_FORM_SUBMIT = re.compile(
    r"""(?:document\.forms\[\s*['"]([\w-]+)['"]\s*\]|document\.getElementById\(\s*['"]([\w-]+)['"]\s*\)"""
    r"""|\$\(\s*['"]#([\w-]+)['"]\s*\)|document\.([A-Za-z_$][\w$]*))\.submit\(\s*\)""")


@dataclass(frozen=True)
class PageForm:
    """A form of the page: where it is sent, and its fields (name, value) in order, with the
    ids of the fields that have one."""

    action: str
    fields: tuple[tuple[str, str], ...]
    field_ids: tuple[tuple[str, str], ...] = ()


# Inputs that are not a form's data.
_NOT_DATA_INPUTS = frozenset(("submit", "button", "image", "reset", "file"))


def page_forms(root) -> dict[str, PageForm]:
    """The page's forms with an action, by their name and by their id."""
    forms: dict[str, PageForm] = {}
    for form in root.iter("form"):
        action = (form.get("action") or "").strip()
        if not action or action.lower().startswith("javascript:"):
            continue
        inputs = [field for field in form.iter("input", "select", "textarea") if field.get("name")
                  and (field.get("type") or "").strip().lower() not in _NOT_DATA_INPUTS]
        found = PageForm(action, tuple((field.get("name"), field.get("value") or "") for field in inputs),
                         tuple((field.get("id"), field.get("name")) for field in inputs if field.get("id")))
        for key in (form.get("name"), form.get("id")):
            if key:
                forms[key] = found
    return forms


def find_form_submitters(scripts: list[str], forms: dict[str, PageForm]) -> dict[str, Helper]:
    """Helpers that put their parameter in a field of one of the page's `forms` (by name or id)
    and submit it (`function downFile(id) {document.fileDownLoad.fileId.value = id;
    document.fileDownLoad.submit();}`), as helpers opening the form's action with its fields
    in the query: a form's servlet reads its fields from the query as from the body."""
    helpers: dict[str, Helper] = {}
    for script in scripts:
        if ".submit(" not in script:
            continue
        for name, parameters, body in function_definitions(script):
            submitted = _FORM_SUBMIT.search(body)
            if not parameters or submitted is None:
                continue
            form = forms.get(next(group for group in submitted.groups() if group))
            if form is None or not form.action:
                continue
            ids = {ident: field for ident, field in form.field_ids}
            filled: dict[str, int] = {}
            for match in _FIELD_SET.finditer(body):
                field = match.group(3) or ids.get(match.group(4) or match.group(6) or "")
                value = match.group(5) or match.group(7)
                if field and value in parameters:
                    filled[field] = parameters.index(value)
            if not filled:
                continue
            pieces: list[tuple] = [("literal", form.action + ("&" if "?" in form.action else "?"))]
            for position, (field, value) in enumerate(form.fields):
                joiner = "&" if position else ""
                if field in filled:
                    pieces += [("literal", f"{joiner}{quote(field)}="), ("param", filled[field], None, ())]
                else:
                    pieces.append(("literal", f"{joiner}{quote(field)}={quote(value)}"))
            helpers[name] = Helper(parameters, tuple(pieces))
    return helpers


def function_definitions(script: str) -> Iterator[tuple[str, tuple[str, ...], str]]:
    """(name, parameters, body) of each function a script defines, in any of its forms."""
    for match in _FUNCTION.finditer(script):
        name = match.group(1) or match.group(3)
        declared = next((g for g in (match.group(2), match.group(4), match.group(5), match.group(6))
                         if g is not None), "")
        yield (name, tuple(p.strip() for p in declared.split(",") if p.strip()),
               _body_of(script, match.end()))


def _arguments(text: str) -> list[str | None] | None:
    """The literal arguments of a call (None for the element clicked or the event: `this`),
    or None if any other is not a literal."""
    if not text.strip():
        return []
    values: list[str | None] = []
    for part in text.split(","):
        if part.strip() in _CONTEXT_ARGUMENTS:
            values.append(None)
            continue
        match = _LITERAL.fullmatch(part)
        if match is None:
            return None
        values.append(next(group for group in match.groups() if group is not None))
    return values


def called_helper(code: str, helpers: Callable[[], dict[str, Helper]]) -> Helper | None:
    """The page helper a click handler or `javascript:` link calls, if it calls one."""
    called = None if _OPENED_URL.search(code) else _helper_call(code, helpers)
    return called[0] if called else None


def _helper_call(code: str, helpers: Callable[[], dict[str, Helper]]) -> tuple[Helper, str] | None:
    """The helper a handler's code calls and the text of its arguments."""
    call = _CALL.match(code)
    if call is None or call.group(1) in BUILTIN_OPENERS:
        return None
    helper = helpers().get(call.group(1))
    return (helper, call.group(2)) if helper is not None else None


def opened_url(code: str, helpers: Callable[[], dict[str, Helper]]) -> str | None:
    """The URL a click handler or `javascript:` link opens, or None.

    Args:
        code: the handler's code (an `onclick` value, or an href after `javascript:`).
        helpers: gives the page's helpers; called only when the code calls one.
    """
    match = _OPENED_URL.search(code)
    if match:
        return match.group(1)
    called = _helper_call(code, helpers)
    arguments = _arguments(called[1]) if called else None
    return called[0].url_for(arguments) if called and arguments is not None else None


def chosen_url(onchange: str, value: str) -> str | None:
    """The URL a `<select>`'s change handler opens when the option of `value` is chosen."""
    match = _SELECT_OPENER.search(onchange)
    if match is None or not value.strip():
        return None
    return f"{match.group('before') or ''}{value.strip()}{match.group('after') or ''}"
