"""Page shapes of the blind48 platforms (the evidence and what is assumed: ``README.md``).

* **eportal 信息公开** (衡水 counties): 衡水's county 信息公开 run on the city's eportal platform
  (public crawlers of ``xxgk.hengshui.gov.cn/eportal/ui?pageId=793450`` and, for 饶阳县,
  ``…/eportal/ui?pageId=2637137&currentPage=<n>&moduleId=<32 hex>`` with articles under
  ``/hssryx/…/index.html``; the same ``/eportal/ui?pageId=`` platform runs ``info.hebei.gov.cn``).
  A column is ``/eportal/ui?pageId=<id>``; its later pages
  ``/eportal/ui?pageId=<id>&currentPage=<n>&moduleId=<hex>&staticRequest=yes`` are named only in
  the pager's ``onclick="queryArticleByCondition(this,'…')"`` (the pager markup is assumed);
  articles ``/<site>/<pageId>/<col>/<id>/index.html``; attachments
  ``/eportal/fileDir/<site>/resource/cms/<YYYY>/<MM>/<stamp>.pdf`` (assumed).
* **``content_<id>`` CMS** (塔城地区 counties): extensionless columns such as ``/xxgk/zc/gfxwj``,
  ``/zfxxgk/zc/gfxwj``, ``/zwdt/gsgg`` and articles ``<column>/content_<id>`` (a public list of
  policy columns names ``www.xjsw.gov.cn/xxgk/zc/gfxwj``, ``www.xjtl.gov.cn/zfxxgk/zc/gfxwj``,
  ``www.xjym.gov.cn/zwgk/zc/gfxwj``; a public data file cites ``www.xjsw.gov.cn/zwdt/gsgg/
  content_31323``; ``www.xjtc.gov.cn/ywdt/jrtc/xsdt/content_56828``). Later list pages
  ``<column>?p=<n>`` behind plain 下一页 links are assumed (the sites' search takes ``p=``).
"""

from __future__ import annotations

from ..blind.core import Item, chunks, esc, h
from ..blind.skins import Skin

EP = "/eportal/ui"


def _t(it: Item) -> str:
    return it.title.replace("|", "")


def _sorted(ctx, items: list[Item]) -> list[Item]:
    for it in items:
        it.uid = it.uid or ctx.uid()
    return sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)


def ep_url(pid: int, mid: str = "", n: int = 1) -> str:
    if n == 1 and not mid:
        return f"{EP}?pageId={pid}"
    return f"{EP}?pageId={pid}&currentPage={n}&moduleId={mid}&staticRequest=yes"


def ep_attach(ctx, c, site: str, it: Item, kind: str, body: list[str]) -> str:
    """An eportal upload ``/eportal/fileDir/<site>/resource/cms/<YYYY>/<MM>/<stamp>.<kind>``."""
    it.uid = it.uid or ctx.uid()
    stamp = f"{it.pub:%Y%m%d%H%M}{it.uid % 100000:05d}"
    path = f"/eportal/fileDir/{site}/resource/cms/{it.pub:%Y/%m}/{stamp}.{kind}"
    return ctx.attach(c, it, path, kind, body)


def eportal_columns(
    skin: Skin, site: str, cols: dict[int, tuple[str, str, list[Item]]], trail0, per: int = 15
) -> dict[int, list[Item]]:
    """``cols[pageId] = (slug, name, items)``: eportal list pages and articles; returns the lists."""
    out: dict[int, list[Item]] = {}
    for pid, (slug, name, items) in cols.items():
        items = _sorted(skin.ctx, items)
        mid = h(skin.c.host, "module", pid)[:32]
        trail = [*trail0, (ep_url(pid), name)]
        for it in items:
            it.path = it.path or f"/{site}/{pid}/{slug}/{it.uid % 9000000 + 1000000}/index.html"
            skin.write_article(it, name, trail)
        pages = chunks(items, per)
        for n, chunk in enumerate(pages, 1):
            rows = "".join(
                f'<tr><td class="title"><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">'
                f'{esc(_t(it))}</a></td><td class="date">{it.date}</td></tr>'
                for it in chunk
            )

            def go(k: int, label: str, pid: int = pid, mid: str = mid) -> str:
                return (
                    f'<a href="javascript:void(0)" onclick="queryArticleByCondition(this,'
                    f"'{esc(ep_url(pid, mid, k))}')\">{label}</a>"
                )

            nav = [f"<span>共{len(pages)}页 当前第{n}页</span>"]
            if n > 1:
                nav += [go(1, "首页"), go(n - 1, "上一页")]
            if n < len(pages):
                nav += [go(n + 1, "下一页"), go(len(pages), "尾页")]
            body = (
                f'{skin.crumbs(trail)}<div class="xxgk-list"><h2>{esc(name)}</h2>'
                f'<table class="list" width="100%">{rows}</table>'
                f'<div class="pagination" id="{mid}">{"".join(nav)}</div></div>'
                '<script type="text/javascript">function queryArticleByCondition(el,url){'
                "window.location.href=url;}</script>"
            )
            page = skin.page(f"{name}_{skin.site_name}", body)
            query = ep_url(pid, mid, n).split("?", 1)[1]
            skin.put(EP, page, query=query)
            if n == 1:
                skin.put(EP, page, query=f"pageId={pid}")
        out[pid] = items
    return out


def eportal_index(skin: Skin, gk: int, name: str, boxes: list[tuple[int, str, list[Item]]]) -> None:
    """The 信息公开 front page ``/eportal/ui?pageId=<gk>`` boxing each column's newest five."""
    parts = []
    for pid, label, items in boxes:
        rows = "".join(f"<li>{skin.a(it.path, _t(it))}<span>{it.date}</span></li>" for it in items[:5])
        parts.append(
            f'<div class="box"><div class="box-hd"><h3>{skin.a(ep_url(pid), label)}</h3>'
            f'<span class="more">{skin.a(ep_url(pid), "更多")}</span></div><ul>{rows}</ul></div>'
        )
    body = f'{skin.crumbs([(ep_url(gk), name)])}<div class="boxes">{"".join(parts)}</div>'
    skin.put(EP, skin.page(f"{name}_{skin.site_name}", body), query=f"pageId={gk}")


def content_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15) -> list[Item]:
    """A ``content_<id>`` CMS column ``col`` (no extension), later pages ``col?p=<n>`` by plain
    links; articles ``col/content_<id>``."""
    items = _sorted(skin.ctx, items)
    for it in items:
        it.path = it.path or f"{col}/content_{it.uid % 90000 + 10000}"
        skin.write_article(it, name, trail)
    pages = chunks(items, per)
    for n, chunk in enumerate(pages, 1):
        rows = "".join(
            f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}</a>'
            f"<span>{it.date}</span></li>"
            for it in chunk
        )

        def href(k: int) -> str:
            return col if k == 1 else f"{col}?p={k}"

        nav = []
        if n > 1:
            nav += [f'<a href="{href(1)}">首页</a>', f'<a href="{href(n - 1)}">上一页</a>']
        if n < len(pages):
            nav += [f'<a href="{href(n + 1)}">下一页</a>', f'<a href="{href(len(pages))}">末页</a>']
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><div class="list-title">{esc(name)}</div>'
            f'<ul class="list">{rows}</ul><div class="page">{"".join(nav)}'
            f"<span>第{n}/{len(pages)}页</span></div></div>"
        )
        skin.put(col, skin.page(f"{name}_{skin.site_name}", body), query="" if n == 1 else f"p={n}")
    return items
