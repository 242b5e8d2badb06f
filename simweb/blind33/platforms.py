"""The page shapes of the platforms the blind33 sites sit on, each from public evidence.

* **福建 TRS sites** (宁德: 福鼎市, 古田县, 屏南县, 柘荣县): a stored 福鼎市 page is
  ``www.fuding.gov.cn/zwgk/tzgg/201907/t20190724_1101956.htm`` (TRS ``tYYYYMMDD_<id>.htm`` under
  ``/zwgk/<col>/``); a public site table lists ``www.fuding.gov.cn/zcwjk/`` and
  ``www.gutian.gov.cn/zcwjk/`` (政策文件库). Lists ``index.htm``, ``index_1.htm`` … paged by TRS's
  ``createPageHTML(pages, cur, "index", "htm")`` (the pager form is TRS's usual one, assumed).
* **福建's SSP search service** (``/ssp/search/api/…``): public crawlers call
  ``GET www.fujian.gov.cn/ssp/search/api/apiSearch`` with ``siteId``, ``sourceType``/``apiName``
  (``SSP_XZGFWJ``), ``sortFiled=-gentime``, ``searchFiled=docTitle``, ``isChange``, ``fullKey``,
  ``isCollapse``, ``page``, ``datas`` and read ``datas[]._doctitle``/``docpuburl``/``puborg``
  (also ``www.fj.gov.cn``); and ``POST /ssp/search/api/search?time=<ms>`` with a form body
  ``siteType=1&mainSiteId&siteId&type=0&page&rows&historyId&sourceType=SSP_ZHSS&…`` on
  ``www.fuzhou.gov.cn``, ``www.sm.gov.cn`` (三明) and ``gxt.fujian.gov.cn``, whose answers hold
  ``data.data[]`` of ``title``/``url``/``createDate`` (a 湖北 crawler of the same service).
* **宿迁's platform** (沭阳县, 泗阳县): a public crawler of ``xzspj.suqian.gov.cn/sxzspj/tzgg/
  list.shtml`` pages ``list_2.shtml``, ``list_3.shtml`` …; another reads ``ul.listContent > li``
  on ``wgl.suqian.gov.cn/swhgd/zcfg/xxgk_list.shtml``; a stored article is ``suqian.gov.cn/cnsq/
  gbzfwj/202303/<32 hex>.shtml``. The pager markup is assumed.
* **宿迁's ``sofpro`` 信息公开 lists** (宿豫区): a public crawler POSTs ``currentPage``,
  ``channel_id`` and ``webSiteId`` (32 hex each) to ``www.suqian.gov.cn/sofpro/xxgk/xxgkList.jsp``
  and reads ``a.trlist_1`` until a page has none. That the page fills its list with jQuery's
  ``.load(url, {…})`` (which POSTs) is assumed.
* **新疆's 集约化 platform** (伊犁: 霍城县, 伊宁县, 新源县): a stored 霍城县 page is
  ``www.xjhc.gov.cn/xjhc/c113326/202508/<32 hex>.shtml`` and 伊犁州's ``www.xjyl.gov.cn/xjylz/
  c112837/202109/<32 hex>.shtml``; the list API is blind8's (``/interface-cms/
  qryManuscriptByWebsiteId``, a JSON body POST, from a public crawler of ``www.xinjiang.gov.cn``).
* **Epoint WebBuilder rest** (察布查尔锡伯自治县): a public crawler of ``ggzy.xjyl.gov.cn:83`` (伊犁州)
  first POSTs ``/EpointWebBuilder/rest/getOauthInfoAction/getNoUserAccessToken`` and reads
  ``custom.access_token``, then POSTs ``/EpointWebBuilder/rest/GetGgListAction/getZtbGgList`` with
  ``Authorization: Bearer <token>`` and a form body ``params={"siteGuid":…,"categorynum":…,
  "pageIndex":1,"pageSize":20}``. The county site's use of it, the list action's name
  (``GetInfoListAction/getInfoList``) and the answer's field names are assumed.
"""

from __future__ import annotations

import json

from ..blind.core import Item, chunks, esc, h
from ..blind.skins import Skin
from ..blind2.core import info_table
from ..blind8.core import write_items
from ..model import Request, Resource
from .core import STAMP, json_answer, put_at

XJ_API = "/interface-cms/qryManuscriptByWebsiteId"
EP_TOKEN = "/EpointWebBuilder/rest/getOauthInfoAction/getNoUserAccessToken"
EP_LIST = "/EpointWebBuilder/rest/GetInfoListAction/getInfoList"
SSP_API = "/ssp/search/api/apiSearch"
SSP_SEARCH = "/ssp/search/api/search"
SOFPRO = "/sofpro/xxgk/xxgkList.jsp"


def _t(it: Item) -> str:
    return it.title.replace("|", "")


def _sorted(ctx, items: list[Item]) -> list[Item]:
    for it in items:
        it.uid = it.uid or ctx.uid()
    return sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)


# ---------------------------------------------------------------------------- 福建 TRS
class FjSkin(Skin):
    """福建 TRS pages: an 索引号 table on every article."""

    css = "fjtrs"

    def article(self, item: Item, column: str, trail, **kw) -> str:
        table = info_table(
            [
                ("索引号", f"{self.c.adcode}-{item.pub:%Y}-{item.uid % 90000 + 10000:05d}"),
                ("发布机构", item.source),
                ("生成日期", f"{item.pub:%Y-%m-%d}"),
                ("所属栏目", column),
            ]
        )
        page = super().article(item, column, trail, **kw)
        return page.replace('<div class="article">', f'<div class="article">{table}', 1)


class FjGbkSkin(FjSkin):
    encoding = "gbk"


def fj_path(col: str, it: Item) -> str:
    return f"{col}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid + 1100000}.htm"


def fj_column(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 15) -> list[Item]:
    """A TRS ``.htm`` column: articles ``<col>YYYYMM/tYYYYMMDD_<id>.htm``, lists ``index.htm``,
    ``index_1.htm`` … paged by ``createPageHTML``. Returns the items newest first."""
    items = _sorted(skin.ctx, items)
    for it in items:
        it.path = it.path or fj_path(col, it)
        skin.write_article(it, name, trail)
    skin.list_pages(col, name, trail, items, per=per, ext="htm")
    skin.put(
        col + "index.html",
        skin.ctx.web.resources[(skin.c.host, col + "index.htm", "")].body.decode(skin.encoding),
    )
    return items


def shell_page(skin: Skin, path: str, name: str, trail, hook: str) -> None:
    body = f'{skin.crumbs(trail)}<div class="lm"><div class="lm-title"><h2>{esc(name)}</h2></div>{hook}</div>'
    put_at(skin, path, skin.page(f"{name}_{skin.site_name}", body))


def ssp_apisearch(skin: Skin, path: str, name: str, trail, items: list[Item], site_id: str, per: int = 15):
    """A 政策文件库 page that is a shell: its script GETs ``/ssp/search/api/apiSearch`` with the
    site's ``siteId`` and ``page``; the answer's ``datas[]`` carry ``_doctitle`` and the absolute
    ``docpuburl``. Items must already have paths (they live in TRS columns or under ``/zcwjk/``)."""
    items = _sorted(skin.ctx, items)
    params = {
        "siteId": site_id,
        "sourceType": "SSP_ZCWJK",
        "apiName": "SSP_ZCWJK",
        "sortFiled": "-gentime",
        "searchFiled": "docTitle",
        "isChange": "1",
        "fullKey": "Y",
        "isCollapse": "N",
        "datas": str(per),
    }
    hook = (
        '<div class="zcwjk-search"><input id="kw" placeholder="请输入文件标题"><button>检索</button></div>'
        '<ul class="zcwjk-list" id="zcwjkList"></ul><div id="zcwjkPage" class="page"></div>'
        f"<script>var sspParams = {json.dumps(params)};\n"
        f'function loadZcwj(page){{sspParams.page=page;$.get("{SSP_API}",sspParams,function(res){{'
        "var h='';$.each(res.datas,function(i,d){h+='<li><a href=\"'+d.docpuburl+'\" target=\"_blank\">'"
        "+d._doctitle+'</a><span>'+d.pubtime.substr(0,10)+'</span></li>';});$('#zcwjkList').html(h);"
        "$('#zcwjkPage').html('共'+res.total+'条 第'+page+'页');});}\nloadZcwj(1);</script>"
    )
    shell_page(skin, path, name, trail, hook)
    c = skin.c

    def api(req: Request) -> Resource:
        args = req.params()
        if args.get("siteId") != site_id:
            return json_answer(200, {"total": 0, "page": 1, "datas": []})
        try:
            page = max(1, int(args.get("page") or 1))
            size = min(max(1, int(args.get("datas") or per)), 50)
        except ValueError:
            return json_answer(400, {"msg": "参数错误"})
        rows = items[(page - 1) * size : page * size]
        return json_answer(
            200,
            {
                "total": len(items),
                "page": page,
                "datas": [
                    {
                        "_doctitle": _t(it),
                        "docpuburl": c.base + it.path,
                        "pubtime": f"{it.pub:%Y-%m-%d %H:%M:%S}",
                        "puborg": it.source,
                    }
                    for it in rows
                ],
            },
        )

    skin.ctx.handle(c, SSP_API, api)
    return items


def ssp_search_columns(
    skin: Skin, site_id: str, columns: dict[str, tuple[str, str, list[Item]]], trail0, rows: int = 15
):
    """Columns whose pages are shells: the script POSTs ``/ssp/search/api/search?time=<ms>`` with
    the SSP form body (``siteId``, ``page``, ``rows``, ``sourceType=SSP_ZHSS`` … and the column's
    ``channelId``, assumed) and draws ``data.data[]`` (``title``, ``url``, ``createDate``). GET
    answers 405. ``columns`` maps a channel id to (page path, name, items with paths)."""
    c = skin.c
    chans: dict[str, list[Item]] = {}
    for cid, (path, name, items) in columns.items():
        items = _sorted(skin.ctx, items)
        chans[cid] = items
        form = (
            f'siteType=1&mainSiteId={site_id}&siteId={site_id}&type=0&page="+page+"&rows={rows}&historyId='
            f"&sourceType=SSP_ZHSS&isChange=0&fullKey=N&wbServiceType=13&fileType=&fileNo=&pubOrg=&themeType="
            f"&searchTime=&startDate=&endDate=&sortFiled=-gentime&searchFiled=&dirUseLevel=&issueYear="
            f"&issueMonth=&allKey=&fullWord=&oneKey=&notKey=&channelId={cid}"
        )
        hook = (
            '<ul class="list" id="sspList"></ul><div class="page" id="sspPage"></div>'
            f'<script>function loadList(page){{$.ajax({{url:"{SSP_SEARCH}?time="+new Date().getTime(),'
            f'type:"POST",data:"{form}",dataType:"json",success:function(res){{var h="";'
            "$.each(res.data.data,function(i,d){h+='<li><a href=\"'+d.url+'\" target=\"_blank\">'+d.title+"
            "'</a><span>'+d.createDate+'</span></li>';});$('#sspList').html(h);"
            "$('#sspPage').html('共'+res.data.total+'条');}});}\nloadList(1);</script>"
        )
        shell_page(skin, path, name, [*trail0, (path, name)], hook)
        columns[cid] = (path, name, items)

    def api(req: Request) -> Resource:
        if req.method != "POST":
            return json_answer(405, {"code": 405, "msg": "Request method 'GET' not supported"})
        args = req.params()
        if args.get("siteId") != site_id:
            return json_answer(200, {"code": 0, "data": {"total": 0, "data": []}})
        items = chans.get(args.get("channelId", ""), [])
        word = args.get("allKey", "")
        items = [it for it in items if word in it.title]
        try:
            page = max(1, int(args.get("page") or 1))
            size = min(max(1, int(args.get("rows") or rows)), 50)
        except ValueError:
            return json_answer(400, {"code": 400, "msg": "参数错误"})
        part = items[(page - 1) * size : page * size]
        return json_answer(
            200,
            {
                "code": 0,
                "data": {
                    "total": len(items),
                    "data": [
                        {"title": _t(it), "url": c.base + it.path, "createDate": f"{it.pub:%Y-%m-%d}"}
                        for it in part
                    ],
                },
            },
        )

    skin.ctx.handle(c, SSP_SEARCH, api)


# ---------------------------------------------------------------------------- 宿迁
class SqSkin(Skin):
    """宿迁 platform pages: ``listContent`` lists, a ``content-wrap`` article with an info table."""

    css = "sqjyh"

    def article(self, item: Item, column: str, trail, **kw) -> str:
        table = info_table(
            [
                ("索引号", f"K{self.c.adcode}/{item.pub:%Y}-{item.uid % 900000 + 100000:06d}"),
                ("发布机构", item.source),
                ("发布日期", f"{item.pub:%Y-%m-%d}"),
            ]
        )
        page = super().article(item, column, trail, **kw)
        return page.replace('<div class="article">', f'<div class="article content-wrap">{table}', 1)


def sq_path(site: str, col: str, it: Item) -> str:
    return f"/{site}/{col}/{it.pub:%Y%m}/{h('sq', it.uid)[:32]}.shtml"


def sq_column(
    skin: Skin, site: str, col: str, name: str, trail, items: list[Item], per: int = 15
) -> list[Item]:
    """A 宿迁 column ``/<site>/<col>/list.shtml``, ``list_2.shtml`` … with a static pager."""
    items = _sorted(skin.ctx, items)
    for it in items:
        it.path = it.path or sq_path(site, col, it)
        skin.write_article(it, name, trail)
    pages = chunks(items, per) or [[]]

    def fname(k: int) -> str:  # k from 1
        return "list.shtml" if k == 1 else f"list_{k}.shtml"

    for n, chunk in enumerate(pages, 1):
        rows = (
            "".join(
                f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">{esc(_t(it))}</a>'
                f"<span>[{it.date}]</span></li>"
                for it in chunk
            )
            or "<li>暂无信息</li>"
        )
        links = [f'<a href="{fname(1)}">首页</a>']
        if n > 1:
            links.append(f'<a href="{fname(n - 1)}">上一页</a>')
        on = ' class="on"'
        links += [f'<a href="{fname(k)}"{on if k == n else ""}>{k}</a>' for k in range(1, len(pages) + 1)]
        if n < len(pages):
            links.append(f'<a href="{fname(n + 1)}">下一页</a>')
        links.append(f'<a href="{fname(len(pages))}">尾页</a><span>共{len(pages)}页 {len(items)}条</span>')
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><div class="list-title">{esc(name)}</div>'
            f'<ul class="listContent">{rows}</ul><div class="pagination">{" ".join(links)}</div></div>'
        )
        skin.put(f"/{site}/{col}/{fname(n)}", skin.page(f"{name}_{skin.site_name}", body))
    return items


def sofpro_columns(
    skin: Skin, site: str, web_site_id: str, columns: dict[str, tuple[str, list[Item]]], trail0, per: int = 15
):
    """宿迁 ``sofpro`` 信息公开 columns ``/sofpro/xxgk/index.jsp?channel_id=<id>``: shells whose
    table body jQuery ``.load``s from ``xxgkList.jsp`` with ``currentPage``, ``channel_id`` and
    ``webSiteId`` (a POST); the fragment holds ``a.trlist_1`` rows and a ``goPage(n)`` pager.
    Returns {channel: (name, items)}."""
    c = skin.c
    chans: dict[str, list[Item]] = {}
    for cid, (name, items) in columns.items():
        items = _sorted(skin.ctx, items)
        for it in items:
            it.path = it.path or f"/{site}/xxgk/{it.pub:%Y%m}/{h('sofpro', it.uid)[:32]}.shtml"
        path = f"/sofpro/xxgk/index.jsp?channel_id={cid}"
        write_items(skin, items, name, [*trail0, (path, name)])
        chans[cid] = items
        columns[cid] = (name, items)
        hook = (
            '<table class="xxgk_table"><thead><tr><th>标题</th><th>发布日期</th></tr></thead>'
            '<tbody id="xxgkList"></tbody></table><div id="pageBar"></div>'
            f'<script>var webSiteId="{web_site_id}",channelId="{cid}";'
            'function goPage(p){$("#xxgkList").load('
            f'"{SOFPRO}",{{currentPage:p,channel_id:channelId,webSiteId:webSiteId}});}}goPage(1);</script>'
        )
        shell_page(skin, path, name, [*trail0, (path, name)], hook)

    def api(req: Request) -> Resource:
        args = req.params()
        items = chans.get(args.get("channel_id", ""), []) if args.get("webSiteId") == web_site_id else []
        try:
            page = max(1, int(args.get("currentPage") or 1))
        except ValueError:
            page = 1
        pages = max(1, -(-len(items) // per))
        part = items[(page - 1) * per : page * per] if page <= pages else []
        rows = "".join(
            f'<tr><td><a class="trlist_1" href="{esc(it.path)}" target="_blank" title="{esc(_t(it))}">'
            f"{esc(_t(it))}</a></td><td>{it.date}</td></tr>"
            for it in part
        )
        nav = f'<tr><td colspan="2" class="pager">共{len(items)}条 第{page}/{pages}页 '
        if page > 1:
            nav += f'<a href="javascript:goPage({page - 1})">上一页</a> '
        if page < pages:
            nav += f'<a href="javascript:goPage({page + 1})">下一页</a> '
        nav += f'<a href="javascript:goPage({pages})">尾页</a></td></tr>'
        return Resource((rows + nav).encode(), "text/html; charset=utf-8", modified=STAMP)

    skin.ctx.handle(c, SOFPRO, api)
    return columns


# ---------------------------------------------------------------------------- 新疆
def xj_columns(
    skin: Skin, site: str, website: str, columns: dict[int, tuple[str, list[Item]]], trail0, size: int = 10
):
    """新疆 platform columns ``/<site>/c<id>/list.shtml``: shells filled by a JSON-body POST to
    ``/interface-cms/qryManuscriptByWebsiteId`` (blind8's answer shape); articles
    ``/<site>/c<id>/YYYYMM/<32 hex>.shtml``."""
    c = skin.c
    chans: dict[str, list[Item]] = {}
    for cid, (name, items) in columns.items():
        col = f"/{site}/c{cid}/"
        items = _sorted(skin.ctx, items)
        for it in items:
            it.path = it.path or f"{col}{it.pub:%Y%m}/{h('xj33', it.uid)[:32]}.shtml"
        trail = [*trail0, (col + "list.shtml", name)]
        write_items(skin, items, name, trail)
        channel = h(c.host, "channel", cid)[:32]
        chans[channel] = items
        columns[cid] = (name, items)
        hook = (
            '<ul class="xxgk-list" id="list"></ul><div class="page" id="pager"></div>'
            f'<script>var websiteId = "{website}"; var channelId = "{channel}";'
            f'function loadList(n){{$.ajax({{url:"{XJ_API}",type:"POST",contentType:"application/json",'
            f'data:JSON.stringify({{websiteId:websiteId,channelId:[channelId],pageNum:n,pageSize:{size},title:""}}),'
            'success:function(r){$("#list").html($.map(r.results,function(o){return \'<li><a href="\'+o.url+'
            "'\" target=\"_blank\">'+o.title+'</a><span>'+o.publishedTime+'</span></li>';}).join(\"\"));"
            "showPager(r.total,n,10,loadList);}});}loadList(1);</script>"
        )
        shell_page(skin, col + "list.shtml", name, trail, hook)

    def api(req: Request) -> Resource:
        if req.method != "POST":
            return json_answer(405, {"code": 405, "msg": "Request method 'GET' not supported"})
        try:
            args = json.loads(req.body or b"{}")
        except ValueError:
            return json_answer(400, {"code": 400, "msg": "参数格式错误"})
        if not isinstance(args, dict) or args.get("websiteId") != website:
            return json_answer(200, {"code": 200, "total": 0, "results": []})
        wanted = args.get("channelId") or []
        items = [it for ch in (wanted if isinstance(wanted, list) else [wanted]) for it in chans.get(ch, [])]
        try:
            n, sz = max(1, int(args.get("pageNum") or 1)), min(max(1, int(args.get("pageSize") or 15)), 50)
        except (TypeError, ValueError):
            return json_answer(400, {"code": 400, "msg": "参数格式错误"})
        rows = items[(n - 1) * sz : n * sz]
        return json_answer(
            200,
            {
                "code": 200,
                "total": len(items),
                "results": [
                    {"title": _t(it), "url": it.path, "publishedTime": f"{it.pub:%Y-%m-%d %H:%M:%S}"}
                    for it in rows
                ],
            },
        )

    skin.ctx.handle(c, XJ_API, api)
    return columns


# ---------------------------------------------------------------------------- Epoint
def epoint_columns(
    skin: Skin, site_guid: str, columns: dict[str, tuple[str, str, list[Item]]], trail0, size: int = 20
):
    """Epoint WebBuilder columns: each page (``columns[num] = (path, name, items)``) is a shell
    whose script first POSTs ``getNoUserAccessToken`` and then POSTs the list action with
    ``Authorization: Bearer <token>`` and a form body ``params=<json>`` (``siteGuid``,
    ``categorynum``, ``pageIndex`` from 1, ``pageSize``). Without the token the list answers
    401. Articles ``/xxgk/<categorynum>/<YYYYMMDD>/<guid>.html``."""
    c = skin.c
    token = h(c.host, "epoint-token")[:32]
    chans: dict[str, list[Item]] = {}
    for num_, (path, name, items) in columns.items():
        items = _sorted(skin.ctx, items)
        for it in items:
            g = h("ep", it.uid)
            it.path = (
                it.path
                or f"/xxgk/{num_}/{it.pub:%Y%m%d}/{g[:8]}-{g[8:12]}-{g[12:16]}-{g[16:20]}-{g[20:32]}.html"
            )
        trail = [*trail0, (path, name)]
        write_items(skin, items, name, trail)
        chans[num_] = items
        columns[num_] = (path, name, items)
        hook = (
            '<ul class="ewb-list" id="infolist"></ul><div class="ewb-page" id="page"></div>'
            f'<script>var siteGuid="{site_guid}",categorynum="{num_}";\n'
            f'function getToken(cb){{$.ajax({{url:"{EP_TOKEN}",type:"POST",dataType:"json",'
            "success:function(r){cb(r.custom.access_token);}});}\n"
            f'function loadInfo(pageIndex){{getToken(function(t){{$.ajax({{url:"{EP_LIST}",type:"POST",'
            'headers:{"Authorization":"Bearer "+t},'
            'contentType:"application/x-www-form-urlencoded; charset=UTF-8",'
            'data:"params="+JSON.stringify({siteGuid:siteGuid,categorynum:categorynum,'
            f"pageIndex:pageIndex,pageSize:{size}}}),"
            "dataType:\"json\",success:function(r){var h='';"
            "$.each(r.custom.infodata,function(i,o){h+='<li><a href=\"'"
            "+o.infourl+'\" target=\"_blank\">'+o.title+'</a><span>'+o.infodate+'</span></li>';});"
            "$('#infolist').html(h);$('#page').html('共'+r.custom.total+'条');}});});}\nloadInfo(1);</script>"
        )
        shell_page(skin, path, name, trail, hook)

    def token_api(req: Request) -> Resource:
        if req.method != "POST":
            return json_answer(405, {"status": {"code": 405, "text": "method not allowed"}})
        return json_answer(
            200, {"custom": {"access_token": token, "expires_in": 600}, "status": {"code": 200}}
        )

    def list_api(req: Request) -> Resource:
        heads = {k.lower(): v for k, v in req.headers.items()}
        if req.method != "POST":
            return json_answer(405, {"status": {"code": 405, "text": "method not allowed"}})
        if heads.get("authorization", "") != f"Bearer {token}":
            return json_answer(401, {"error": "invalid_token", "error_description": "Invalid access token"})
        raw = req.params().get("params", "")
        try:
            args = json.loads(raw) if raw else json.loads(req.body or b"{}")
        except ValueError:
            return json_answer(
                200, {"custom": {"total": 0, "infodata": []}, "status": {"code": 500, "text": "参数错误"}}
            )
        if not isinstance(args, dict) or args.get("siteGuid") != site_guid:
            return json_answer(200, {"custom": {"total": 0, "infodata": []}, "status": {"code": 200}})
        items = chans.get(str(args.get("categorynum", "")), [])
        try:
            n, sz = (
                max(1, int(args.get("pageIndex") or 1)),
                min(max(1, int(args.get("pageSize") or size)), 50),
            )
        except (TypeError, ValueError):
            n, sz = 1, size
        part = items[(n - 1) * sz : n * sz]
        return json_answer(
            200,
            {
                "custom": {
                    "total": len(items),
                    "infodata": [{"title": _t(it), "infourl": it.path, "infodate": it.date} for it in part],
                },
                "status": {"code": 200},
            },
        )

    skin.ctx.handle(c, EP_TOKEN, token_api)
    skin.ctx.handle(c, EP_LIST, list_api)
    return columns
