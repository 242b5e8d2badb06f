"""The page shapes of the platforms the blind24 sites sit on, each from public evidence.

* **西藏 集约化 platform** (拉萨, 昌都 and 林芝 county sites, and the 新疆 portals of the same
  family): columns ``/<site>/<col>/<name>.shtml`` (拉萨 ``cgq.gov.cn/cgqrmzf/czzj/czzj.shtml``,
  ``lasa.gov.cn/lasa/wjzl/common_list.shtml``) or ``/<site>/c<id>/<name>.shtml`` (昌都
  ``karuo.changdu.gov.cn/…/c101758/zfxxgk_gknrz.shtml``, 林芝
  ``bayiqu.gov.cn/byq/c105978/zfxxgk_czzj.shtml``); later pages ``<name>_2.shtml`` (a public
  crawler of ``lasa.gov.cn/lasa/zwgk/jbxxgk/tjxx_2.shtml``); articles
  ``/<site>/<col>/<YYYYMM>/<32 hex>.shtml`` (``dingqing.changdu.gov.cn/dqx/c105853/202005/
  a735ff9a….shtml``, ``www.lasa.gov.cn/lasa/tggs/202604/9bd6ff11….shtml``) and attachments
  ``…/<YYYYMM>/<32 hex>/files/<32 hex>.pdf`` (``jyj.changdu.gov.cn/cdsjyj/c101476/202205/
  764ee191…/files/f97a4fa1….pdf``). The same platform serves ``www.xinjiang.gov.cn``,
  ``rst.xinjiang.gov.cn``, ``sthjt.sc.gov.cn`` and ``www.csrc.gov.cn`` (``c100103/
  common_list_2.shtml``): a public crawler of ``rst.xinjiang.gov.cn`` reads rows from
  ``div.gknr_list dl dd`` and the page count from ``createPageHTML('page-div', <pages>,
  <current>, 'zfxxgk_gknrz', 'shtml', <n>)``, and builds ``zfxxgk_gknrz_<n>.shtml`` itself; a
  spider of ``www.xinjiang.gov.cn/xinjiang/gfxwj/zfxxgk_gknrz{_n}.shtml`` does the same. No
  ``<a>`` names a later page. That the current page counts from 1, that the last number is the
  record count and the script's path are assumed.
* **日喀则 county sites** (``drx.gov.cn/public-policy.thtml?id=14291``, ``sj.gov.cn``,
  ``arx.gov.cn`` … in a public coverage table): ``.thtml?id=<column>`` lists; the ``pn`` page
  parameter is that of the same ``.thtml`` CMS elsewhere (``cangpin.thtml?id=10950&&pn=1`` in a
  public museum crawler); the article URL ``/public-policy-details.thtml?id=<n>`` is assumed.
* **广东 集约化 platform**: columns ``/<col>/index.html``, ``index_2.html``; articles
  ``/<col>/content/post_<id>.html`` (sites.md "Others"; RSSHub's 茂南 route); attachments
  ``/attachment/0/<a>/<b>/<id>.pdf`` (a public note on 广东 pages:
  ``attachment/0/0/809/42890.pdf``); and the 政府信息公开 catalogue ``/gkmlpt/index`` whose
  lists come only from ``/gkmlpt/api/all/<column>?page=N&sid=<sid>`` as JSON with
  ``articles``, ``total`` and ``classify.post_count`` (public crawlers of ``www.gd.gov.cn``,
  ``rsj.gz.gov.cn``, ``whly.gd.gov.cn``, ``www.szpsq.gov.cn``: ``…/gkmlpt/api/all/5?page=1&sid=2``),
  the page naming the site id and column tree in ``window._CONFIG``; hash routes
  ``/gkmlpt/index#<column>``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from ..blind.core import chunks, esc
from ..blind.sites_a import publish
from ..blind.skins import Skin
from ..model import Request, Resource
from .core import County, Ctx24, Item, json_res

Trail = list[tuple[str, str]]


def hexid(c: County, it: Item, salt: str = "") -> str:
    return hashlib.md5(f"blind24|{c.key}|{it.uid}|{salt}".encode()).hexdigest()


def static_pager(pages: int, cur: int, href: Callable[[int], str]) -> str:
    """共N页 首页 上一页 下一页 尾页, as plain links (cur from 1)."""
    if pages <= 1:
        return ""
    parts = [f"<span>共{pages}页 当前第{cur}页</span>", f'<a href="{esc(href(1))}">首页</a>']
    if cur > 1:
        parts.append(f'<a href="{esc(href(cur - 1))}">上一页</a>')
    if cur < pages:
        parts.append(f'<a href="{esc(href(cur + 1))}">下一页</a>')
    parts.append(f'<a href="{esc(href(pages))}">尾页</a>')
    return '<div class="page">' + " ".join(parts) + "</div>"


def write_lists(
    skin: Skin,
    name: str,
    trail: Trail,
    items: list[Item],
    page_url: Callable[[int], str],
    per: int = 15,
    side: str = "",
    pager: Callable[[int, int, int], str] | None = None,
    rows: Callable[[list[Item]], str] | None = None,
) -> None:
    """The column's list pages, ``page_url(n)`` (path and query, n from 1), rows with absolute
    paths; the pager is ``pager(pages, n, records)`` or plain links."""
    pages = chunks(items, per)
    for n, chunk in enumerate(pages, 1):
        if rows is not None:
            listing = rows(chunk)
        else:
            listing = (
                '<ul class="list">'
                + ("".join(skin.li(it, it.path) for it in chunk) or "<li>暂无信息</li>")
                + "</ul>"
            )
        nav = pager(len(pages), n, len(items)) if pager else static_pager(len(pages), n, page_url)
        body = (
            f'{skin.crumbs(trail)}<div class="left">{side}</div><div class="right">'
            f'<div class="lm-title"><h2>{esc(name)}</h2></div>{listing}{nav}</div>'
        )
        path, _, query = page_url(n).partition("?")
        skin.put(path, skin.page(f"{name}_{skin.site_name}", body), query=query)


# ---------------------------------------------------------------------------- 西藏
def xz_pager(stem: str) -> Callable[[int, int, int], str]:
    """The platform's script pager: an empty ``#page-div`` filled by
    ``createPageHTML('page-div', <pages>, <current>, '<stem>', 'shtml', <records>)`` (a public
    crawler of ``rst.xinjiang.gov.cn`` reads exactly this call to learn the page count)."""

    def pager(pages: int, cur: int, records: int) -> str:
        if pages <= 1:
            return ""
        return (
            '<div class="page" id="page-div"></div><script src="/common/js/createPage.js"></script>'
            f"<script>createPageHTML('page-div', {pages}, {cur}, '{stem}', 'shtml', {records});</script>"
        )

    return pager


CREATE_PAGE_JS = """/* 分页 */
function createPageHTML(divId, pages, cur, stem, ext, total) {
  var el = document.getElementById(divId);
  if (!el || pages <= 1) return;
  function u(n) { return n == 1 ? stem + "." + ext : stem + "_" + n + "." + ext; }
  var h = "<span>共" + total + "条 " + cur + "/" + pages + "页</span>";
  h += '<a href="' + u(1) + '">首页</a>';
  if (cur > 1) h += '<a href="' + u(cur - 1) + '">上一页</a>';
  for (var i = Math.max(1, cur - 2); i <= Math.min(pages, cur + 2); i++) {
    h += i == cur ? "<b>" + i + "</b>" : '<a href="' + u(i) + '">' + i + "</a>";
  }
  if (cur < pages) h += '<a href="' + u(cur + 1) + '">下一页</a>';
  h += '<a href="' + u(pages) + '">尾页</a>';
  el.innerHTML = h;
}
"""


def gknr_rows(items: list[Item]) -> str:
    """信息公开 rows as the platform writes them: ``div.gknr_list dl dd`` with ``a[title]`` and a
    date ``span`` (the same crawler's selectors)."""
    dds = "".join(
        f'<dd><a href="{esc(it.path)}" target="_blank" title="{esc(it.title.replace("|", ""))}">'
        f"{esc(it.title.replace('|', ''))}</a><span>{it.date}</span></dd>"
        for it in items
    )
    return f'<div class="gknr_list"><dl>{dds or "<dd>暂无信息</dd>"}</dl></div>'


def xz_column(
    skin: Skin, col: str, stem: str, name: str, trail: Trail, items: list[Item], per: int = 15
) -> list[Item]:
    """A 西藏 platform column: ``col + stem + ".shtml"``, ``stem_2.shtml`` … paged by the
    platform's ``createPageHTML`` script; articles ``col + YYYYMM/<hex>.shtml``; 信息公开 columns
    (``zfxxgk_*``) write ``gknr_list`` rows."""
    c = skin.c

    def path(cl: str, it: Item) -> str:
        return f"{cl}{it.pub:%Y%m}/{hexid(c, it)}.shtml"

    out = publish(skin, col, name, trail, items, path_fn=path, lists=False)
    skin.ctx.put(c, "/common/js/createPage.js", CREATE_PAGE_JS, ctype="application/javascript; charset=utf-8")
    write_lists(
        skin,
        name,
        trail,
        out,
        lambda n: f"{col}{stem}.shtml" if n == 1 else f"{col}{stem}_{n}.shtml",
        per,
        pager=xz_pager(stem),
        rows=gknr_rows if stem.startswith("zfxxgk") else None,
    )
    return out


def xz_attach(ctx: Ctx24, c: County, it: Item, col: str, kind: str, body: list[str]) -> str:
    """A 西藏 platform attachment ``col + YYYYMM/<hex>/files/<hex>.<kind>``."""
    it.uid = it.uid or ctx.uid()
    path = f"{col}{it.pub:%Y%m}/{hexid(c, it)}/files/{hexid(c, it, 'file')}.{kind}"
    return ctx.attach(c, it, path, kind, body)


# ---------------------------------------------------------------------------- 日喀则 .thtml
def thtml_column(
    skin: Skin, col_id: int, name: str, trail: Trail, items: list[Item], per: int = 15
) -> list[Item]:
    """A ``.thtml`` column: ``/public-policy.thtml?id=<col>`` and ``&pn=N``; articles
    ``/public-policy-details.thtml?id=<n>``."""
    ctx = skin.ctx
    for it in items:
        it.uid = it.uid or ctx.uid()
    items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        it.path = it.path or f"/public-policy-details.thtml?id={it.uid % 100000 + 20000}"
        path, _, query = it.path.partition("?")
        skin.put(path, skin.article(it, name, trail), query=query, modified=it.pub)
        for _label, apath, data in it.attachments:
            ctype = "application/pdf" if apath.endswith(".pdf") else "application/msword"
            ctx.put(skin.c, apath, data, ctype=ctype, modified=it.pub)
    write_lists(
        skin,
        name,
        trail,
        items,
        lambda n: f"/public-policy.thtml?id={col_id}" + ("" if n == 1 else f"&pn={n}"),
        per,
    )
    return items


# ---------------------------------------------------------------------------- 广东
def post_path(col: str, it: Item) -> str:
    return f"{col}content/post_{it.uid % 900000 + 1900000}.html"


def gd_column(skin: Skin, col: str, name: str, trail: Trail, items: list[Item], per: int = 20) -> list[Item]:
    """A 广东 platform column ``col + index.html``, ``index_2.html`` …; articles
    ``col + content/post_<id>.html``."""
    out = publish(skin, col, name, trail, items, path_fn=post_path, lists=False)
    write_lists(
        skin, name, trail, out, lambda n: f"{col}index.html" if n == 1 else f"{col}index_{n}.html", per
    )
    return out


def gd_attach(ctx: Ctx24, c: County, it: Item, kind: str, body: list[str]) -> str:
    it.uid = it.uid or ctx.uid()
    n = it.uid % 90000 + 10000
    return ctx.attach(c, it, f"/attachment/0/{n % 7}/{n // 100 % 1000}/{n}.{kind}", kind, body)


def gkmlpt(
    ctx: Ctx24, skin: Skin, sid: str, tree: dict[int, tuple[str, list[Item]]], per: int = 100
) -> dict[int, list[Item]]:
    """The 广东 政府信息公开 catalogue ``/gkmlpt/index``: articles
    ``/gkmlpt/content/<a>/<id // 1000>/post_<id>.html`` (``www.zhaoqing.gov.cn/zqjtj/gkmlpt/
    content/2/2519/post_2519864.html``), lists only from the JSON API."""
    c = skin.c
    lists: dict[int, list[Item]] = {}
    for col, (name, items) in tree.items():
        for it in items:
            it.uid = it.uid or ctx.uid()
            pid = it.uid % 900000 + 1900000
            it.path = f"/gkmlpt/content/{pid // 1000000}/{pid // 1000}/post_{pid}.html"
            skin.write_article(it, name, [("/gkmlpt/index", "政府信息公开"), (f"/gkmlpt/index#{col}", name)])
        lists[col] = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    config = {
        "SID": sid,
        "APP_URL": c.base,
        "TREE": [
            {"id": col, "name": name, "parent": 0, "post_count": len(items)}
            for col, (name, items) in tree.items()
        ],
    }
    body = (
        f'<div id="app"></div><script>window._CONFIG = {json.dumps(config, ensure_ascii=False)};</script>'
        '<script src="/gkmlpt/static/js/chunk-vendors.js"></script>'
        '<script src="/gkmlpt/static/js/app.js"></script>'
        "<noscript>请启用浏览器的JavaScript功能</noscript>"
    )
    skin.put("/gkmlpt/index", skin.page(f"政府信息公开_{skin.site_name}", body))

    def api(req: Request) -> Resource:
        try:
            col = int(req.path.rsplit("/", 1)[-1])
            page = max(1, int(req.params().get("page", "1") or "1"))
        except ValueError:
            return Resource(b"{}", "application/json", status=400)
        if col not in lists or req.params().get("sid") != sid:
            return json_res({"classify": None, "articles": [], "total": 0})
        chunk = lists[col][(page - 1) * per : page * per]
        return json_res(
            {
                "classify": {"id": col, "name": tree[col][0], "parent": 0, "post_count": len(lists[col])},
                "articles": [
                    {
                        "id": it.uid % 900000 + 1900000,
                        "title": it.title.replace("|", ""),
                        "url": c.base + it.path,
                        "identifier": f"{c.adcode}/{it.pub:%Y}-{it.uid % 10**5:05d}",
                        "publisher": it.source,
                        "created_at": f"{it.pub:%Y-%m-%d %H:%M:%S}",
                        "date": int(it.pub.timestamp()),
                    }
                    for it in chunk
                ],
                "total": len(lists[col]),
            }
        )

    ctx.handle_prefix(c, "/gkmlpt/api/all/", api)
    return lists
