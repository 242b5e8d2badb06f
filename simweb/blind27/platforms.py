"""The page shapes of the platforms the blind27 sites sit on, each from public evidence.

* **绵阳 集约化 platform** (绵阳 county sites). A public Selenium crawler of the 绵阳 government
  sites starts from ``www.my.gov.cn/ywdt/snyw/index.html`` (56 pages) and
  ``zjw.my.gov.cn/xwdt/gzdt/index.html``, reads rows ``div.navjz ul li`` (``a`` with the title,
  ``span`` with the date) and turns pages by clicking ``ul.m-pagination-page li a``: the pager is
  the jQuery ``m-pagination`` widget (``mricode.pagination``), drawn by script into an empty
  ``div`` (the crawler needs a browser to click it). Public code using that widget calls
  ``$("#page").page({total, pageSize, showJump, …}).on("pageClicked", function(event,
  pageIndex){…})``, and it draws ``<a data-page-index="N">`` links without ``href``. A stored 江油
  article sits at ``www.my.gov.cn/jiangyou/288798823663271936/20170728/2012616.html``:
  ``/<site>/<18-digit column id>/<YYYYMMDD>/<n>.html``. What the ``pageClicked`` handler loads
  here (``index_<n>.html``) is assumed.
* **曲靖 PHPCMS sites** (曲靖 county sites). Public code reads the 曲靖 portal's lists at
  ``www.qj.gov.cn/index.php?m=content&c=index&a=lists&catid=241&page=6`` (PHPCMS v9's dynamic list
  URL) and its articles at ``www.qj.gov.cn/html/2013/qjdsj_0419/3135.html``
  (``/html/<YYYY>/<catdir>_<MMDD>/<id>.html``); 宣威市's ``www.xw.gov.cn/gov/public/special/1gz.html``.
  The ``div#pages`` pager of plain ``&page=N`` links is PHPCMS's standard one (assumed here for
  these counties).
* **贵州 省集约化 TRS platform** (毕节 county sites and the 毕节市 portal). Public code lists
  ``www.bijie.gov.cn/bm/bjsczj/zwgk/xxgknb/`` and ``…/zwgk/zfxxgk/fdzdgknr/czzj/`` (directory
  URLs serving ``index.html``), pages ``…/zbgg/index_2.shtml`` (TRS numbering), articles
  ``…/202107/t20210730_69356218.html`` (``<YYYYMM>/t<YYYYMMDD>_<8 digits>.html``). The pager is
  the TRS ``createPageHTML(<pages>, <index from 0>, "index", "html")`` call (assumed from the TRS
  family).
"""

from __future__ import annotations

from ..blind.core import esc
from ..blind.sites_a import publish
from ..blind.skins import Skin
from ..blind24.platforms import write_lists
from .core import Item

Trail = list[tuple[str, str]]

__all__ = ["gz_column", "my_column", "qj_column"]


# ---------------------------------------------------------------------------- 绵阳 m-pagination
def my_rows(items: list[Item]) -> str:
    lis = "".join(
        f'<li><a href="{esc(it.path)}" target="_blank" title="{esc(it.title.replace("|", ""))}">'
        f"<span>{esc(it.title.replace('|', ''))}</span></a><span>{it.date}</span></li>"
        for it in items
    )
    return f'<div class="navjz clearfix"><ul>{lis or "<li>暂无信息</li>"}</ul></div>'


def my_pager(per: int):
    def pager(pages: int, cur: int, records: int) -> str:
        if pages <= 1:
            return ""
        return (
            '<div id="page" class="m-pagination"></div>'
            '<script src="/static/js/jquery.min.js"></script>'
            '<script src="/static/js/mricode.pagination.js"></script>'
            "<script>\n$(function(){\n  function go(event, pageIndex) {\n"
            "    window.location.href = pageIndex == 0 ? 'index.html'"
            " : 'index_' + (pageIndex + 1) + '.html';\n"
            '  }\n  $("#page").page({pageIndex: '
            f"{cur - 1}, pageSize: {per}, total: {records}, showInfo: true, showJump: true, "
            "infoFormat: '共{total}条', firstBtnText: '首页', lastBtnText: '尾页'})\n"
            '    .on("pageClicked", go).on("jumpClicked", go);\n});\n</script>'
        )

    return pager


def my_column(
    skin: Skin, site: str, colid: str, name: str, trail: Trail, items: list[Item], per: int = 20
) -> list[Item]:
    """A 绵阳 platform column ``/<site>/<colid>/index.html``, ``index_<n>.html`` (n from 2),
    paged only by the script-drawn ``m-pagination`` widget; articles
    ``/<site>/<colid>/<YYYYMMDD>/<n>.html``."""
    col = f"/{site}/{colid}/"

    def path(cl: str, it: Item) -> str:
        return f"{cl}{it.pub:%Y%m%d}/{it.uid % 900000 + 2010000}.html"

    out = publish(skin, col, name, trail, items, path_fn=path, lists=False)
    write_lists(
        skin,
        name,
        trail,
        out,
        lambda n: f"{col}index.html" if n == 1 else f"{col}index_{n}.html",
        per,
        pager=my_pager(per),
        rows=my_rows,
    )
    return out


# ---------------------------------------------------------------------------- 曲靖 PHPCMS
def qj_pager(catid: int):
    def href(n: int) -> str:
        return f"/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={catid}&amp;page={n}"

    def pager(pages: int, cur: int, records: int) -> str:
        if pages <= 1:
            return ""
        parts = [f'<a class="a1">{records}条</a>', f'<a href="{href(max(1, cur - 1))}" class="a1">上一页</a>']
        for n in range(1, pages + 1):
            parts.append(f"<span>{n}</span>" if n == cur else f'<a href="{href(n)}">{n}</a>')
        parts.append(f'<a href="{href(min(pages, cur + 1))}" class="a1">下一页</a>')
        return f'<div id="pages" class="text-c">{" ".join(parts)}</div>'

    return pager


def qj_column(
    skin: Skin, catid: int, catdir: str, name: str, trail: Trail, items: list[Item], per: int = 20
) -> list[Item]:
    """A PHPCMS column ``/index.php?m=content&c=index&a=lists&catid=<id>`` (``&page=N``);
    articles ``/html/<YYYY>/<catdir>_<MMDD>/<id>.html``."""

    def path(_cl: str, it: Item) -> str:
        return f"/html/{it.pub:%Y}/{catdir}_{it.pub:%m%d}/{it.uid % 90000 + 3000}.html"

    out = publish(skin, f"/html/{catdir}/", name, trail, items, path_fn=path, lists=False)
    base = f"/index.php?m=content&c=index&a=lists&catid={catid}"
    write_lists(
        skin,
        name,
        trail,
        out,
        lambda n: base if n == 1 else f"{base}&page={n}",
        per,
        pager=qj_pager(catid),
    )
    return out


def qj_url(catid: int) -> str:
    return f"/index.php?m=content&c=index&a=lists&catid={catid}"


# ---------------------------------------------------------------------------- 贵州 TRS
PAGE_JS = """// TRS 分页
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) return;
  function u(i) { return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; }
  var h = "";
  h += '<a href="' + u(0) + '">首页</a> ';
  if (_nCurrIndex > 0) h += '<a href="' + u(_nCurrIndex - 1) + '">上一页</a> ';
  else h += '<span>上一页</span> ';
  if (_nCurrIndex < _nPageCount - 1) h += '<a href="' + u(_nCurrIndex + 1) + '">下一页</a> ';
  else h += '<span>下一页</span> ';
  h += '<a href="' + u(_nPageCount - 1) + '">尾页</a>';
  document.write(h);
}
"""


def gz_column(skin: Skin, col: str, name: str, trail: Trail, items: list[Item], per: int = 15) -> list[Item]:
    """A 贵州 TRS column ``col`` (``index.html``, ``index_1.html`` = page 2 …, paged only by
    ``createPageHTML(N, i, "index", "html")``); articles ``col + YYYYMM/tYYYYMMDD_<8 digits>.html``."""

    def path(cl: str, it: Item) -> str:
        return f"{cl}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid % 900000 + 69100000}.html"

    out = publish(skin, col, name, trail, items, path_fn=path, lists=False)
    skin.ctx.put(skin.c, "/images/page.js", PAGE_JS, ctype="application/javascript; charset=utf-8")

    def pager(pages: int, cur: int, _records: int) -> str:
        if pages <= 1:
            return ""
        return (
            '<div class="page"><script src="/images/page.js"></script>'
            f'<script>createPageHTML({pages}, {cur - 1}, "index", "html");</script></div>'
        )

    write_lists(
        skin,
        name,
        trail,
        out,
        lambda n: f"{col}index.html" if n == 1 else f"{col}index_{n - 1}.html",
        per,
        pager=pager,
    )
    return out
