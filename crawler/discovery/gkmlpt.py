"""Read Guangdong's 政府信息公开目录 platform (gkmlpt): its site id and category tree.

Every Guangdong government site serves its disclosure catalogue at `/gkmlpt/index`, a page
with no list in it: a script builds the tree and each list in the browser from
`window._CONFIG = {SID: '750001', TREE: [{id, name, children}, …]}` and from the list API
`/gkmlpt/api/all/<category id>?page=N&sid=<SID>`, whose JSON answer holds `articles` (title,
url, date) and their `total`. This module reads the config, written as JSON or as a script
object literal (bare keys, single quotes), into the categories to ask that API for; the
answers are read as any list API's are (`apis.json_fragments_and_records`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlencode, urljoin, urlsplit

_CONFIG = re.compile(r"\b_CONFIG\s*=\s*\{")
_SID = re.compile(r"""["']?\bSID["']?\s*:\s*["']?(\d+)""")
_TREE = re.compile(r"""["']?\bTREE["']?\s*:\s*\[""")
# Fallback for a tree no JSON reader takes: its ids and names, in order.
_ID = re.compile(r"""["']?\bid["']?\s*:\s*["']?(\d+)""")
_NAME = re.compile(r"""["']?\bname["']?\s*:\s*["']([^"']+)["']""")
_BARE_KEY = re.compile(r"""([{,]\s*)([A-Za-z_]\w*)\s*:""")
# The longest tree read (a province's catalogue has thousands of categories).
MAX_TREE_CHARS = 2_000_000


@dataclass(frozen=True)
class Category:
    """One category of the catalogue: its id, name, and the names of the nodes above it."""

    id: str
    name: str
    parents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    """A gkmlpt config: the site id and the categories whose lists the API serves."""

    sid: str
    categories: tuple[Category, ...]

    def api_url(self, page_url: str, category: Category, page: int = 1) -> str:
        """The list API's URL for one category's page, beside the catalogue's `/gkmlpt/`."""
        path = urlsplit(page_url).path
        base = path[: path.index("/gkmlpt/") + 1] if "/gkmlpt/" in path else "/"
        query = urlencode([("page", page), ("sid", self.sid)])
        return urljoin(page_url, f"{base}gkmlpt/api/all/{category.id}?{query}")


def read_catalogue(text: str) -> Catalogue | None:
    """The catalogue a page's `window._CONFIG` describes, or None without a SID and tree."""
    config = _CONFIG.search(text)
    if config is None:
        return None
    sid = _SID.search(text, config.end())
    tree = _TREE.search(text, config.end())
    if sid is None or tree is None:
        return None
    source = _bracketed(text, tree.end() - 1)
    nodes = _parse_tree(source)
    categories = tuple(_leaves(nodes)) if nodes is not None else tuple(_pairs(source))
    return Catalogue(sid.group(1), categories) if categories else None


def _bracketed(text: str, start: int) -> str:
    """The `[...]` that opens at `start`, brackets inside strings ignored."""
    depth, quote, escaped = 0, "", False
    end = min(len(text), start + MAX_TREE_CHARS)
    for position in range(start, end):
        char = text[position]
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return text[start:position + 1]
    return text[start:end]


def _parse_tree(source: str) -> list | None:
    """The tree as JSON, or as a script literal made JSON; None if neither reads."""
    for attempt in (source, _BARE_KEY.sub(r'\1"\2":', source.replace("'", '"'))):
        try:
            nodes = json.loads(attempt)
        except ValueError:
            continue
        if isinstance(nodes, list):
            return nodes
    return None


def _leaves(nodes: list, parents: tuple[str, ...] = ()) -> list[Category]:
    """The categories that hold articles: the nodes without children, with their parents' names."""
    found: list[Category] = []
    for node in nodes:
        if not isinstance(node, dict) or node.get("id") in (None, ""):
            continue
        name = str(node.get("name") or "").strip()
        children = node.get("children")
        if isinstance(children, list) and children:
            found += _leaves(children, (*parents, name))
        else:
            found.append(Category(str(node["id"]), name, parents))
    return found


def _pairs(source: str) -> list[Category]:
    """Each id with the name that follows it, for a tree read by pattern only."""
    names = [(match.start(), match.group(1)) for match in _NAME.finditer(source)]
    found: list[Category] = []
    for match in _ID.finditer(source):
        name = next((text for start, text in names if start > match.start()), "")
        found.append(Category(match.group(1), name.strip()))
    return found
