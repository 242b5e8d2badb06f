"""Catalogue trees loaded as JSON: zTree's asynchronous setting on a page, and its node answers.

Disclosure catalogues (部门信息公开, 信息公开目录) are often a zTree whose nodes a script asks for
level by level: the page holds only the setting (`var setting = {async: {enable: true, url:
'/xxgk/getTree.do', autoParam: ['id']}}`), the first answer the top nodes (`[{"id": "743",
"pId": "0", "name": "县司法局", "isParent": true}]`), and each parent's children come from the
same URL with the node's id (`getTree.do?id=743`), down to nodes that carry the list's `url`.
`tree_sources` reads the setting from a page's data islands; `tree_children` turns the parent
nodes of an answer into links to their children, named as the tree names them, so that they
are scored as the column links a browser would show. Nodes with a URL are read as any JSON
record (`apis.json_fragments_and_records`). Nodes without one open a list by the tree's click
handler (`onClick: function (event, treeId, treeNode) {$("#listFrame").attr("src",
"/xxgk/list.jsp?catId=" + treeNode.id)}`): `node_link_templates` reads it as an item template
that makes each node a link named as the tree names it.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from crawler.discovery.clicks import function_definitions
from crawler.discovery.jsvalues import Unparsable, skip_balanced
from crawler.discovery.links import Link
from crawler.discovery.templates import ItemTemplate

# The parameter zTree sends a node's id in, unless `autoParam` renames it (`"id=pid"`).
DEFAULT_ID_PARAM = "id"
MAX_TREE_NODES = 300
# A node's parent's id, as trees name it.
_PARENT_KEYS = ("pId", "pid", "parentId", "parent_id")


def tree_sources(islands: list, base_url: str) -> list[tuple[str, str]]:
    """(URL, id parameter) of the zTree async settings among a page's data islands."""
    found = []
    for island in islands:
        setting = island.get("async") if isinstance(island, dict) else None
        if not isinstance(setting, dict) or setting.get("enable") is not True:
            continue
        url = setting.get("url")
        if isinstance(url, str) and url.strip():
            found.append((urljoin(base_url, url.strip()), _id_param(setting.get("autoParam"))))
    return found


def _id_param(auto_param) -> str:
    """The name a node's id is sent under: `autoParam: ['id']` or `['id=pid']`."""
    for item in auto_param if isinstance(auto_param, list) else []:
        if isinstance(item, str) and item.split("=", 1)[0].strip() == "id":
            return item.split("=", 1)[-1].strip() or DEFAULT_ID_PARAM
    return DEFAULT_ID_PARAM


# A tree's click handler, in its setting (`onClick: function (event, treeId, treeNode) {`) or
# named there (`onClick: zTreeOnClick`).
_ON_CLICK = re.compile(r"\bonClick\s*:\s*(?:function\s*\(([^)]*)\)\s*(?=\{)|([A-Za-z_$][\w$]*))")
# A URL it builds from a field of the node: `"/xxgk/list.jsp?catId=" + treeNode.id`.
_NODE_URL = (r"""(["'])((?:https?://|/|\.{{1,2}}/|[\w-]+\.\w+\?)[^"'\s]*)\1\s*\+\s*{node}\.([A-Za-z_$][\w$]*)"""
             r"""(?:\s*\+\s*(["'])([^"'\s]*)\4)?""")


def node_link_templates(scripts: list[str]) -> tuple[ItemTemplate, ...]:
    """Item templates for the nodes of a tree whose click handler opens a URL built from a
    node's field: `<a href="/xxgk/list.jsp?catId={id}">{name}</a>`."""
    templates = []
    for script in scripts:
        for match in _ON_CLICK.finditer(script):
            if match.group(1) is not None:
                parameters = [name.strip() for name in match.group(1).split(",")]
                try:
                    body = script[match.end():skip_balanced(script, match.end(), "{", "}")]
                except Unparsable:
                    continue
            else:
                defined = next(((params, body) for name, params, body in function_definitions(script)
                                if name == match.group(2)), None)
                if defined is None:
                    continue
                parameters, body = list(defined[0]), defined[1]
            node = parameters[-1] if parameters and parameters[-1] else None
            built = re.search(_NODE_URL.format(node=re.escape(node)), body) if node else None
            if built is not None:
                templates.append(ItemTemplate((
                    ("text", f'<a href="{html.escape(built.group(2))}'), ("field", built.group(3), None, ()),
                    ("text", f'{html.escape(built.group(5) or "")}">'), ("field", "name", None, ()),
                    ("text", "</a>"))))
    return tuple(dict.fromkeys(templates))


def tree_children(data, url: str, id_param: str | None = None) -> list[Link]:
    """Links to the children of an answer's parent nodes that it does not itself carry, their
    id sent as the parent's was (`id_param`: by default the parameter that holds the nodes'
    parent id, else `id`)."""
    if not isinstance(data, list) or not data or not all(
            isinstance(node, dict) and "id" in node and "name" in node for node in data[:MAX_TREE_NODES]):
        return []
    parts = urlsplit(url)
    if id_param is None:
        parents = {str(node.get(key)) for node in data for key in _PARENT_KEYS if node.get(key) is not None}
        id_param = next((key for key, value in parse_qsl(parts.query) if value in parents), DEFAULT_ID_PARAM)
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if key != id_param]
    links = []
    for node in data[:MAX_TREE_NODES]:
        parent = node.get("isParent") in (True, "true") or bool(node.get("children") == [])
        if parent and not node.get("children") and isinstance(node["name"], str):
            child_query = urlencode([*query, (id_param, str(node["id"]))])
            links.append(Link(urlunsplit((*parts[:3], child_query, "")), node["name"].strip()))
    return links
