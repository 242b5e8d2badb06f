"""The one mechanism blind50 adds: 淮安 (江苏)'s county platform (盱眙县 is the evidence).

Evidence (a public crawler for 盱眙县's 政府办发文, and two stored 盱眙县 article URLs):

* 信息公开 columns are pages ``/cmsweb/zwgk/<site>/index.html?topic=<n>&orgid=<32 hex>`` whose
  list comes from ``POST /articleCommonController/lists.do`` with the form ``page``,
  ``pagesize`` (15), ``topic``, ``rdeptid``, ``deptid`` (and ``zfwjtype``/``zfwjNo`` for 发文);
  the JSON answer is ``{"value": {"list": [{"title", "path", "domain", "releaseTime"}…],
  "total": N}}``, the article URL being ``domain + path``;
* articles ``/col/<n>_<m>/art/<8 digits>/<13-digit ms timestamp><7 letters>.html``
  (``www.xuyi.gov.cn/col/887_815381/art/17119008/1713833226179ZQvFPYtj.html``), body
  ``#UCAP-CONTENT`` (the crawler's selectors).

Assumed: the shell's markup and script (the crawler shows the request, not the page), the answer
to a GET (405), ordinary ``index.html``/``index_<n>.html`` static lists for the ``/col/`` news
columns, and that 淮安's other county sites run the same platform.
"""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs

from ..blind.core import Item, esc, h
from ..blind.sites_a import publish
from ..blind.skins import Skin
from ..blind24.platforms import write_lists
from ..model import Request, Resource
from .core import STAMP

LISTS = "/articleCommonController/lists.do"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def ha_path(col: str, it: Item) -> str:
    """``/col/<n>_<m>/art/<8 digits>/<ms timestamp><7 letters>.html``."""
    cst = dt.timezone(dt.timedelta(hours=8))
    ms = int(it.pub.replace(second=0, microsecond=0, tzinfo=cst).timestamp() * 1000)
    ms += it.uid % 1000
    tail = "".join(LETTERS[int(h("ha50", it.uid, k)[:6], 16) % 52] for k in range(7))
    return f"{col}art/{17000000 + it.uid % 900000:08d}/{ms}{tail}.html"


def ha_static(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15) -> list[Item]:
    """A ``/col/<n>_<m>/`` column with plain ``index.html``, ``index_2.html`` … lists."""
    out = publish(skin, col, name, trail, items, path_fn=ha_path, lists=False)
    write_lists(
        skin, name, trail, out, lambda n: f"{col}index.html" if n == 1 else f"{col}index_{n}.html", per
    )
    return out


class HaTopics:
    """One site's ``/articleCommonController/lists.do`` answers, by topic."""

    def __init__(self, skin: Skin, site: str, rdeptid: str):
        self.skin, self.site, self.rdeptid = skin, site, rdeptid
        self.topics: dict[str, list[Item]] = {}
        self.orgs: dict[str, str] = {}
        skin.ctx.handle(skin.c, LISTS, self.answer)

    def url(self, topic: int) -> str:
        return f"/cmsweb/zwgk/{self.site}/index.html?topic={topic}&orgid={self.orgs[str(topic)]}"

    def column(self, topic: int, col: str, name: str, trail, items: list[Item], per: int = 15) -> list[Item]:
        """Articles under ``col`` (a ``/col/<n>_<m>/`` path) listed only by the API, and the
        shell ``/cmsweb/zwgk/<site>/index.html?topic=…&orgid=…``."""
        skin = self.skin
        out = publish(skin, col, name, trail, items, path_fn=ha_path, lists=False)
        self.topics[str(topic)] = out
        org = h("org50", skin.c.host, topic)[:32]
        self.orgs[str(topic)] = org
        script = (
            f'<script type="text/javascript">var topic="{topic}",deptid="{org}",rdeptid="{self.rdeptid}",'
            f'pagesize={per};function loadData(page){{$.ajax({{url:"{LISTS}",type:"post",'
            'dataType:"json",data:{page:page,pagesize:pagesize,topic:topic,rdeptid:rdeptid,deptid:deptid},'
            "success:function(d){var v=d.value||{},l=v.list||[],s='';for(var i=0;i<l.length;i++){"
            "s+='<li><a href=\"'+(l[i].domain||'')+l[i].path+'\" target=\"_blank\" title=\"'+l[i].title+'\">'"
            "+l[i].title+'</a><span>'+l[i].releaseTime.substring(0,10)+'</span></li>';}"
            "$('#listContent').html(s);var n=Math.ceil((v.total||0)/pagesize),p='';for(var k=1;k<=n;k++){"
            "p+='<a href=\"javascript:void(0)\" onclick=\"loadData('+k+')\">'+k+'</a>';}"
            "$('#pageBar').html(p);}"
            "});}$(function(){loadData(1);});</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="zwgk-right"><div class="lm-title">{esc(name)}</div>'
            f'<ul class="list" id="listContent"></ul><div class="page" id="pageBar"></div></div>'
            '<script type="text/javascript" src="/cmsweb/js/jquery.min.js"></script>' + script
        )
        skin.put(
            f"/cmsweb/zwgk/{self.site}/index.html",
            skin.page(f"{name}_{skin.site_name}", body),
            query=f"topic={topic}&orgid={org}",
        )
        return out

    def answer(self, req: Request) -> Resource:
        if req.method != "POST":
            return Resource(
                b'{"success":false,"message":"Request method not supported"}',
                "application/json;charset=UTF-8",
                status=405,
                modified=STAMP,
            )
        form = {k: v[0] for k, v in parse_qs(req.body.decode("utf-8", "replace")).items()}
        try:
            page = max(1, int(form.get("page", "1")))
            size = max(1, min(50, int(form.get("pagesize", "15"))))
        except ValueError:
            page, size = 1, 15
        got = self.topics.get(form.get("topic", ""), [])
        if form.get("rdeptid") != self.rdeptid:
            got = []
        part = got[(page - 1) * size : page * size]
        obj = {
            "success": True,
            "code": "0",
            "message": "",
            "value": {
                "total": len(got),
                "page": page,
                "pagesize": size,
                "list": [
                    {
                        "id": h("ha50id", it.uid)[:32],
                        "title": it.title.replace("|", ""),
                        "domain": self.skin.c.base,
                        "path": it.path,
                        "releaseTime": it.pub.strftime("%Y-%m-%d %H:%M:%S"),
                    }
                    for it in part
                ],
            },
        }
        return Resource(
            json.dumps(obj, ensure_ascii=False).encode(), "application/json;charset=UTF-8", modified=STAMP
        )
