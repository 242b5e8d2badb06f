"""The page shapes of the platforms the blind35 sites sit on, each from public evidence.

All are shared building blocks of earlier blind webs, used here because the evidence shows these
cities' sites use them (nothing is added for novelty):

* **Hanweb JCMS** (嘉兴 and 威海 sites, 抚州's 南城县). 嘉兴's county sites are on 浙江's Hanweb
  政务云: a public source table lists ``www.haining.gov.cn/col/col1455897/`` as template
  ``gov_cloud_platform``/``jpaas_zhejiang`` (``web_id`` 2780); stored articles are
  ``www.haining.gov.cn/art/2024/7/7/art_1229519873_59045333.html`` and
  ``www.jiashan.gov.cn/art/2025/3/19/art_1229250583_59056024.html``; ``www.haining.gov.cn/col/
  col1229882204/index.html``. 威海's are Hanweb too: ``www.weihai.gov.cn/art/2026/8/31/
  art_51912_6577067.html``, ``fgw.weihai.gov.cn/art/2014/11/7/art_8989_396826.html``, a page
  script linking ``www.rongcheng.gov.cn/col/col22/index.html`` (政务公开) and
  ``www.weihai.gov.cn/col/col350/index.html``, and a public spider POSTing
  ``www.weihai.gov.cn/jsearchfront/interfaces/cateSearch.do`` (Hanweb's jsearch). 抚州's portal
  is Hanweb (a public crawler of ``www.jxfz.gov.cn/col/col24619/index.html`` and
  ``dpc.jxfz.gov.cn/col/col5810/index.html`` 通知公告). Columns ``/col/col<id>/index.html`` carry
  the first 45 records in ``<script type="text/xml"><datastore>`` and the rest come from
  ``POST /module/web/jpage/dataproxy.jsp?startrecord=…&endrecord=…&perpage=15``
  (``simweb.blind25.platforms.hanweb``); attachments ``/module/download/downfile.jsp?classid=0&
  filename=<hex>.pdf``.
* **江西's 集约化 platform** (抚州's 黎川县, 崇仁县): public crawlers POST ``/queryList`` with
  ``current``, ``pageSize=15``, ``webSiteCode[]``, ``channelCode[]``, ``sort=sortNum``,
  ``order=desc`` (``gxt.jiangxi.gov.cn/queryList`` 规范性文件, ``rfb.yichun.gov.cn/queryList``,
  ``jxssthjt`` / ``jxsfzhggwyh`` site codes); 抚州's own 信息公开 lives at ``www.jxfz.gov.cn/
  szfxxgk/fdzdgknr/czxx/`` on that platform (two public lists). County pages as shells filled by
  a jQuery POST and laypage (``simweb.blind26.platforms.jx_query_column``); that the county sites
  use it is assumed from the province's platform (evidence for 黎川/崇仁 themselves is thin).
"""

from __future__ import annotations

from ..blind25.platforms import hanweb, hanweb_attach, hexid, put_attachments
from ..blind26.platforms import jx_query_api, jx_query_column
from ..blind28.platforms import doc_attach

__all__ = [
    "doc_attach",
    "hanweb",
    "hanweb_attach",
    "hexid",
    "jx_query_api",
    "jx_query_column",
    "put_attachments",
]
