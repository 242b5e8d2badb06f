"""The page shapes of the platforms the blind25 sites sit on, each from public evidence.

* **德州 platform** (德州 portal and counties; the ``n<id>/c<id>/content.html`` CMS of
  ``www.sasac.gov.cn``): columns ``/n<id>/n<id>/index.html`` (``www.dezhou.gov.cn/n1403/
  n38391604/n59392514/index.html`` 政策文件 in a public coverage table; ``dztj.dezhou.gov.cn/
  n3100530/n38260319/index.html``), articles ``…/c<id>/content.html`` (``dzzf.dezhou.gov.cn/
  n47250704/…/n74200527/c76691182/content.html``, ``dztj.dezhou.gov.cn/n54289016/…/c68576092/
  content.html``). Later list pages ``index_<component>_<k>.html`` numbered *down* from the
  second page to the last (public crawlers of ``www.sasac.gov.cn/n2588035/n2588320/n2588335/
  index_2603340_{k}.html``, one walking ``range(17, 0, -1)`` after ``index.html``). That the pager
  is written as plain links is assumed.
* **菏泽 集约化 platform** (``*.heze.gov.cn`` and the county sites on it): lists come only from
  ``POST /els-service/article/{page}/{size}`` with the JSON body ``{"dw": [<site id>],
  "catas": [<column id>], "fwzt": "3", "order": "fwdate", "type": [1]}``, answering
  ``data.contents[i].{xxid, subject, fwdate}``; articles ``/{dwid}/{xxid}.html``; attachments
  ``/upload-service/{dq}/{dwid}/WY{fileid}.pdf`` (a public collector of ``hzszjj.heze.gov.cn``).
  The page script that calls it, the ``total`` field and 32-hex ``xxid`` values are assumed.
* **Hanweb JCMS** (淄博 counties; the most common platform of 山东 county sites, e.g.
  ``www.kenli.gov.cn/col/col239700/index.html`` in a public coverage table, ``www.sdfda.gov.cn``
  and ``www.jiangxi.gov.cn`` crawlers): ``/col/col<id>/index.html`` carrying the first records in
  ``<script type="text/xml"><datastore>``; more from ``POST /module/web/jpage/dataproxy.jsp?
  startrecord=1&endrecord=45&perpage=15`` with the form ``col=1&appid=1&webid=…&path=/&columnid=…
  &sourceContentType=1&unitid=…&webname=…&permissiontype=0`` (public crawlers of
  ``www.sdfda.gov.cn``, ``cr16g.crcc.cn``, ``www.jiangxi.gov.cn``); articles ``/art/YYYY/M/D/
  art_<col>_<id>.html`` (``www.cma.org.cn/art/2025/10/29/art_4584_60353.html``); attachments
  ``/module/download/downfile.jsp?classid=0&filename=<hex>.pdf`` (a stored ``hzft.gov.cn`` file).
* **河南 集约化 platform** (洛阳 counties): articles ``/YYYY/MM-DD/<id>.html``
  (``www.ly.gov.cn/2025/03-12/530140.html``, 洛阳市's own 2024 法治政府建设 report, breadcrumb
  首页 > 政务公开 > 政府信息公开目录 > …); static columns ``index.html``, ``index_1.html`` …
  (public crawlers of ``hct.henan.gov.cn/zwgk/xxgk/zfxxgknb/index_1.html`` and
  ``www.henan.gov.cn/zwgk/fgwj/szfl/index{_n}.html``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from urllib.parse import parse_qs

from ..blind.core import chunks, esc
from ..blind.sites_a import publish
from ..blind.skins import Skin
from ..model import Request, Resource
from .core import STAMP, County, Ctx25, Item, json_res

Trail = list[tuple[str, str]]


def hexid(c: County, it: Item, salt: str = "") -> str:
    return hashlib.md5(f"blind25|{c.key}|{it.uid}|{salt}".encode()).hexdigest()


class GbkSkin(Skin):
    encoding = "gbk"


def static_pager(pages: int, cur: int, href: Callable[[int], str]) -> str:
    """共N页 首页 上一页 下一页 尾页 as plain links (cur from 1)."""
    if pages <= 1:
        return ""
    parts = [f"<span>共{pages}页 第{cur}页</span>", f'<a href="{esc(href(1))}">首页</a>']
    if cur > 1:
        parts.append(f'<a href="{esc(href(cur - 1))}">上一页</a>')
    if cur < pages:
        parts.append(f'<a href="{esc(href(cur + 1))}">下一页</a>')
    parts.append(f'<a href="{esc(href(pages))}">尾页</a>')
    return '<div class="page">' + " ".join(parts) + "</div>"


def write_lists(
    skin: Skin, name: str, trail: Trail, items: list[Item], page_url: Callable[[int, int], str], per: int = 20
) -> None:
    pages = chunks(items, per)
    total = len(pages)
    for n, chunk in enumerate(pages, 1):
        rows = "".join(skin.li(it, it.path) for it in chunk) or "<li>暂无信息</li>"
        nav = static_pager(total, n, lambda k: page_url(k, total))
        body = (
            f'{skin.crumbs(trail)}<div class="right"><div class="lm-title"><h2>{esc(name)}</h2></div>'
            f'<ul class="list">{rows}</ul>{nav}</div>'
        )
        skin.put(page_url(n, len(pages)), skin.page(f"{name}_{skin.site_name}", body))


# ---------------------------------------------------------------------------- 德州
def dz_column(
    skin: Skin, col: str, comp: int, name: str, trail: Trail, items: list[Item], per: int = 20
) -> list[Item]:
    """A 德州 column ``col + index.html``; page p > 1 is ``index_<comp>_<pages - p + 1>.html``;
    articles ``col + c<id>/content.html``."""

    def path(cl: str, it: Item) -> str:
        return f"{cl}c{it.uid % 9000000 + 70000000}/content.html"

    out = publish(skin, col, name, trail, items, path_fn=path, lists=False)
    write_lists(
        skin,
        name,
        trail,
        out,
        lambda n, t: f"{col}index.html" if n == 1 else f"{col}index_{comp}_{t - n + 1}.html",
        per,
    )
    return out


# ---------------------------------------------------------------------------- 河南
def ha_column(skin: Skin, col: str, name: str, trail: Trail, items: list[Item], per: int = 20) -> list[Item]:
    """A 河南 platform column ``col + index.html``, ``index_1.html`` …; articles
    ``/YYYY/MM-DD/<id>.html``."""

    def path(_cl: str, it: Item) -> str:
        return f"/{it.pub:%Y}/{it.pub:%m-%d}/{it.uid % 900000 + 2300000}.html"

    out = publish(skin, col, name, trail, items, path_fn=path, lists=False)
    write_lists(
        skin,
        name,
        trail,
        out,
        lambda n, _t: f"{col}index.html" if n == 1 else f"{col}index_{n - 1}.html",
        per,
    )
    return out


# ---------------------------------------------------------------------------- Hanweb
def jcms_record(it: Item) -> str:
    t = esc(it.title.replace("|", ""))
    return (
        f'<record><![CDATA[<li><a href="{esc(it.path)}" target="_blank" title="{t}">{t}</a>'
        f"<span>{it.date}</span></li>]]></record>"
    )


def hanweb(
    ctx: Ctx25,
    skin: Skin,
    webid: str,
    unit: str,
    webname: str,
    cols: dict[int, tuple[str, list[Item]]],
    keep: set[int] = frozenset(),
) -> dict[int, list[Item]]:
    """Hanweb columns ``/col/col<id>/index.html`` carrying 45 records in their ``<datastore>``;
    all records from the ``dataproxy.jsp`` POST. ``keep``: columns whose order is given."""
    c = skin.c
    lists: dict[int, list[Item]] = {}
    for col, (name, items) in cols.items():
        for it in items:
            it.uid = it.uid or ctx.uid()
        if col not in keep:
            items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
        for it in items:
            it.path = (
                it.path
                or f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{col}_{it.uid % 900000 + 100000}.html"
            )
            skin.write_article(it, name, [(f"/col/col{col}/index.html", name)])
        lists[col] = items
        recs = "".join(jcms_record(it) for it in items[:45])
        body = (
            f"{skin.crumbs([(f'/col/col{col}/index.html', name)])}"
            f'<div class="lm-title"><h2>{esc(name)}</h2></div>'
            f'<div id="{unit}"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="'
            f"/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid={webid}&path=/&columnid={col}"
            f'&unitid={unit}&webname={esc(webname)}&permissiontype=0"></a>]]></nextgroup>'
            f"<recordset>{recs}</recordset></datastore></script></div>"
            '<script src="/module/web/jpage/jpage.js"></script>'
            f"<script>$('#{unit}').jpage({{dataStore:dataStore,perPage:15,proxyUrl:'/module/web/jpage/"
            f"dataproxy.jsp',totalRecord:{len(items)},ajaxParam:{{col:1,appid:1,webid:{webid},path:'/',"
            f"columnid:{col},sourceContentType:1,unitid:{unit},webname:'{webname}',permissiontype:0}}}});"
            "</script>"
        )
        skin.put(f"/col/col{col}/index.html", skin.page(f"{name}_{skin.site_name}", body))

    def proxy(req: Request) -> Resource:
        args = {**req.params(), **{k: v[0] for k, v in parse_qs(req.body.decode("utf-8", "replace")).items()}}
        try:
            col = int(args.get("columnid", "0"))
            start, end = int(args.get("startrecord", "1")), int(args.get("endrecord", "45"))
        except ValueError:
            return Resource(b"<datastore></datastore>", "text/xml; charset=utf-8", status=400)
        items = lists.get(col, [])
        recs = "".join(jcms_record(it) for it in items[max(0, start - 1) : max(0, end)])
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(items)}</totalrecord>'
            f"<totalpage>{(len(items) + 14) // 15}</totalpage><recordset>{recs}</recordset></datastore>"
        )
        return Resource(xml.encode(), "text/xml; charset=utf-8", modified=STAMP)

    ctx.handle(c, "/module/web/jpage/dataproxy.jsp", proxy)
    return lists


def hanweb_attach(ctx: Ctx25, c: County, it: Item, body: list[str]) -> str:
    """A Hanweb attachment ``/module/download/downfile.jsp?classid=0&filename=<hex>.pdf``."""
    it.uid = it.uid or ctx.uid()
    return ctx.attach(
        c, it, f"/module/download/downfile.jsp?classid=0&filename={hexid(c, it, 'f')}.pdf", "pdf", body
    )


def put_attachments(ctx: Ctx25, c: County, it: Item) -> None:
    """Serve attachments whose path holds a query (write_article stores paths as given)."""
    for _label, apath, data in it.attachments:
        path, _, query = apath.partition("?")
        ctype = "application/pdf" if apath.endswith(".pdf") else "application/msword"
        ctx.put(c, path, data, query=query, ctype=ctype, modified=it.pub)


# ---------------------------------------------------------------------------- 菏泽
ELS_JS = """/* 信息公开列表 */
function loadPage(p) {
  $.ajax({url: '/els-service/article/' + p + '/' + pageSize, type: 'POST', contentType: 'application/json',
    data: JSON.stringify({dw: [dw], catas: [catas], fwzt: '3', order: 'fwdate', type: [1]}),
    success: function (r) {
      var h = '';
      $.each(r.data.contents, function (i, c) {
        h += '<li><a href="/' + dw + '/' + c.xxid + '.html" target="_blank">' + c.subject + '</a>'
          + '<span>' + c.fwdate + '</span></li>';
      });
      $('#list').html(h);
      $('#page').html(pager(p, Math.ceil(r.data.total / pageSize)));
    }});
}
function pager(p, n) {
  var h = '<span>共' + n + '页</span>';
  if (p > 1) h += '<a href="javascript:loadPage(' + (p - 1) + ')">上一页</a>';
  if (p < n) h += '<a href="javascript:loadPage(' + (p + 1) + ')">下一页</a>';
  return h;
}
"""


def els_columns(
    ctx: Ctx25,
    skin: Skin,
    dw: str,
    cols: dict[str, tuple],
    size: int = 15,
) -> dict[str, list[Item]]:
    """菏泽 platform columns ``<section>/<cata>.html`` (``cols``: cata -> (name, items) in
    ``/zfxxgk/``, or (name, items, (section path, section name))): an empty ``#list`` filled by
    ``loadPage(1)`` from ``POST /els-service/article/{page}/{size}``; articles ``/{dw}/{xxid}.html``."""
    c = skin.c
    lists: dict[str, list[Item]] = {}
    for cata, (name, items, *rest) in cols.items():
        prefix, section = rest[0] if rest else ("/zfxxgk/", "政府信息公开")
        for it in items:
            it.uid = it.uid or ctx.uid()
        items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
        trail = [(f"{prefix}index.html", section), (f"{prefix}{cata}.html", name)]
        for it in items:
            it.path = f"/{dw}/{hexid(c, it, 'xx')}.html"
            skin.write_article(it, name, trail)
            put_attachments(ctx, c, it)
        lists[cata] = items
        body = (
            f'{skin.crumbs(trail)}<div class="right"><div class="lm-title"><h2>{esc(name)}</h2></div>'
            '<ul class="list" id="list"></ul><div class="page" id="page"></div></div>'
            '<script src="/static/js/jquery.min.js"></script><script src="/static/js/els-list.js"></script>'
            f"<script>var dw='{dw}',catas='{cata}',pageSize={size};loadPage(1);</script>"
        )
        skin.put(f"{prefix}{cata}.html", skin.page(f"{name}_{skin.site_name}", body))
    ctx.put(c, "/static/js/els-list.js", ELS_JS, ctype="application/javascript; charset=utf-8")

    def api(req: Request) -> Resource:
        parts = req.path.rstrip("/").split("/")
        try:
            page, per = max(1, int(parts[-2])), max(1, min(100, int(parts[-1])))
            q = json.loads(req.body or b"{}")
        except (ValueError, IndexError):
            return json_res({"code": 400, "data": None})
        if req.method != "POST" or dw not in (q.get("dw") or []):
            return json_res({"code": 200, "data": {"contents": [], "total": 0}})
        items = [it for cata in (q.get("catas") or []) for it in lists.get(str(cata), [])]
        chunk = items[(page - 1) * per : page * per]
        return json_res(
            {
                "code": 200,
                "msg": "success",
                "data": {
                    "total": len(items),
                    "contents": [
                        {
                            "xxid": it.path.rsplit("/", 1)[1][:-5],
                            "subject": it.title.replace("|", ""),
                            "fwdate": f"{it.pub:%Y-%m-%d}",
                            "dw": dw,
                        }
                        for it in chunk
                    ],
                },
            }
        )

    ctx.handle_prefix(c, "/els-service/article/", api)
    return lists


def els_attach(
    ctx: Ctx25, c: County, dw: str, it: Item, kind: str, body: list[str], scan: bytes = b""
) -> str:
    """A 菏泽 platform attachment ``/upload-service/<adcode>/<dw>/WY<id>.<kind>``."""
    it.uid = it.uid or ctx.uid()
    path = f"/upload-service/{c.adcode}/{dw}/WY{it.uid % 9000000 + 1000000}.{kind}"
    if scan:
        it.attachments.append((it.title.replace("|", "") + ".pdf", path, scan))
        return path
    return ctx.attach(c, it, path, kind, body)
