"""The page shapes of the platforms the blind28 sites sit on, each from public evidence.

Both are shared building blocks of earlier blind webs, used here as the evidence shows these
cities' sites use them (nothing is added for novelty):

* **Hanweb JCMS** (绍兴 and 泰州 sites). 绍兴's sites are Hanweb: columns ``/col/col<id>/index.html``
  (``ggb.sx.gov.cn/col/col1518855/index.html`` in a public crawler config marked
  ``'html_type':'ajax'``), articles ``/art/YYYY/M/D/art_<col>_<id>.html``
  (``www.sx.gov.cn/art/2025/6/23/art_1229429798_4225360.html``, ``wz.kq.gov.cn/art/2013/8/20/
  art_1605139_28805491.html``, ``ybj.sx.gov.cn/art/2023/11/25/art_1229248234_58931234.html``);
  a public crawler lists ``zjxc.gov.cn`` and ``sxyc.gov.cn`` among the sites that need a browser
  ("开启浏览器渲染"), as a script-filled jpage list does. 泰州's are Hanweb too
  (``czj.taizhou.gov.cn/module/sitesearch/index.jsp?keyword=vc_title&columnid=0&keyvalue=…
  &webid=69&modalunitid=95103&currpage=N``, Hanweb's ``/module/`` tree and ``webid``). Columns
  carry the first 45 records in ``<script type="text/xml"><datastore>`` and the rest come from
  ``POST /module/web/jpage/dataproxy.jsp?startrecord=…&endrecord=…&perpage=15``
  (``simweb.blind25.platforms.hanweb``, from public crawlers of ``www.sdfda.gov.cn`` and
  ``www.jiangxi.gov.cn``); attachments ``/module/download/downfile.jsp?classid=0&filename=<hex>``.
* **安徽 政务公开 platform** (安庆 counties). ``www.anqing.gov.cn/site/label/8888?…&isJson=true
  &pageSize=10&isForPage=true`` in a public crawler: 安庆 is on the 安徽 platform whose label
  endpoint ``/site/label/8888`` fills 信息公开 columns (``/public/column/<organId>?type=4&catId=…
  &action=list``; articles ``/public/<organId>/<id>.html``; blind16's ``label_shell`` and
  ``label_endpoint``, from public crawlers of ``xsxxgk.huaibei.gov.cn`` and ``fzggw.ah.gov.cn``).
  Some of the platform's columns are server-rendered with ``?pageIndex=N`` links (blind16's
  ``ah_public``); which 安庆 columns are which is assumed.
"""

from __future__ import annotations

from ..blind16.core import ah_article, ah_column
from ..blind16.sites_a import AhSkin, ah_news, ah_public
from ..blind16.sites_b import label_endpoint, label_shell
from ..blind25.platforms import GbkSkin, hanweb, hanweb_attach, hexid, put_attachments

__all__ = [
    "AhSkin",
    "GbkSkin",
    "ah_article",
    "ah_column",
    "ah_news",
    "ah_public",
    "doc_attach",
    "hanweb",
    "hanweb_attach",
    "label_endpoint",
    "label_shell",
    "put_attachments",
]


def doc_attach(ctx, c, it, body: list[str]) -> str:
    """A Hanweb attachment that is a Word 97 ``.doc`` (``downfile.jsp?…&filename=<hex>.doc``)."""
    it.uid = it.uid or ctx.uid()
    return ctx.attach(
        c, it, f"/module/download/downfile.jsp?classid=0&filename={hexid(c, it, 'd')}.doc", "doc", body
    )
