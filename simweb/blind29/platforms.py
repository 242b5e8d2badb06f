"""The page shapes of the platforms the blind29 sites sit on, each from public evidence.

All are shared building blocks of earlier blind webs (or thin wrappers of them), used here as the
evidence shows these cities' sites use them; nothing is added for novelty:

* **河北 沧州 集约化 platform** (沧州 county sites and the 沧州市 portal). Articles
  ``/<site>/c<col>/<YYYYMM>/<32 hex>.shtml`` (``www.cangzhou.gov.cn/cangzhou/c116519e/202311/
  c8a74143818f4147be693259ed8a68a4.shtml`` in a public crawler's ``LIST_URL``,
  ``www.cangzhou.gov.cn/cangzhou/c100056/202306/b92034f2….shtml`` in a public page): the same URL
  family as the 集约化 platform blind24 models (``/<site>/c<id>/<YYYYMM>/<hex>.shtml``), whose
  lists are ``<stem>.shtml``, ``<stem>_2.shtml`` … paged only by the ``createPageHTML('page-div',
  <pages>, <current>, '<stem>', 'shtml', <records>)`` script (public crawlers of
  ``rst.xinjiang.gov.cn`` and ``www.xinjiang.gov.cn``). That 沧州's county columns use that
  pager, their stems and the attachment path ``…/<YYYYMM>/<hex>/files/<hex>.pdf`` are assumed
  from the family (``simweb.blind24.platforms.xz_column``/``xz_attach``).
* **运城 ``/doc/`` CMS** (运城 counties). ``www.yuncheng.gov.cn/doc/2024/05/15/448911.shtml`` (a
  public page's source link), columns ``…/index.shtml`` whose later pages a public crawler builds
  as ``index_{n}.shtml`` (``www.yuncheng.gov.cn/bmzt/zfgjjzl/zcfg/index.shtml``, "常见分页形式
  index_{n}.shtml"); the same shape on 太原's sites (``hbj.taiyuan.gov.cn/zfxxgk/xxgkml/zcfg/
  index.shtml`` and ``/doc/2012/11/30/357386.shtml`` in a public crawler) and on 无锡's
  (``www.wuxi.gov.cn/doc/2026/09/18/4833205.shtml``). Uploads ``/uploadfiles/<YYYYMM>/<DD>/
  <stamp>.<ext>`` (``wlj.yuncheng.gov.cn/uploadfiles/202103/16/2021031610281945386337.png``). The
  pager's markup (plain 首页/上一页/下一页/尾页 links) is assumed.
* **VSB (博达)** (包头 banner sites). ``www.baotou.gov.cn/zxzx/jrbt.htm`` and
  ``/zxzx/ttxw1.htm`` with a page count per column in a public crawler, and the site search
  ``qwjs_search_list.jsp?wbtreeid=1001&…&currentnum=N``: 包头's portal is VSB; columns
  ``<col>.htm`` then ``<col>/N.htm`` numbered downwards, articles ``/info/<col>/<id>.htm``
  (``simweb.blind3.pages.vsb_column``). That the 旗县 sites share the city's CMS is assumed; the
  attachment path ``/__local/…/<HEX>.pdf`` is VSB's usual upload folder (assumed).
* **TRS** (九原区). ``rsj.baotou.gov.cn/ywdt/gzdt/202606/t20260622_928873.html`` (a public data
  file) and ``wjw.baotou.gov.cn/zfxxgk/index_N`` (a public crawler): some 包头 sites are TRS, with
  ``./<YYYYMM>/t<YYYYMMDD>_<id>.html`` articles and ``index_N.html`` pages from
  ``createPageHTML``. Which district is TRS is assumed.
"""

from __future__ import annotations

import hashlib

from ..blind.sites_a import publish
from ..blind.skins import Skin
from ..blind3.pages import VsbSkin, vsb_column
from ..blind24.platforms import static_pager, write_lists, xz_attach, xz_column
from ..blind25.platforms import GbkSkin, put_attachments
from .core import County, Ctx29, Item

Trail = list[tuple[str, str]]

__all__ = [
    "GbkSkin",
    "VsbSkin",
    "cz_column",
    "doc_column",
    "put_attachments",
    "upload_attach",
    "vsb_attach",
    "vsb_column",
    "xz_attach",
]


def cz_column(
    skin: Skin, site: str, colid: str, stem: str, name: str, trail: Trail, items: list[Item], per: int = 15
) -> list[Item]:
    """A 沧州 集约化 column ``/<site>/c<colid>/<stem>.shtml`` paged by ``createPageHTML``."""
    return xz_column(skin, f"/{site}/c{colid}/", stem, name, trail, items, per)


def _doc_path(it: Item) -> str:
    return f"/doc/{it.pub:%Y/%m/%d}/{it.uid % 900000 + 300000}.shtml"


def doc_column(skin: Skin, col: str, name: str, trail: Trail, items: list[Item], per: int = 15) -> list[Item]:
    """A 运城 column ``col + index.shtml``, ``index_2.shtml`` … with plain pager links; articles
    ``/doc/YYYY/MM/DD/<id>.shtml``."""
    out = publish(skin, col, name, trail, items, path_fn=lambda _c, it: _doc_path(it), lists=False)
    write_lists(
        skin,
        name,
        trail,
        out,
        lambda n: f"{col}index.shtml" if n == 1 else f"{col}index_{n}.shtml",
        per,
        pager=lambda pages, cur, _r: static_pager(
            pages, cur, lambda k: f"{col}index.shtml" if k == 1 else f"{col}index_{k}.shtml"
        ),
    )
    return out


def upload_attach(ctx: Ctx29, c: County, it: Item, kind: str, body: list[str]) -> str:
    """A 运城 upload ``/uploadfiles/<YYYYMM>/<DD>/<YYYYMMDDhhmm><n>.<kind>``."""
    it.uid = it.uid or ctx.uid()
    stamp = f"{it.pub:%Y%m%d%H%M}{it.uid % 10**8:08d}"
    return ctx.attach(c, it, f"/uploadfiles/{it.pub:%Y%m}/{it.pub:%d}/{stamp}.{kind}", kind, body)


def vsb_attach(ctx: Ctx29, c: County, it: Item, body: list[str]) -> str:
    """A VSB upload ``/__local/<X>/<XX>/<XX>/<HEX>_<n>.pdf`` (assumed)."""
    it.uid = it.uid or ctx.uid()
    hx = hashlib.md5(f"blind29|{c.key}|{it.uid}".encode()).hexdigest().upper()
    return ctx.attach(c, it, f"/__local/{hx[0]}/{hx[1:3]}/{hx[3:5]}/{hx}_{it.uid % 97 + 10}.pdf", "pdf", body)
