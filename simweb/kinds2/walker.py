"""A walker that knows the ``kinds2`` profile's own mechanisms, for the tests (not a crawler).

On top of ``simweb.kinds.walker`` (hrefs, srcs of frames and iframes, …) it pages ``?page=N`` lists
from their script's ``totalPage`` and iframe lists from ``共N页`` and ``toPage(n)``, POSTs ASP.NET
``__doPostBack`` and JSP ``pageForm`` pagers,
fills art-template blocks from the POST JSON list behind a ``laypage``, expands ``$.each``
template literals and ``forEach`` + ``new Date(publishTime)`` paths, fetches the JSON behind a
``detail.html?id=`` shell, and drops ``;jsessionid=`` from a URL (queueing both forms). It never
enters a trap.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from ..kinds.walker import HREF
from ..kinds.walker import Walker as KindsWalker

TOTAL_PAGER = re.compile(r"var totalPage = (\d+).*?href=\\?\"\?([^'\"\\]+)&page=", re.S)
TO_PAGE = re.compile(r"共(\d+)页.*?function toPage\(n\)\{ location\.href = '([^']+)' \+ n;", re.S)
POSTBACK_FORM = re.compile(r'<form name="form1" method="post" action="([^"]+)"')
POSTBACK_PAGE = re.compile(r"__doPostBack\('AspNetPager1','(\d+)'\)")
PAGE_FORM = re.compile(r'<form id="pageForm"[^>]*action="([^"]+)" method="post">(.*?)</form>', re.S)
HIDDEN = re.compile(r'<input type="hidden" name="(\w+)"[^>]*value="([^"]*)"')
GO_PAGE = re.compile(r"goPage\((\d+)\)")
ART_TPL = re.compile(r'<script type="text/html" id="listTpl">.*?href="([^"]+)"', re.S)
ART_API = re.compile(r"url: '([^']+)', type: 'POST'.*?channel: '([^']+)'", re.S)
EACH_API = re.compile(r"\$\.getJSON\('([^']+)', \{channelId: (\d+)")
EACH_HREF = re.compile(r"\$\.each\(res\.rows.*?href=\\?\"([^\"\\]+)\\?\"", re.S)
FETCH_API = re.compile(r"fetch\('([^']+)', \{method: 'POST'.*?body: 'columnId=(\d+)&", re.S)
DETAIL_API = re.compile(r"\$\.getJSON\('([^']+)', \{id: id\}")
PLACEHOLDER = re.compile(r"\{\{item\.(\w+)\}\}|\$\{item\.(\w+)\}")
SESSION = re.compile(r";jsessionid=[^?#/]*")
CST = dt.timezone(dt.timedelta(hours=8))


def fill(template: str, row: dict) -> str:
    """Replace ``{{item.x}}`` and ``${item.x}`` by the row's values."""
    return PLACEHOLDER.sub(lambda m: str(row[m.group(1) or m.group(2)]), template)


class Walker(KindsWalker):
    def links(self, url: str, text: str) -> list[str]:
        out = super().links(url, text)
        out += [SESSION.sub("", u) for u in out if ";jsessionid=" in u]
        for total, query in TOTAL_PAGER.findall(text):
            out += [urljoin(url, f"?{html.unescape(query)}&page={n}") for n in range(1, int(total) + 1)]
        for total, target in TO_PAGE.findall(text):
            out += [urljoin(url, html.unescape(target) + str(n)) for n in range(1, int(total) + 1)]
        base = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"
        form = POSTBACK_FORM.search(text)
        if form:
            out += self.postback(urljoin(url, html.unescape(form.group(1))), text)
        pager = PAGE_FORM.search(text)
        if pager:
            out += self.page_form(urljoin(url, pager.group(1)), dict(HIDDEN.findall(pager.group(2))), text)
        tpl, api = ART_TPL.search(text), ART_API.search(text)
        if tpl and api:
            out += self.arttpl(base + api.group(1), api.group(2), base, tpl.group(1))
        each, each_href = EACH_API.search(text), EACH_HREF.search(text)
        if each and each_href:
            out += self.each(base + each.group(1), int(each.group(2)), base, each_href.group(1))
        for api, column in FETCH_API.findall(text):
            out += self.fetch_list(base + api, int(column), base)
        detail = DETAIL_API.search(text)
        if detail:
            query = dict(parse_qsl(urlsplit(url).query))
            out.append(base + detail.group(1) + "?" + urlencode({"id": query.get("id", "")}))
        return out

    def hrefs(self, url: str, body: bytes, ctype: str) -> list[str]:
        text = self.decode(body, ctype)
        found = [urljoin(url, html.unescape(u)) for u in HREF.findall(text)]
        return found + [SESSION.sub("", u) for u in found if ";jsessionid=" in u]

    def postback(self, action: str, text: str) -> list[str]:
        out = []
        pages = max(map(int, POSTBACK_PAGE.findall(text)), default=1)
        for n in range(2, pages + 1):
            form = {"__EVENTTARGET": "AspNetPager1", "__EVENTARGUMENT": str(n), "__VIEWSTATE": "x"}
            status, body, ctype = self.get(
                action, "POST", urlencode(form).encode(), "application/x-www-form-urlencoded"
            )
            out += self.hrefs(action, body, ctype) if status == 200 else []
        return out

    def page_form(self, action: str, hidden: dict[str, str], text: str) -> list[str]:
        out = []
        pages = max(map(int, GO_PAGE.findall(text)), default=1)
        for n in range(2, pages + 1):
            form = {**hidden, "pageNo": str(n)}
            status, body, ctype = self.get(
                action, "POST", urlencode(form).encode(), "application/x-www-form-urlencoded"
            )
            out += self.hrefs(action, body, ctype) if status == 200 else []
        return out

    def arttpl(self, api: str, channel: str, base: str, template: str) -> list[str]:
        out = []
        for page in range(1, 100):
            body = json.dumps({"channel": channel, "pageIndex": page, "pageSize": 10}).encode()
            _, data, _ = self.get(api, "POST", body, "application/json")
            rows = json.loads(data)["data"]["list"]
            if not rows:
                break
            out += [urljoin(base, fill(template, r)) for r in rows]
        return out

    def each(self, api: str, channel: int, base: str, template: str) -> list[str]:
        out = []
        for page in range(1, 100):
            _, data, _ = self.get(api + "?" + urlencode({"channelId": channel, "page": page, "size": 12}))
            rows = json.loads(data)["rows"]
            if not rows:
                break
            out += [urljoin(base, fill(template, r)) for r in rows]
        return out

    def fetch_list(self, api: str, column: int, base: str) -> list[str]:
        out = []
        for page in range(1, 100):
            form = urlencode({"columnId": column, "pageNo": page, "pageSize": 15}).encode()
            _, data, _ = self.get(api, "POST", form, "application/x-www-form-urlencoded")
            rows = json.loads(data)["data"]["records"]
            if not rows:
                break
            for r in rows:
                d = dt.datetime.fromtimestamp(r["publishTime"] / 1000, CST)
                out.append(f"{base}/art/{d.year}/{d.month}/{d.day}/art_{r['columnId']}_{r['id']}.html")
        return out
