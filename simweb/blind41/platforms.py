"""The page shapes of the two platforms the blind41 sites sit on, each from public evidence.

Both are building blocks of earlier blind webs, used here because the evidence shows these
cities' sites run them (nothing is added for novelty):

* **The 龙讯 政务公开 platform** (巴中 county sites). A public crawler of ``jyj.cnbz.gov.cn`` (巴中市
  教育局) starts from news columns ``/content/column/<7-digit id>?pageIndex=1`` (``6790741``,
  ``6790751`` …), builds later pages by replacing ``pageIndex=1``, reads the page count with the
  regex ``pageCount:(\\d+),`` from the page's script (the ``Ls.pagination(…, {currPage, pageCount})``
  call), rows ``div.listnews ul a`` with ``li span`` dates, and articles by ``<meta
  name="ArticleTitle">``, ``PubDate``, ``ContentSource`` and ``div.j-fontContent``. A crawler of
  the portal uses ``www.cnbz.gov.cn/site/tpl/6780041?…``. These are the 安徽 platform's shapes
  (blind16/blind28: ``/public/column/<organId>?type=4&catId=…&action=list`` columns, articles
  ``/public/<organId>/<id>.html``, 信息公开 columns filled by ``/site/label/8888``
  ``publicInfoList`` fragments paged by ``Ls.pagination``). Which 巴中 county columns are label-
  filled and which are server-rendered with ``&pageIndex=N`` links is **assumed**.
* **The 湖南 集约化 platform, ``.shtml`` generation** (永州 county sites). Stored public text links
  ``www.qy.gov.cn/qy/ggflfw/202111/07d87852774549c5925c5467ea2bc559.shtml`` (publisher 祁阳市
  人民政府), an attachment ``www.qy.gov.cn/qy/lyly/202309/<32 hex>/files/<32 hex>.pdf``, a list
  ``www.qy.gov.cn/qy/czxx/list.shtml`` and 溆浦县's ``www.xp.gov.cn/xp/c110417/202412/<32 hex>
  .shtml``: columns ``/<site>/<col>/list.shtml`` (``<col>`` pinyin or ``c<6 digits>``), articles
  ``/<site>/<col>/<YYYYMM>/<32 hex>.shtml``, attachments ``…/<YYYYMM>/<hex>/files/<hex>.pdf``.
  These are blind24's 西藏 platform shapes (``xz_column``, ``xz_attach``); later pages
  ``list_2.shtml`` … written only by its ``createPageHTML('page-div', …)`` script are **assumed**
  (no 湖南 list page with a pager was found).
"""

from __future__ import annotations

from ..blind.skins import Skin
from ..blind16.core import ah_article, ah_column
from ..blind16.sites_a import AhSkin, ah_news, ah_public
from ..blind16.sites_b import label_endpoint, label_shell
from ..blind24.platforms import xz_attach, xz_column

__all__ = [
    "AhGbkSkin",
    "AhSkin",
    "GbkSkin",
    "ah_article",
    "ah_column",
    "ah_news",
    "ah_public",
    "hn_column",
    "label_endpoint",
    "label_shell",
    "xz_attach",
]


class AhGbkSkin(AhSkin):
    """The 龙讯 platform's look, served in GBK (assumed for one county)."""

    encoding = "gbk"


class GbkSkin(Skin):
    encoding = "gbk"


def hn_column(skin: Skin, col: str, name: str, trail, items, per: int = 15):
    """A 湖南 platform column ``col + list.shtml``, ``list_2.shtml`` … (script pager)."""
    return xz_column(skin, col, "list", name, trail, items, per=per)
