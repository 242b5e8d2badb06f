"""The page shapes of the platforms the blind26 sites sit on, each from public evidence.

* **湖南 集约化 platform** (岳阳 county sites and the 岳阳市 portal). A public crawler of
  ``hbj.yueyang.gov.cn`` starts from columns ``/<id>/<id>/default.htm`` (``/6790/6791/default.htm``,
  ``/6836/9784/10009/default.htm``; channel pages ``index.htm``), builds later pages itself by
  replacing ``default.htm`` with ``default_<n>.htm``, and reads the page count from the inline
  script with the regex ``else if\\(num>(\\d+)\\)``: the count appears only in the jump
  function's bounds check. Rows ``ul.contents-list li div.title-wrapper div.title a`` and
  ``div.date``; articles carry ``<meta name="ArticleTitle">`` and ``PubDate``. Article URLs
  ``/<id>/<id>/content_<n>.html`` (``amr.yueyang.gov.cn/55704/56097/content_2255737.html``,
  ``www.yueyang.gov.cn/web/2570/2584/2860/content_472989.html``). That no ``<a>`` names a later
  page (only the jump box does) is assumed from the crawler building the URLs itself.
* **湖北 十堰 TRS sites** (十堰 counties). A public crawler of ``sthjj.shiyan.gov.cn`` reads the page
  count with ``createPageHTML\\("(\\d+)",`` (the numbers are quoted strings); a crawler of
  ``www.shiyan.gov.cn/sysgovinfo/…/cggg_2152/list_50.shtml`` counts ``list_50_<n>.shtml`` from 0
  (``cnum = n + 1``); articles ``<YYYYMM>/t<YYYYMMDD>_<n>.shtml``
  (``zt.shiyan.gov.cn/…/202306/t20230601_4243187.shtml``). The script file's name is assumed.
* **江西 集约化 platform** (宜春 counties). A public crawler of ``www.yichun.gov.cn/ycsrmzf/rsrm/
  xxgk_list.shtml`` reads ``li > a[title]`` with ``span.time``; articles ``/<site>/<col>/<YYYYMM>/
  <32 hex>.shtml`` (``/ycsrmzf/rsrm/202405/6c6e706c….shtml``): the same shapes as blind24's 西藏
  platform, whose ``createPageHTML('page-div', …)`` pager is assumed here. The provincial
  platform's list API (a public script for ``gxt.jiangxi.gov.cn``): POST form ``/queryList`` with
  ``current``, ``pageSize``, ``webSiteCode[]``, ``channelCode[]``, ``sort=sortNum``,
  ``order=desc`` and ``X-Requested-With: XMLHttpRequest``. The answer's shape (``data.records[]``
  with ``title``, ``url``, ``publishedTime``; ``data.pages``) is assumed.
"""

from __future__ import annotations

from ..blind.core import chunks, esc
from ..blind.sites_a import publish
from ..blind.sites_b import body_params
from ..blind.skins import Skin
from ..blind24.platforms import write_lists, xz_attach, xz_column
from ..model import Request, Resource
from .core import County, Ctx26, Item, json_res

Trail = list[tuple[str, str]]

__all__ = ["hn_column", "jx_query_column", "sy_column", "xz_attach", "xz_column"]


# ---------------------------------------------------------------------------- 湖南 default.htm
def hn_pager(records: int):
    def pager(pages: int, cur: int, _records: int) -> str:
        if pages <= 1:
            return ""
        return (
            f'<div class="pagination"><span>共{records}条记录 第{cur}/{pages}页</span> 转到第'
            '<input type="text" id="num" size="3" class="form-control"/>页 '
            '<button type="button" class="btn" onclick="goPage()">跳转</button></div>'
            "<script>function goPage(){var num=parseInt(document.getElementById('num').value,10);"
            "if(isNaN(num)||num<1){alert('请输入正确的页码');}"
            f"else if(num>{pages}){{alert('超出最大页数');}}"
            "else{window.location=(num==1)?'default.htm':'default_'+num+'.htm';}}</script>"
        )

    return pager


def hn_rows(items: list[Item]) -> str:
    lis = "".join(
        f'<li><div class="title-wrapper"><div class="title text-truncate"><a href="{esc(it.path)}" '
        f'target="_blank" title="{esc(it.title.replace("|", ""))}">{esc(it.title.replace("|", ""))}</a>'
        f'</div><div class="date">{it.date}</div></div></li>'
        for it in items
    )
    return f'<ul class="contents-list mt-1">{lis or "<li>暂无信息</li>"}</ul>'


def hn_column(skin: Skin, col: str, name: str, trail: Trail, items: list[Item], per: int = 20) -> list[Item]:
    """A 湖南 platform column ``col + default.htm``, ``default_<n>.htm``; articles
    ``col + content_<n>.html``; the page count only in the jump function."""

    def path(cl: str, it: Item) -> str:
        return f"{cl}content_{it.uid % 900000 + 2100000}.html"

    out = publish(skin, col, name, trail, items, path_fn=path, lists=False)
    write_lists(
        skin,
        name,
        trail,
        out,
        lambda n: f"{col}default.htm" if n == 1 else f"{col}default_{n}.htm",
        per,
        pager=hn_pager(len(out)),
        rows=hn_rows,
    )
    return out


# ---------------------------------------------------------------------------- 十堰 TRS
PAGE_JS = """// TRS 分页
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  var n = parseInt(_nPageCount, 10), c = parseInt(_nCurrIndex, 10);
  if (n <= 1) return;
  function u(i) { return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; }
  var h = "共" + n + "页 ";
  h += '<a href="' + u(0) + '">首页</a> ';
  if (c > 0) h += '<a href="' + u(c - 1) + '">上一页</a> ';
  if (c < n - 1) h += '<a href="' + u(c + 1) + '">下一页</a> ';
  h += '<a href="' + u(n - 1) + '">尾页</a>';
  document.write(h);
}
"""


def sy_column(skin: Skin, col: str, name: str, trail: Trail, items: list[Item], per: int = 20) -> list[Item]:
    """A 十堰 TRS column ``col + list_50.shtml``, ``list_50_1.shtml`` (page 2) …, paged only by
    ``createPageHTML("<pages>","<index from 0>","list_50","shtml")``; articles
    ``col + YYYYMM/tYYYYMMDD_<n>.shtml``."""

    def path(cl: str, it: Item) -> str:
        return f"{cl}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid % 900000 + 4100000}.shtml"

    out = publish(skin, col, name, trail, items, path_fn=path, lists=False)
    skin.ctx.put(skin.c, "/images/page.js", PAGE_JS, ctype="application/javascript; charset=utf-8")

    def pager(pages: int, cur: int, _records: int) -> str:
        if pages <= 1:
            return ""
        return (
            '<div class="page"><script src="/images/page.js"></script>'
            f'<script>createPageHTML("{pages}","{cur - 1}","list_50","shtml");</script></div>'
        )

    write_lists(
        skin,
        name,
        trail,
        out,
        lambda n: f"{col}list_50.shtml" if n == 1 else f"{col}list_50_{n - 1}.shtml",
        per,
        pager=pager,
    )
    return out


# ---------------------------------------------------------------------------- 江西 queryList
def jx_query_column(
    ctx: Ctx26,
    skin: Skin,
    site: str,
    code: str,
    channel: str,
    name: str,
    trail: Trail,
    items: list[Item],
    registry: dict,
) -> list[Item]:
    """A 江西 column whose page ``/<site>/<channel>/index.html`` holds an empty list and a script
    that POSTs ``current=N&pageSize=15&webSiteCode[]=<code>&channelCode[]=<channel>`` to
    ``/queryList``; articles ``/<site>/<channel>/<YYYYMM>/<32 hex>.shtml``."""
    from ..blind24.platforms import hexid

    c = skin.c
    col = f"/{site}/{channel}/"

    def path(cl: str, it: Item) -> str:
        return f"{cl}{it.pub:%Y%m}/{hexid(c, it, 'jx')}.shtml"

    out = publish(skin, col, name, trail, items, path_fn=path, lists=False)
    registry[(code, channel)] = out
    script = (
        "<script>\nvar pageSize = 15;\nfunction loadList(current){\n  $.ajax({url:'/queryList',"
        "type:'post',dataType:'json',\n    data:{current:current,pageSize:pageSize,"
        f"'webSiteCode[]':'{code}','channelCode[]':'{channel}',sort:'sortNum',order:'desc'}},\n"
        "    success:function(res){var h='';$.each(res.data.records,function(i,r){h+='<li><a href=\"'"
        '+r.url+\'" target="_blank" title="\'+r.title+\'">\'+r.title+\'</a><span class="time">\''
        "+r.publishedTime.substr(0,10)+'</span></li>';});$('#xxgkList').html(h);\n"
        "      laypage.render({elem:'pageBox',count:res.data.total,limit:pageSize,curr:current,"
        "jump:function(o,first){if(!first){loadList(o.curr);}}});}});\n}\nloadList(1);\n</script>"
    )
    body = (
        f'{skin.crumbs(trail)}<div class="xxgk-right"><div class="lm-title"><h2>{esc(name)}</h2></div>'
        f'<ul class="xxgk_list" id="xxgkList"></ul><div id="pageBox"></div>'
        '<script src="/common/js/jquery.min.js"></script><script src="/common/layui/laypage.js"></script>'
        f"{script}</div>"
    )
    skin.put(f"{col}index.html", skin.page(f"{name}_{skin.site_name}", body))
    return out


def jx_query_api(ctx: Ctx26, c: County, registry: dict) -> None:
    """``/queryList``: POST only, answers ``{"code":200,"data":{"records":[…],"total":n,
    "current":n,"pages":p}}``; unknown codes answer no records."""

    def query(req: Request) -> Resource:
        if req.method != "POST":
            return Resource(b"<h1>405 Method Not Allowed</h1>", "text/html", status=405)
        args = body_params(req)
        items = registry.get((args.get("webSiteCode[]"), args.get("channelCode[]")), [])
        try:
            cur, size = int(args.get("current", 1)), int(args.get("pageSize", 15))
        except ValueError:
            cur, size = 1, 15
        size = max(1, min(size, 50))
        pages = chunks(items, size)
        chunk = pages[cur - 1] if 1 <= cur <= len(pages) else []
        rows = [
            {
                "id": str(it.uid),
                "title": it.title.replace("|", ""),
                "url": it.path,
                "publishedTime": f"{it.pub:%Y-%m-%d %H:%M:%S}",
                "channelCode": args.get("channelCode[]"),
            }
            for it in chunk
        ]
        return json_res(
            {
                "code": 200,
                "msg": "success",
                "data": {
                    "records": rows,
                    "total": len(items),
                    "size": size,
                    "current": cur,
                    "pages": len(pages),
                },
            }
        )

    ctx.handle(c, "/queryList", query)
