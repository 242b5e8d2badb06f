"""Blind sites whose lists come from scripts and JSON APIs, whose item links have no href, whose
lists sit in frames, and a city portal that links county sites missing from the seed list."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from urllib.parse import parse_qsl

from ..model import Request, Resource
from .core import County, Ctx, Item, chunks, esc, paras_html
from .sites_a import content_path, home, index_page, publish
from .skins import Skin

NOW = dt.datetime(2024, 6, 1)


def body_params(req: Request) -> dict:
    """Query, form and JSON body parameters of a request."""
    out = dict(parse_qsl(req.query, keep_blank_values=True))
    if req.body:
        raw = req.body.decode("utf-8", "replace").strip()
        if raw.startswith("{"):
            with contextlib.suppress(ValueError):
                out.update(json.loads(raw))
        else:
            out.update(parse_qsl(raw, keep_blank_values=True))
    return out


def json_answer(obj: dict) -> Resource:
    return Resource(json.dumps(obj, ensure_ascii=False).encode(), "application/json;charset=UTF-8",
                    modified=NOW)


def hanweb_art(colid: int):
    def path(col: str, it: Item) -> str:
        return f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{colid}_{it.uid}.html"
    return path


class HanwebSkin(Skin):
    css = "hanweb"

    def article(self, item, column, trail, *, paras=None, after="", tools=""):
        text = paras_html(paras if paras is not None else item.paras)
        files = "".join(f'<p><a href="{esc(p)}">{esc(label)}</a></p>'
                        for label, p, _ in item.attachments)
        body = (f"{self.crumbs(trail)}<div class=\"bt-article\"><div class=\"title\">"
                f"{esc(item.title)}</div><div class=\"bt-info\">发布日期:{item.pub:%Y-%m-%d} "
                f"信息来源:{esc(item.source)} 浏览次数:<span id=\"c\"></span></div>"
                f"<div id=\"zoom\"><!--ZJEG_RSS.content.begin-->{text}"
                f"<!--ZJEG_RSS.content.end-->{files}</div>{after}</div>")
        return self.page(item.title + "_" + self.site_name, body, self.metas(item, column))


# ====================================================================== JPaaS
def jpaas_column(ctx: Ctx, skin: Skin, c: County, colid: int, name: str,
                 trail: list[tuple[str, str]], items: list[Item], *, web_id: str, tpl: str,
                 style: str, li) -> list[Item]:
    """A Hanweb JPaaS column: the page has no item links; the list comes from
    ``/api-gateway/jpaas-publish-server/front/page/build/unit`` as ``{"data":{"html":…}}``."""
    items = publish(skin, "", name, trail, items, path_fn=hanweb_art(colid), lists=False)
    per = 15
    query = {"webId": web_id, "tplSetId": tpl, "pageType": "column", "tagId": "当前栏目_list",
             "editType": "null", "pageId": str(colid)}
    qd = json.dumps(query, ensure_ascii=False).replace('"', "'")
    if style == "tag":  # the unitbuild.js script tag (evidence: find_string ids 68359761894,
        # 57460378776: <script src=".../AuthorizedRead/unitbuild.js" url=… queryData="{'…'}">)
        script = (f'<div id="unit-list"><script src="/module/AuthorizedRead/unitbuild.js" '
                  f'url="/api-gateway/jpaas-publish-server/front/page/build/unit" '
                  f'queryData="{esc(qd)}" paramJson="{{&quot;pageNo&quot;:1,&quot;pageSize&quot;:'
                  f'{per}}}"></script></div>')
    else:  # an inline $.ajax POST with a JSON body (JPaaS also takes POST)
        script = (
            '<div id="list-box"></div><div id="pager"></div><script type="text/javascript">'
            "var pageNo = 1;function loadList(n){$.ajax({url:'/api-gateway/jpaas-publish-server/"
            "front/page/build/unit',type:'POST',contentType:'application/json',dataType:'json',"
            f"data:JSON.stringify({{parseType:'bulidstatic',webId:'{web_id}',tplSetId:'{tpl}',"
            f"pageType:'column',tagId:'信息列表',editType:'null',pageId:'{colid}',"
            f"paramJson:JSON.stringify({{pageNo:n,pageSize:{per}}})}}),"
            "success:function(res){if(res.success){$('#list-box').html(res.data.html);"
            "$('#pager').html(makePager(n,res.data.total));}}});}"
            "$(function(){loadList(pageNo);});</script>")
    page = skin.page(f"{name}_{skin.site_name}",
                     f'{skin.crumbs(trail)}<div class="lm"><h2>{esc(name)}</h2>{script}</div>')
    skin.put(f"/col/col{colid}/index.html", page)

    def handler(req: Request) -> Resource:
        args = body_params(req)
        if str(args.get("pageId")) != str(colid):
            return None  # another column's answer
        raw = args.get("paramJson") or "{}"
        try:
            pj = json.loads(raw) if isinstance(raw, str) else raw
            n, size = int(pj.get("pageNo", 1)), int(pj.get("pageSize", per))
        except (ValueError, TypeError, AttributeError):
            n, size = 1, per
        size = max(1, min(size, 100))
        chunk = items[(n - 1) * size : n * size] if n >= 1 else []
        html = "<ul>" + "".join(li(it) for it in chunk) + "</ul>" if chunk else ""
        return json_answer({"success": True, "code": 200, "message": "操作成功",
                            "data": {"html": html, "total": len(items)}})

    chain = JPAAS.setdefault(c.host, [])
    chain.append(handler)
    return items


JPAAS: dict[str, list] = {}


def install_jpaas(ctx: Ctx, c: County) -> None:
    handlers = JPAAS.pop(c.host)

    def unit(req: Request) -> Resource:
        for fn in handlers:
            res = fn(req)
            if res is not None:
                return res
        return json_answer({"success": False, "code": 500, "message": "参数错误", "data": None})

    ctx.handle(c, "/api-gateway/jpaas-publish-server/front/page/build/unit", unit)
    ctx.put(c, "/module/AuthorizedRead/unitbuild.js", b"/* unitbuild */",
            ctype="application/javascript")


def anji(ctx: Ctx) -> None:
    """安吉县 (浙江 湖州): Hanweb JPaaS. Column pages ``/col/col<id>/index.html`` hold only
    ``<script src="/module/AuthorizedRead/unitbuild.js" url="/api-gateway/jpaas-publish-server/
    front/page/build/unit" queryData="{'webId':…,'pageId':…}">``; the list arrives from GET
    ``…/build/unit?…&paramJson={"pageNo":N,"pageSize":15}`` as ``{"success":true,"data":{"html":
    "<ul>…</ul>","total":…}}`` and ends with an empty page. Evidence: find_string ids 68359761894
    (a Zhejiang collector: paramJson pageNo/pageSize, success, data.html), 69098091952
    (www.hhtz.gov.cn col1487002 page template with paramJson), 57460378776 (RSSHub mohurd route
    reading script[src*=unitbuild.js] querydata with single quotes). Reports on pages 2 and 3."""
    c = County("anji", "安吉县", "浙江省", "湖州市", "330523", "www.anji.gov.cn", scheme="https")
    nav = [("/", "首页"), ("/col/col1229211001/index.html", "政府信息公开"),
           ("/col/col1229211020/index.html", "安吉要闻"), ("/col/col1229211035/index.html", "通知公告")]
    skin = HanwebSkin(ctx, c, nav, clock=dt.date(2024, 3, 1))
    ctx.robots(c)
    ctx.seed_row(c)
    web_id, tpl = "a3bd4b5b6c7d4e8f9a0b1c2d3e4f5a6b", "kQ4qZr2pUeS7nXyH1mJvB"

    def li(it: Item) -> str:
        return (f'<li><a href="{it.path}" title="{esc(it.title)}" target="_blank">{esc(it.title)}'
                f"</a><span>{it.date}</span></li>")

    news = jpaas_column(ctx, skin, c, 1229211020, "安吉要闻", [("/col/col1229211020/index.html",
                        "安吉要闻")], ctx.news(c, 160), web_id=web_id, tpl=tpl, style="tag", li=li)
    tz = jpaas_column(ctx, skin, c, 1229211035, "通知公告",
                      [("/col/col1229211035/index.html", "通知公告")], ctx.fillers(c, 40),
                      web_id=web_id, tpl=tpl, style="tag", li=li)
    r23 = ctx.new_report(c, 2023, "安吉县人民政府关于2023年法治政府建设情况的报告",
                         pub="2024-03-25 15:30", source="安吉县司法局")
    r22 = ctx.new_report(c, 2022, "安吉县2022年度法治政府建设工作报告", pub="2023-03-20 10:02",
                         source="安吉县人民政府办公室")
    xn = ctx.lookalike(c, "xxgk_annual", 2023)
    newer = ctx.fillers(c, 16, "disclosure", (2024, 2024))
    mid = ctx.fillers(c, 14, "disclosure", (2023, 2023))
    for i, it in enumerate(newer):
        it.pub = dt.datetime(2024, 4 + i % 8, 1 + i, 9, 0)
    for i, it in enumerate(mid):
        it.pub = dt.datetime(2023, 4 + i % 8, 1 + i, 9, 0)
    trail = [("/col/col1229211001/index.html", "政府信息公开"),
             ("/col/col1229211050/index.html", "法定主动公开内容"),
             ("/col/col1229211058/index.html", "其他")]
    qt = jpaas_column(ctx, skin, c, 1229211058, "其他", trail,
                      [r23, r22, xn, *newer, *mid, *ctx.fillers(c, 12, "disclosure", (2019, 2022))],
                      web_id=web_id, tpl=tpl, style="tag", li=li)
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(c, r, y, [{"url": c.base + r.path, "kind": "html"}],
                         kinds=("jpaas_unitbuild_get",))
    ctx.truth_lookalike(c, xn)
    cols = [("/col/col1229211058/index.html", "其他", qt)]
    index_page(skin, "/col/col1229211050/index.html", "法定主动公开内容", trail[:2], cols)
    index_page(skin, "/col/col1229211001/index.html", "政府信息公开", trail[:1],
               [("/col/col1229211050/index.html", "法定主动公开内容", [])])
    install_jpaas(ctx, c)
    home(skin, [("/col/col1229211020/index.html", "安吉要闻", []),
                ("/col/col1229211035/index.html", "通知公告", [])])
    del news, tz


def haian(ctx: Ctx) -> None:
    """海安市 (江苏 南通): Hanweb JPaaS through an inline ``$.ajax`` POST with a JSON body;
    the returned items have no href: ``<a href="javascript:;" onclick="window.open('…')">``
    (sites.md "Links without href"). 南通市's report is reposted in the same 通知公告 column."""
    c = County("haian", "海安市", "江苏省", "南通市", "320685", "www.haian.gov.cn", scheme="https")
    nav = [("/", "首页"), ("/col/col3481/index.html", "通知公告"), ("/col/col3470/index.html", "海安要闻")]
    skin = HanwebSkin(ctx, c, nav, clock=dt.date(2024, 1, 9))
    ctx.robots(c)
    ctx.seed_row(c)
    web_id, tpl = "3e1c5b7d9f0a4c2e8b6d4f2a0c8e6b4d", "Hc8Lm2QwPz5Rt9Ks3Vn7Y"

    def li(it: Item) -> str:
        return (f'<li><a href="javascript:;" onclick="window.open(\'{it.path}\')" '
                f'title="{esc(it.title)}">{esc(it.title)}</a><em>{it.date}</em></li>')

    jpaas_column(ctx, skin, c, 3470, "海安要闻", [("/col/col3470/index.html", "海安要闻")],
                 ctx.news(c, 150), web_id=web_id, tpl=tpl, style="ajax", li=li)
    r23 = ctx.new_report(c, 2023, "海安市2023年法治政府建设情况报告", pub="2024-03-22 16:18",
                         source="海安市司法局")
    r21 = ctx.new_report(c, 2021, "海安市人民政府关于2021年度法治政府建设情况的报告",
                         pub="2022-03-31 11:45", source="海安市人民政府")
    nt = Item("higher", "南通市人民政府关于2023年法治政府建设情况的报告",
              ctx.higher_paras("南通市", 2023, "省委、省政府"), dt.datetime(2024, 4, 9, 10, 0),
              "南通市人民政府")
    notice = ctx.lookalike(c, "notice", 2023)
    jpaas_column(ctx, skin, c, 3481, "通知公告", [("/col/col3481/index.html", "通知公告")],
                 [r23, r21, nt, notice, *ctx.fillers(c, 46)], web_id=web_id, tpl=tpl,
                 style="ajax", li=li)
    for r, y in ((r23, 2023), (r21, 2021)):
        ctx.truth_report(c, r, y, [{"url": c.base + r.path, "kind": "html"}],
                         kinds=("jpaas_ajax_post", "onclick_window_open"))
    ctx.truth_report(c, nt, 2023, [{"url": c.base + nt.path, "kind": "republication"}],
                     kinds=("higher_repost",), region="南通市", higher=True)
    ctx.truth_lookalike(c, notice)
    install_jpaas(ctx, c)
    home(skin, [("/col/col3481/index.html", "通知公告", []), ("/col/col3470/index.html", "海安要闻", [])])


# ====================================================================== 江西 queryList
def xingguo(ctx: Ctx) -> None:
    """兴国县 (江西 赣州): the Jiangxi government CMS. The column page holds no article link, only
    ``channelId``/``siteId``/``websiteId``/``codeName`` variables and a script that POSTs the form
    ``channelId=…&siteId=…&websiteId=…&pageNo=N&pageSize=15`` to ``/queryList`` (GET answers
    404) and builds ``/<site>/col/<codeName>/content/content_<id>.html`` from
    ``data.results[].source.{id,title,pubDate}``. Evidence: find_string id 68359761894
    (``discover_jx_query_links``: "江西系政府站 CMS … POST /queryList", detail URL rule)."""
    c = County("xingguo", "兴国县", "江西省", "赣州市", "360732", "www.xingguo.gov.cn")
    nav = [("/", "首页"), ("/xgx/col/fzzfjs/index.html", "法治政府建设"),
           ("/xgx/col/tzgg/index.html", "通知公告"), ("/xgx/col/xgyw/index.html", "兴国要闻")]
    skin = Skin(ctx, c, nav, clock=dt.date(2024, 2, 20))
    ctx.robots(c)
    ctx.seed_row(c)
    columns: dict[str, list[Item]] = {}

    def column(code: str, name: str, channel: str, items: list[Item]) -> list[Item]:
        def path(col: str, it: Item) -> str:
            return f"/xgx/col/{code}/content/content_{it.uid}.html"
        trail = [(f"/xgx/col/{code}/index.html", name)]
        items = publish(skin, f"/xgx/col/{code}/", name, trail, items, path_fn=path, lists=False)
        script = (
            f"<script>var channelId = '{channel}'; var siteId = '8'; var websiteId = '8'; "
            f"var codeName = '{code}';\nfunction query(pageNo){{$.post('/queryList',"
            "{channelId:channelId,siteId:siteId,websiteId:websiteId,pageNo:pageNo,pageSize:15,"
            "perPage:15,showMode:'1',themeName:'default'},function(res){var html='';"
            "$.each(res.data.results,function(i,r){html+='<li><a href=\"/xgx/col/'+codeName+"
            "'/content/content_'+r.source.id+'.html\" target=\"_blank\">'+r.source.title+'</a>"
            "<span>'+r.source.pubDate.substr(0,10)+'</span></li>';});$('#list').html(html);"
            "});}\nquery(1);</script>")
        body = (f'{skin.crumbs(trail)}<div class="con-right"><div class="title"><h3>{esc(name)}'
                f'</h3></div><ul id="list" class="list"></ul><div id="page"></div>{script}</div>')
        skin.put(f"/xgx/col/{code}/index.html", skin.page(f"{name}-{skin.site_name}", body))
        columns[channel] = items
        return items

    column("xgyw", "兴国要闻", "3519", ctx.news(c, 170))
    r23 = ctx.new_report(c, 2023, "兴国县2023年度法治政府建设工作情况报告", pub="2024-02-06 10:13",
                         source="兴国县人民政府办公室")
    r22 = ctx.new_report(c, 2022, "兴国县人民政府关于2022年法治政府建设情况的报告",
                         pub="2023-03-28 09:00", source="兴国县司法局")
    plan = ctx.lookalike(c, "plan", 2024)
    fill = ctx.fillers(c, 20, "disclosure", (2024, 2024))
    column("fzzfjs", "法治政府建设", "3542", [r23, r22, plan, *fill,
                                          *ctx.fillers(c, 9, "disclosure", (2019, 2021))])
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(c, r, y, [{"url": c.base + r.path, "kind": "html"}],
                         kinds=("jx_querylist_post",))
    ctx.truth_lookalike(c, plan)
    column("tzgg", "通知公告", "3526", ctx.fillers(c, 45))

    def query(req: Request) -> Resource:
        if req.method != "POST":
            return Resource(b"<h1>404</h1>", status=404)
        args = body_params(req)
        items = columns.get(str(args.get("channelId")), [])
        try:
            n, size = int(args.get("pageNo", 1)), int(args.get("pageSize", 15))
        except ValueError:
            n, size = 1, 15
        size = max(1, min(size, 100))
        chunk = items[(n - 1) * size : n * size] if n >= 1 else []
        rows = [{"id": str(it.uid), "source": {"id": it.uid, "title": it.title,
                                               "pubDate": it.pub.strftime("%Y-%m-%d %H:%M:%S")}}
                for it in chunk]
        return json_answer({"code": 200, "data": {"total": len(items), "results": rows}})

    ctx.handle(c, "/queryList", query)
    home(skin, [("/xgx/col/tzgg/index.html", "通知公告", columns["3526"]),
                ("/xgx/col/xgyw/index.html", "兴国要闻", columns["3519"])])


# ====================================================================== TRS 海云 IRS
def lax(ctx: Ctx) -> None:
    """隆安县 (广西 南宁): a TRS 海云 site whose 信息公开 list comes from POST JSON
    ``/irs/front/list`` (``{"tableName":"t_…","tenantId":…,"pageNo":N,"pageSize":15,
    "customFilter":{…channel…},"sorts":[{"sortField":"save_time","sortOrder":"DESC"}]}``).
    Evidence: find_string ids 70148798284 (guizhou.chinatax.gov.cn: the POST body),
    60058614053 (rst.guizhou.gov.cn ``/irs/front/list?orderBy=startTime_desc``), 69861031341
    (gxggzy.gxzf.gov.cn ``/irs/front/list``, Guangxi). The answer shape
    (``data.list[].{title,url,pubDate}``, ``data.pager``) is this profile's guess."""
    c = County("lax", "隆安县", "广西壮族自治区", "南宁市", "450123", "www.lax.gov.cn")
    nav = [("/", "首页"), ("/xxgk/", "信息公开"), ("/xwzx/laxw/", "隆安新闻")]
    skin = Skin(ctx, c, nav, clock=dt.date(2023, 8, 8))
    ctx.robots(c)
    ctx.seed_row(c)
    news = publish(skin, "/xwzx/laxw/", "隆安新闻", [("/xwzx/laxw/", "隆安新闻")], ctx.news(c, 150))
    r23 = ctx.new_report(c, 2023, "隆安县人民政府关于2023年度法治政府建设情况的报告",
                         pub="2024-03-15 11:11", source="隆安县人民政府办公室")
    xn = ctx.lookalike(c, "xxgk_annual", 2023)
    items = [r23, xn, *ctx.fillers(c, 22, "disclosure", (2024, 2024)),
             *ctx.fillers(c, 20, "disclosure", (2019, 2023))]
    for it in items:
        it.uid = it.uid or ctx.uid()
        it.path = f"/xxgk/fdzdgknr/qtxx/t{it.uid}.shtml"
    items.sort(key=lambda d: d.pub, reverse=True)
    trail = [("/xxgk/", "信息公开"), ("/xxgk/fdzdgknr/qtxx/", "其他法定公开信息")]
    for it in items:
        skin.write_article(it, "其他法定公开信息", trail)
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}],
                     kinds=("irs_json_post",))
    ctx.truth_lookalike(c, xn)
    script = (
        "<script>function getList(pageNo){var body={tableName:'t_1876f1b9a1e',tenantId:'32',"
        "pageNo:pageNo,pageSize:15,searchFields:[],customFilter:{operator:'and',properties:"
        "[{property:'channel_id',operator:'eq',value:'5818754'}]},sorts:[{sortField:'save_time',"
        "sortOrder:'DESC'}]};fetch('/irs/front/list',{method:'POST',headers:{'Content-Type':"
        "'application/json'},body:JSON.stringify(body)}).then(function(r){return r.json();})"
        ".then(function(res){var ul=document.getElementById('xxgkList');ul.innerHTML=res.data."
        "list.map(function(d){return '<li><a href=\"'+d.url+'\" target=\"_blank\">'+d.title+"
        "'</a><span>'+d.pubDate+'</span></li>';}).join('');});}getList(1);</script>")
    skin.put("/xxgk/fdzdgknr/qtxx/index.shtml", skin.page(
        "其他法定公开信息", f'{skin.crumbs(trail)}<ul id="xxgkList"></ul><div id="pageBar"></div>'
        f"{script}"))
    index_page(skin, "/xxgk/index.html", "信息公开", trail[:1],
               [("/xxgk/fdzdgknr/qtxx/index.shtml", "其他法定公开信息", [])])

    def irs(req: Request) -> Resource:
        if req.method != "POST":
            return json_answer({"success": False, "msg": "请求方式错误"})
        args = body_params(req)
        try:
            n, size = int(args.get("pageNo", 1)), int(args.get("pageSize", 15))
        except (ValueError, TypeError):
            n, size = 1, 15
        size = max(1, min(size, 100))
        chunk = items[(n - 1) * size : n * size] if n >= 1 else []
        rows = [{"title": it.title, "url": c.base + it.path, "pubDate": it.date,
                 "puborg": it.source} for it in chunk]
        pages = (len(items) + size - 1) // size
        return json_answer({"success": True, "data": {"list": rows, "pager": {
            "pageNo": n, "pageSize": size, "total": len(items), "pageCount": pages}}})

    ctx.handle(c, "/irs/front/list", irs)
    home(skin, [("/xwzx/laxw/", "隆安新闻", news), ("/xxgk/", "信息公开", [])])


# ====================================================================== 崇义县 (GBK, no hrefs)
class OldSkin(Skin):
    css = "old"
    encoding = "gbk"


def chongyi(ctx: Ctx) -> None:
    """崇义县 (江西 赣州): an old GBK site whose item links have no usable href: 通知公告 uses
    ``onclick="opendetail('<id>')"`` with the helper defined on the page, 政务公开 uses
    ``<a href="javascript:void(0)" data-url="…">``, 法治建设 uses ``<li onclick="location.href=
    '…'">`` (sites.md "Links without href"). A 范文 with ``*区`` placeholders and no place name
    ("2023年区五年法治政府建设工作情况报告", copied from xuncaibao.com/zhuantifanwen/gongwenfanwen/
    119532.html, search corpus ``pages``) sits in 学习园地."""
    c = County("chongyi", "崇义县", "江西省", "赣州市", "360725", "www.chongyi.gov.cn")
    nav = [("/", "首页"), ("/news/list.asp?cid=12", "通知公告"), ("/news/list.asp?cid=20", "政务公开"),
           ("/news/list.asp?cid=31", "法治建设"), ("/news/list.asp?cid=5", "崇义新闻"),
           ("/news/list.asp?cid=40", "学习园地")]
    skin = OldSkin(ctx, c, nav, title_attr=False, clock=dt.date(2021, 3, 3))
    ctx.robots(c)
    ctx.seed_row(c)

    def detail(it: Item) -> str:
        return f"/news/detail.asp?id={it.uid}"

    def column(cid: int, name: str, items: list[Item], mode: str) -> list[Item]:
        for it in items:
            it.uid = it.uid or ctx.uid()
            it.path = detail(it)
        items.sort(key=lambda d: d.pub, reverse=True)
        trail = [(f"/news/list.asp?cid={cid}", name)]
        for it in items:
            path, _, query = it.path.partition("?")
            ctx.put(c, path, skin.article(it, name, trail), query=query, encoding="gbk",
                    modified=it.pub)
        pages = chunks(items, 20)
        for n, chunk in enumerate(pages):
            rows = []
            for it in chunk:
                t = esc(it.title)
                if mode == "opendetail":
                    rows.append(f'<tr><td><a href="#" onclick="opendetail(\'{it.uid}\');return '
                                f'false;">{t}</a></td><td>{it.date}</td></tr>')
                elif mode == "data-url":
                    rows.append(f'<tr><td><a href="javascript:void(0)" data-url="{it.path}" '
                                f'class="open">{t}</a></td><td>{it.date}</td></tr>')
                elif mode == "li":
                    rows.append(f"<tr><td onclick=\"location.href='{it.path}'\" style=\"cursor:"
                                f'pointer">{t}</td><td>{it.date}</td></tr>')
                else:
                    rows.append(f'<tr><td><a href="{it.path}">{t}</a></td><td>{it.date}</td></tr>')
            nav_ = " ".join(f'<a href="list.asp?cid={cid}&amp;page={k + 1}">{k + 1}</a>'
                            for k in range(len(pages)))
            helper = ("<script>function opendetail(id){window.open('/news/detail.asp?id='+id);}"
                      "$(function(){$('a.open').click(function(){window.open($(this).attr('data-"
                      "url'));});});</script>")
            body = (f"{skin.crumbs(trail)}<table class=\"list\">{''.join(rows)}</table>"
                    f"<div>共{len(items)}条 {nav_}</div>{helper}")
            text = skin.page(f"{name}-{skin.site_name}", body)
            ctx.put(c, "/news/list.asp", text, query=f"cid={cid}" + (f"&page={n + 1}" if n else ""),
                    encoding="gbk")
            if n == 0:
                ctx.put(c, "/news/list.asp", text, query=f"cid={cid}&page=1", encoding="gbk")
        return items

    news = column(5, "崇义新闻", ctx.news(c, 150), "plain")
    r23 = ctx.new_report(c, 2023, "崇义县人民政府关于2023年法治政府建设情况的报告",
                         pub="2024-03-18 08:56", source="崇义县人民政府办公室")
    tz = column(12, "通知公告", [r23, *ctx.fillers(c, 36)], "opendetail")
    r22 = ctx.new_report(c, 2022, "崇义县2022年度法治政府建设情况报告", pub="2023-03-27 15:20",
                         source="崇义县司法局")
    gw = ctx.lookalike(c, "gov_work_report", 2022)
    column(20, "政务公开", [r22, gw, *ctx.fillers(c, 25, "disclosure")], "data-url")
    r21 = ctx.new_report(c, 2021, "崇义县2021年法治政府建设工作报告", pub="2022-04-06 10:44",
                         source="崇义县司法局")
    column(31, "法治建设", [r21, *ctx.news(County("cyfz", c.name, "", "", "", c.host), 14)], "li")
    tpl = ctx.template_lookalike(c)
    column(40, "学习园地", [tpl, *ctx.news(County("cyxx", c.name, "", "", "", c.host), 8)], "plain")
    for r, y, kind in ((r23, 2023, "onclick_opendetail"), (r22, 2022, "data_url"),
                       (r21, 2021, "li_onclick_location")):
        ctx.truth_report(c, r, y, [{"url": c.base + r.path, "kind": "html"}],
                         kinds=(kind, "gbk"))
    for it in (gw, tpl):
        ctx.truth_lookalike(c, it)
    boxes = [("/news/list.asp?cid=5", "崇义新闻", news), ("/news/list.asp?cid=12", "通知公告", [])]
    index_page(skin, "/index.asp", "首页", [], boxes)
    text = ctx.web.resources[(c.host, "/index.asp", "")].body
    ctx.put(c, "/", b"", status=302, headers=(("Location", "/index.asp"),))
    ctx.put(c, "/index.asp", text, ctype="text/html; charset=GBK")
    del tz


# ====================================================================== 郸城县 (frames)
def dancheng(ctx: Ctx) -> None:
    """郸城县 (河南 周口): column pages hold only ``<iframe src="…/list_1.html">`` whose links
    target ``_parent`` (sites.md "Lists inside frames"). 法定主动公开内容 → 法治政府建设年度报告
    holds the 2023 report (html) and the 2022 report as a DOCX behind an intro page; a 述法
    report and a notice forwarding the city's report are beside them."""
    c = County("dancheng", "郸城县", "河南省", "周口市", "411625", "www.dancheng.gov.cn")
    nav = [("/", "首页"), ("/zwgk/", "政务公开"), ("/xwzx/dcyw/", "郸城要闻")]
    skin = Skin(ctx, c, nav, clock=dt.date(2024, 4, 4))
    ctx.robots(c)
    ctx.seed_row(c)

    def framed(col: str, name: str, trail, items: list[Item]) -> list[Item]:
        items = publish(skin, col, name, trail, items, path_fn=content_path, lists=False)
        pages = chunks(items, 20)
        for n, chunk in enumerate(pages):
            rows = "".join(f'<li><a href="{it.path}" target="_parent">{esc(it.title)}</a>'
                           f"<span>{it.date}</span></li>" for it in chunk)
            nxt = f'<a href="list_{n + 2}.html">下一页</a>' if n + 1 < len(pages) else ""
            prv = f'<a href="list_{n}.html">上一页</a>' if n else ""
            ctx.put(c, f"{col}list_{n + 1}.html",
                    f'<html><head><meta charset="utf-8"></head><body><ul class="list">{rows}</ul>'
                    f"<div>{prv} {nxt}</div></body></html>")
        skin.put(col + "index.html", skin.page(
            f"{name}_{skin.site_name}", f'{skin.crumbs(trail)}<h2>{esc(name)}</h2><iframe src='
            f'"{col}list_1.html" name="listFrame" width="100%" height="800" frameborder="0" '
            'scrolling="no"></iframe>'))
        return items

    news = framed("/xwzx/dcyw/", "郸城要闻", [("/xwzx/dcyw/", "郸城要闻")], ctx.news(c, 160))
    col = "/zwgk/fdzdgknr/fzzfjsndbg/"
    trail = [("/zwgk/", "政务公开"), ("/zwgk/fdzdgknr/", "法定主动公开内容"), (col, "法治政府建设年度报告")]
    r23 = ctx.new_report(c, 2023, "郸城县2023年法治政府建设年度报告", pub="2024-03-29 18:10",
                         source="郸城县司法局")
    r22 = ctx.new_report(c, 2022, "郸城县人民政府关于2022年度法治政府建设情况的报告",
                         pub="2023-04-11 09:35", source="郸城县人民政府")
    full22 = list(r22.paras)
    r22.uid = ctx.uid()
    path = f"/uploadfiles/{r22.pub:%Y%m}/{r22.uid}.docx"
    r22.attachments.append((r22.title + ".docx", path, ctx.docx(r22.title, full22)))
    r22.paras = [f"《{r22.title}》已经县政府常务会议审议通过,现予公开。"]
    shufa = ctx.lookalike(c, "shufa", 2023)
    note = ctx.lookalike(c, "notice", 2023)
    fz = framed(col, "法治政府建设年度报告", trail, [r23, r22, shufa, note])
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}],
                     kinds=("iframe_list",))
    ctx.truth_report(c, r22, 2022, [{"url": c.base + path, "kind": "docx",
                                      "via": c.base + r22.path, "text_layer": True}],
                     kinds=("iframe_list", "docx"), body=full22)
    for it in (shufa, note):
        ctx.truth_lookalike(c, it)
    other = framed("/zwgk/fdzdgknr/qtfdgkxx/", "其他法定公开信息",
                   [*trail[:2], ("/zwgk/fdzdgknr/qtfdgkxx/", "其他法定公开信息")],
                   ctx.fillers(c, 30, "disclosure"))
    index_page(skin, "/zwgk/fdzdgknr/index.html", "法定主动公开内容", trail[:2],
               [(col, "法治政府建设年度报告", fz), ("/zwgk/fdzdgknr/qtfdgkxx/", "其他法定公开信息", other)])
    index_page(skin, "/zwgk/index.html", "政务公开", trail[:1],
               [("/zwgk/fdzdgknr/", "法定主动公开内容", other)])
    home(skin, [("/xwzx/dcyw/", "郸城要闻", news), ("/zwgk/", "政务公开", [])])


# ====================================================================== 绥化市 and its counties
def suihua(ctx: Ctx) -> None:
    """绥化市 (黑龙江): a city portal (seeded) whose 县区 menu links 绥棱县 and whose ``<select>``
    of 县(市、区)政府网站 (``onchange="window.open(this.value)"``) names 海伦市; neither county is in
    the seed list, each holds a report (sites.md "a city portal's 县区信息公开 → <county>")."""
    city = County("suihua", "绥化市", "黑龙江省", "", "231200", "www.suihua.gov.cn")
    suiling = County("suiling", "绥棱县", "黑龙江省", "绥化市", "231226", "www.suiling.gov.cn",
                     seeded=False)
    hailun = County("hailun", "海伦市", "黑龙江省", "绥化市", "231283", "www.hailun.gov.cn",
                    seeded=False)
    nav = [("/", "首页"), ("/zwgk/", "政务公开"), ("/xwzx/shyw/", "绥化要闻"),
           ("http://www.suiling.gov.cn/", "绥棱县"), ("http://www.wangkui.gov.cn/", "望奎县")]
    skin = Skin(ctx, city, nav, clock=dt.date(2024, 5, 5))
    ctx.robots(city)
    ctx.seed_row(city)
    news = publish(skin, "/xwzx/shyw/", "绥化要闻", [("/xwzx/shyw/", "绥化要闻")], ctx.news(city, 140))
    zc = publish(skin, "/zwgk/zcwj/", "政策文件", [("/zwgk/", "政务公开"), ("/zwgk/zcwj/", "政策文件")],
                 ctx.fillers(city, 30, "disclosure"))
    index_page(skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")],
               [("/zwgk/zcwj/", "政策文件", zc)])
    options = "".join(f'<option value="{u}">{n}</option>' for u, n in (
        ("http://www.wangkui.gov.cn/", "望奎县"), ("http://www.hailun.gov.cn/", "海伦市")))
    select = ('<div class="wzq"><select onchange="if(this.value)window.open(this.value)">'
              f'<option value="">县(市、区)政府网站</option>{options}</select></div>')
    home(skin, [("/xwzx/shyw/", "绥化要闻", news), ("/zwgk/zcwj/", "政策文件", zc)], extra=select)
    for cty, title, year, pub in (
            (suiling, "绥棱县人民政府关于2023年法治政府建设情况的报告", 2023, "2024-03-26 14:00"),
            (hailun, "海伦市2023年度法治政府建设情况报告", 2023, "2024-03-30 10:21")):
        s = Skin(ctx, cty, [("/", "首页"), ("/zwgk/", "政务公开"), ("/xwzx/", "新闻中心")],
                 clock=dt.date(2024, 1, 1))
        ctx.robots(cty)
        n = publish(s, "/xwzx/", "新闻中心", [("/xwzx/", "新闻中心")], ctx.news(cty, 60))
        r = ctx.new_report(cty, year, title, pub=pub, source=f"{cty.name}司法局")
        g = publish(s, "/zwgk/gzbg/", "工作报告", [("/zwgk/", "政务公开"), ("/zwgk/gzbg/", "工作报告")],
                    [r, ctx.lookalike(cty, "gov_work_report", 2023), *ctx.fillers(cty, 12,
                                                                                  "disclosure")])
        for it in g:
            if it.kind == "lookalike":
                ctx.truth_lookalike(cty, it)
        ctx.truth_report(cty, r, year, [{"url": cty.base + r.path, "kind": "html"}],
                         kinds=("unseeded_county_via_city",))
        index_page(s, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")],
                   [("/zwgk/gzbg/", "工作报告", g)])
        home(s, [("/xwzx/", "新闻中心", n), ("/zwgk/gzbg/", "工作报告", g)])
