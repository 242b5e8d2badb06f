"""Page shapes of the blind53 platforms, each a thing real sites of these provinces do.

* **广西's 集约化 platform** (北海: 海城区, 银海区, 铁山港区, 合浦县): TRS-generated ``.shtml``
  pages under ``/xxgk/fdzdgknr/…``, lists ``index.shtml``, ``index_1.shtml`` … paged by TRS's
  ``createPageHTML`` script; the shapes and evidence are blind31's (``simweb.blind31.platforms.
  gx_column``/``GxSkin``, reused). 合浦县's own host is in a public crawler's table of 广西 county
  sites and a stored ``hepu.gov.cn`` script checks links against ``zwfw.gxzf.gov.cn`` (the
  自治区's 集约化 service platform).
* **贵州's TRS platform** (黔西南: 兴义市, 兴仁市, 安龙县, 贞丰县): a public site survey records
  晴隆县's ``gzql.gov.cn/zfbm/qlxczj/zfxxgk_5790691/fdzdgknr_5790694/czyjs_5906923/`` and
  望谟县's ``gzwm.gov.cn/xxgk/xxgkml/zdlyxx/czzj_5857488/czyjsjsgjf/`` (column folders carrying
  a ``_<id>`` suffix) and notes that most 贵州 county sites run one province-wide build and need
  script rendering for their lists; the 州 portal searches at ``www.qxn.gov.cn/irs/front/search``
  (TRS IRS). Articles ``YYYYMM/tYYYYMMDD_<8 digits>.html`` and the ``createPageHTML`` pager are
  blind36's 黔东南 shapes (``qdn_column``/``QdnSkin``, reused).
* **广元's 四川 platform** (利州区, 昭化区, 旺苍县, 剑阁县, the 广元市 portal): public crawlers list
  广元 departments at ``drc.cngy.gov.cn/new/list/20190301171428737.html`` and
  ``wsjsw.cngy.gov.cn/new/list/20190729172751108.html`` (``/new/list/<17-digit timestamp>.html``)
  through Selenium with a page count per list, i.e. the pager is clicked, not followed; a stored
  article is ``nyncj.cngy.gov.cn/mshow/2245bd35e8854d699caea8eac5909d5c.html`` (32 hex ids, as
  天全县's ``/gongkai/show/<32 hex>.html`` of blind34). Here articles are ``/new/show/<32 hex>.html``
  and the pager is drawn by layui's ``laypage.render({…, jump})`` which sets
  ``location.href='…/new/list/<id>.html?page='+obj.curr`` — the layui widget and the ``?page=``
  parameter are **assumed**.
"""

from __future__ import annotations

from ..blind.core import Item, chunks, esc, h
from ..blind.skins import Skin
from ..blind31.platforms import GxSkin, gx_column
from ..blind34.platforms import ScSkin
from ..blind36.platforms import QdnSkin, qdn_column
from .core import put_at

__all__ = [
    "GxGbk",
    "GxSkin",
    "GyPortalSkin",
    "GySkin",
    "QdnGbk",
    "QdnSkin",
    "gx_column",
    "gy_column",
    "gy_list",
    "qdn_column",
]


class GxGbk(GxSkin):
    encoding = "gbk"


class QdnGbk(QdnSkin):
    encoding = "gbk"


class GySkin(ScSkin):
    """广元 county pages: the 四川 platform look with an 索引号 table on every article."""

    css = "gyjyh"


class GyPortalSkin(GySkin):
    pass


def gy_list(listid: str) -> str:
    return f"/new/list/{listid}.html"


def gy_column(skin: Skin, listid: str, name: str, trail, items: list[Item], per: int = 15) -> list[Item]:
    """A 广元 column: ``/new/list/<listid>.html`` (page 1) and ``…?page=N``, the pager drawn only by
    layui ``laypage``; articles ``/new/show/<32 hex>.html``. Returns the items as listed."""
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        it.path = it.path or f"/new/show/{h('gy53', skin.c.host, it.uid)[:32]}.html"
        skin.write_article(it, name, trail)
    first = gy_list(listid)
    pages = chunks(items, per) or [[]]
    for n, chunk in enumerate(pages, 1):
        rows = (
            "".join(
                f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(it.title.replace("|", ""))}">'
                f'{esc(it.title.replace("|", ""))}</a><span class="date">{it.date}</span></li>'
                for it in chunk
            )
            or "<li>暂无信息</li>"
        )
        pager = (
            '<div id="page" class="pagination"></div><script src="/layui/layui.js"></script>'
            "<script>layui.use('laypage',function(){var laypage=layui.laypage;"
            f"laypage.render({{elem:'page',count:{len(items)},limit:{per},curr:{n},"
            f"jump:function(obj,first){{if(!first){{location.href='{first}?page='+obj.curr;}}}}}});}});</script>"
            if len(pages) > 1
            else ""
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-main"><div class="list-title">{esc(name)}</div>'
            f'<ul class="news-list">{rows}</ul>{pager}</div>'
        )
        page = skin.page(f"{name}-{skin.site_name}", body)
        if n == 1:
            skin.put(first, page)
        else:
            put_at(skin, f"{first}?page={n}", page)
    return items
