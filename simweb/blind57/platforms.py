"""The one page family blind57 adds: 德宏州 (云南)'s 集约化 platform, which the 州 portal and all
its county sites share.

Evidence (public code and data files that cite these sites' pages):

* list pages ``/Web/publice/_M<n>_<26 chars>_<page>.htm``: a public coverage table gives
  ``https://www.dh.gov.cn/Web/publice/_M228_5A6QYP7448FB83434FB5496184_1.htm`` (州),
  ``https://www.dhlh.gov.cn/Web/publice/_M12_4QWSDWW8CE3E8D9EBC2847E2B8_1.htm`` (梁河县) and the
  very same column path on 陇川县 ``www.dhlc.gov.cn``, 盈江县 ``www.dhyj.gov.cn`` and 芒市
  ``www.dhms.gov.cn``, and ``www.rl.gov.cn/Web/publice/_M10_4QWSCL20640C328B712043F9B0_1.htm``
  (瑞丽市);
* articles ``/Web/_F0_0_<26 chars>.htm`` on the site root (``www.dh.gov.cn/Web/_F0_0_67EWL4TR8A9F
  3B4052C940E6BE.htm``) and under a department's folder on the county host
  (``www.dhlc.gov.cn/fsx/Web/_F0_0_…htm``, ``www.dhlc.gov.cn/rsj/Web/_F0_0_…htm``,
  ``www.dhms.gov.cn/wjj/Web/_F0_0_…htm``, ``www.rl.gov.cn/slyj/Web/_F0_0_…htm``).

Assumed: the list markup and the pager (plain 首页/上一页/下一页/尾页 links to
``…_<page>.htm``), 15 rows a page, the ``_M`` numbers and column ids other than the cited ones,
``/sfj/`` as the 司法局's folder, and the attachment folder ``/Web/UploadFiles/<YYYYMM>/``.
"""

from __future__ import annotations

from ..blind.core import Item, h
from ..blind.sites_a import publish
from ..blind.skins import Skin
from ..blind24.platforms import write_lists

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def dh_id(*parts: object) -> str:
    """A 26-character upper-case id like ``6I73ZWNB4E833B0A675745BEBE``."""
    n = int(h("dh57", *parts), 16)
    out = ""
    for _ in range(26):
        n, r = divmod(n, 36)
        out += ALNUM[r]
    return out


def dh_article(folder: str):
    def path(_col: str, it: Item) -> str:
        return f"{folder}Web/_F0_0_{dh_id(it.uid)}.htm"

    return path


def dh_list_url(m: int, colid: str, n: int, folder: str = "/") -> str:
    return f"{folder}Web/publice/_M{m}_{colid}_{n}.htm"


def dh_column(
    skin: Skin, m: int, colid: str, name: str, trail, items: list[Item], folder: str = "/", per: int = 15
) -> list[Item]:
    """A column listed on ``/Web/publice/_M<m>_<colid>_<n>.htm`` pages, articles
    ``<folder>Web/_F0_0_<id>.htm``."""
    out = publish(skin, f"{folder}Web/", name, trail, items, path_fn=dh_article(folder), lists=False)
    write_lists(skin, name, trail, out, lambda n: dh_list_url(m, colid, n, folder), per)
    return out


def dh_attach_path(it: Item, ext: str) -> str:
    return f"/Web/UploadFiles/{it.pub:%Y%m}/{dh_id('f', it.uid)[:20]}.{ext}"
