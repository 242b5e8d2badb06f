"""A walker that knows the ``kinds4`` profile's own mechanisms, for the tests (not a crawler).

On top of ``simweb.kinds3.walker`` it resolves a page's links against its ``<base href>``, reads the
``document.write`` lines of a per-column ``.js`` against the including page, pages a JSONP list API
(stripping the callback) up to its ``total``, POSTs a ``jpage`` form to ``morecolumndataproxy.jsp``
and reads the ``<li>`` of its CDATA records, expands a zTree from its ``getTree.do`` (children by
``?id=``) or a static ``deptJson`` file, reads the rows of a ``window.__INITIAL_STATE__``,
and writes the ``?uid=&pageNum=`` pages of a pager script from its ``total``. It never
enters a trap.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlencode, urljoin, urlsplit

from ..kinds.walker import HREF
from ..kinds3.walker import Walker as Kinds3Walker

BASE = re.compile(r'<base href="([^"]+)">')
COL_JS = re.compile(r'<script type="text/javascript" src="(/js/col/[^"]+\.js)"></script>')
WRITE = re.compile(r'document\.write\("(.*)"\);')
JSONP = re.compile(
    r"var columnId = '(\w+)';.*?\$\.ajax\(\{url: '([^']+)', data: \{columnId: columnId, pageNo: pageNo, "
    r"pageSize: (\d+)\}, dataType: 'jsonp', jsonp: '(\w+)'",
    re.S,
)
JPAGE = re.compile(r"\.jpage\(\{dataUrl: '([^']+)', dataParams: \{(.*?)\}, perPage: (\d+)")
PARAM = re.compile(r'(\w+): ("[^"]*"|\d+)')
CDATA = re.compile(r"<record><!\[CDATA\[(.*?)\]\]></record>", re.S)
ZTREE = re.compile(r"async: \{enable: true, type: 'get', url: '([^']+)', autoParam: \['id'\]\}")
DEPT_JS = re.compile(r'<script type="text/javascript" src="([^"]+\.json\.js)"></script>')
DEPT_JSON = re.compile(r"var deptJson = (\[.*\]);", re.S)
STATE = re.compile(r"window\.__INITIAL_STATE__=(\{.*?\});\(function\(\)")
PAGER = re.compile(r"var total = (\d+), perPage = (\d+), uid = '(\w+)';")


class Walker(Kinds3Walker):
    def links(self, url: str, text: str) -> list[str]:
        base = BASE.search(text)
        out = super().links(urljoin(url, base.group(1)) if base else url, text)
        root = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"
        for src in COL_JS.findall(text):
            for line in WRITE.findall(self.script(urljoin(url, src))):
                out += [urljoin(url, html.unescape(u)) for u in HREF.findall(line.replace('\\"', '"'))]
        for column, api, size, callback in JSONP.findall(text):
            out += self.jsonp(root + api, column, int(size), callback)
        for api, params, per in JPAGE.findall(text):
            form = {k: json.loads(v) for k, v in PARAM.findall(params)}
            out += self.more_column(urljoin(url, api), form, int(per))
        for api in ZTREE.findall(text):
            out += self.ztree(urljoin(url, api))
        for src in DEPT_JS.findall(text):
            found = DEPT_JSON.search(self.script(urljoin(url, src)))
            depts = json.loads(found.group(1)) if found else []
            out += [c["url"] for d in depts for c in d["child"]]
        for state in STATE.findall(text):
            out += [urljoin(url, row["linkurl"]) for row in json.loads(state)["list"]["rows"]]
        for total, per, uid in PAGER.findall(text):
            pages = -(-int(total) // int(per))
            out += [urljoin(url, f"?uid={uid}&pageNum={n}") for n in range(1, pages + 1)]
        return out

    def jsonp(self, api: str, column: str, size: int, callback: str) -> list[str]:
        out, page = [], 1
        while page < 100:
            query = urlencode(
                {callback: "jQuery1124_1700000000000", "columnId": column, "pageNo": page, "pageSize": size}
            )
            _, body, _ = self.get(f"{api}?{query}")
            text = body.decode("utf-8", "replace")
            data = json.loads(text[text.index("(") + 1 : text.rindex(")")])["data"]
            out += [urljoin(api, row["link"]) for row in data["list"]]
            if page * size >= data["total"]:
                break
            page += 1
        return out

    def more_column(self, api: str, form: dict, per: int) -> list[str]:
        out, start, step = [], 1, per * 3
        while start < 10000:
            query = urlencode({"startrecord": start, "endrecord": start + step - 1, "perpage": per})
            body = urlencode(form).encode()
            _, xml, _ = self.get(f"{api}?{query}", "POST", body, "application/x-www-form-urlencoded")
            records = CDATA.findall(xml.decode("utf-8", "replace"))
            if not records:
                break
            for record in records:
                out += [urljoin(api, html.unescape(u)) for u in HREF.findall(record)]
            start += step
        return out

    def ztree(self, api: str) -> list[str]:
        out, stack = [], [""]
        while stack:
            node = stack.pop()
            _, body, _ = self.get(f"{api}?{urlencode({'id': node})}" if node else api)
            for child in json.loads(body):
                if child["isParent"]:
                    stack.append(child["id"])
                if child["url"]:
                    out.append(urljoin(api, child["url"]))
        return out
