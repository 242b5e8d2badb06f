"""The page shapes of the ``kinds7`` profile: the provinces' shared county-site platforms, each with
its own URL scheme, 信息公开 category tree, list rows, pager and article skin, and the 繁體 gateway
of the Tianjin district platform (a trap: every page again under ``/gate/big5/<host>/``).

Paths: the Hunan 集约化 platform's numeric column folders (``/<site>/<col>/<col>/index.htm``,
articles ``content_<7 digits>.html`` in the folder, pages ``index_2.htm``), TRS ``tYYYYMMDD_<id>``
(Hubei ``.shtml``, Tianjin and Guangxi), the Hebei provincial platform's ``/columns/<uuid>/`` with
its list block ``/columns/<uuid>/templates/<uuid>/blocks/<uuid>?page=N&fix=0`` and articles
``/columns/<uuid>/YYYYMM/DD/<uuid>.html``, the older Hebei platform's millisecond-stamp ids
(``/col/<ms>/YYYY/MM/DD/<ms>.html``) and Pudong's ``/<col>/<year>/<day of year>/<id>.html``.
Skins: see :func:`skin7`; the kinds5 skins (``xxgk``, ``line``, ``update``, ``trs``) are reused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Callable

from ..families import esc
from ..kinds.core import Doc, KSite, add_files, chunks, num_id
from ..kinds5.mechs import column5, files_box, index_no, paras, skin_article
from ..model import STATIC_TIME, Request, Resource

Trail = list[tuple[str, str]]

BEIJING = dt.timezone(dt.timedelta(hours=8))
WEEKDAYS = "一二三四五六日"


def uid_of(*parts: object) -> str:
    """A stable UUID (the Hebei platform's column and article ids)."""
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


# ------------------------------------------------------------------------------- paths


def content_path(site: KSite, folder: str) -> Callable[[Doc], str]:
    """Hunan 集约化: ``<folder>content_<7 digits>.html`` beside the list."""
    return lambda d: f"{folder}content_{num_id(site.host, d.uid, digits=7)}.html"


def trs_path(site: KSite, folder: str, ext: str = "html") -> Callable[[Doc], str]:
    return lambda d: f"{folder}{d.pub:%Y%m}/t{d.stamp}_{num_id(site.host, d.uid, digits=7)}.{ext}"


def columns_path(site: KSite, folder: str) -> Callable[[Doc], str]:
    """Hebei platform: ``/columns/<uuid>/YYYYMM/DD/<uuid>.html``."""
    return lambda d: f"{folder}{d.pub:%Y%m}/{d.pub:%d}/{uid_of(site.host, d.uid)}.html"


def millis(d: Doc, salt: int) -> int:
    """The millisecond stamp of a publication time (Beijing time) plus a few milliseconds."""
    return int(d.pub.replace(tzinfo=BEIJING).timestamp() * 1000) + salt % 997


def stamp_path(site: KSite, folder: str) -> Callable[[Doc], str]:
    """Older Hebei platform: ``/col/<ms>/YYYY/MM/DD/<ms of publication>.html``."""
    return lambda d: f"{folder}{d.pub:%Y/%m/%d}/{millis(d, num_id(site.host, d.uid))}.html"


def doy_path(site: KSite, folder: str) -> Callable[[Doc], str]:
    """Pudong: ``<folder><year>/<day of year>/<6 digits>.html``."""
    return lambda d: (
        f"{folder}{d.pub:%Y}/{d.pub.timetuple().tm_yday}/{num_id(site.host, d.uid, digits=6)}.html"
    )


# ------------------------------------------------------------------------------- skins


def crumbs7(trail: Trail, label: str = "当前位置:", sep: str = " &gt; ") -> str:
    parts = ['<a href="/">首页</a>'] + [f'<a href="{p}">{esc(n)}</a>' if p else esc(n) for n, p in trail]
    return f'<div class="crumb">{label} ' + sep.join(parts) + "</div>"


def skin7(site: KSite, d: Doc, trail: Trail, skin: str, topic: str = "") -> str:
    """An article page. ``hunan``: ``来源:… 日期:YYYY-MM-DD HH:MM 字号:【 视力保护色: 浏览量:``;
    ``hebei``: the date and time run together (``2024-03-2816:34``) over empty ``来源: 字体:``;
    ``stamp``: a title over two lines, ``发布时间:YYYY年MM月DD日`` only; ``tianjin``: ``来源:…
    发布时间:YYYY-MM-DD HH:MM``; ``pudong``: a 索引号 / 发布机构 / 公开类别 / 发布时间 table whose 发布机构
    is ``区政府``; ``gx``: ``来源: … 发布日期: YYYY-MM-DD``; anything else a kinds5 skin."""
    title = esc(d.title)
    if skin == "hunan":
        main = (
            f'{crumbs7(trail)}\n<div class="article"><h1>{title}</h1>\n<div class="info">来源:'
            f"{esc(d.source)} 日期:{d.pub:%Y-%m-%d %H:%M} 字号:【<a>大</a> <a>中</a> <a>小</a>】 "
            f'视力保护色:<span class="eye"></span> 浏览量:<span id="hits"></span></div>\n'
            f'<div class="article-content" id="zoom">{paras(d)}</div>{files_box(d)}</div>'
        )
    elif skin == "hebei":
        main = (
            f'{crumbs7(trail, "当前位置:")}\n<div class="wjct"><h2 class="xl-tit">{title}</h2>\n'
            f'<p class="xl-time">{d.pub:%Y-%m-%d%H:%M}</p><p>来源:</p><p>字体:<a>大</a><a>中</a>'
            f'<a>小</a></p></div>\n<div id="zoom"><div>{paras(d)}</div></div>{files_box(d)}'
        )
    elif skin == "stamp":
        head, _, rest = d.title.partition("人民政府")
        shown = f"{esc(head)}人民政府<br>{esc(rest)}" if rest else title
        main = (
            f'{crumbs7(trail, "您现在的位置:")}\n<div class="detail"><h1>{shown}</h1>\n'
            f'<div class="detail-info">发布时间:{d.pub:%Y年%m月%d日}</div>\n'
            f'<div class="detail-con">{paras(d)}</div>{files_box(d)}</div>'
        )
    elif skin == "tianjin":
        main = (
            f'{crumbs7(trail, "您所在的位置:")}\n<div class="xl"><h2>{title}</h2>\n<div class="xl-ly">'
            f"来源:{esc(d.source)} 发布时间:{d.pub:%Y-%m-%d %H:%M}</div>\n"
            f'<div class="xl-nr TRS_UEDITOR">{paras(d)}</div>{files_box(d)}</div>'
        )
    elif skin == "pudong":
        table = (
            f'<table class="gk-table"><tr><th>索引号</th><td>{index_no(site, d)}</td><th>发布机构</th>'
            f"<td>区政府</td></tr><tr><th>公开类别</th><td>主动公开</td><th>发布时间</th><td>{d.date}"
            "</td></tr></table>"
        )
        main = (
            f'{crumbs7(trail)}\n<div class="gk-detail"><h1>{title}</h1>\n{table}\n'
            f'<div class="Article_content">{paras(d)}</div>{files_box(d)}</div>'
        )
    elif skin == "gx":
        main = (
            f'{crumbs7(trail)}\n<div class="article"><div class="article-title">{esc(d.column)}</div>\n'
            f'<h1>{title}</h1>\n<div class="article-info"><span>来源: {esc(d.source)}</span>'
            f"<span>发布日期: {d.date}</span></div>\n"
            f'<div class="article-con TRS_Editor">{paras(d)}</div>{files_box(d)}</div>'
        )
    else:
        return skin_article(site, d, trail, skin, topic)
    return site.page(f"{d.title}_{site.site_name}", main)


# ------------------------------------------------------------------------------- columns


def column7(
    site: KSite,
    name: str,
    folder: str,
    docs: list[Doc],
    trail: Trail,
    path: Callable[[Doc], str],
    *,
    skin: str = "trs",
    topic: str = "",
    **kw,
) -> list[Doc]:
    """A server-rendered column (``simweb.kinds5.mechs.column5``: its list pages, pagers ``trs`` or
    ``plain``) whose articles are then rendered in a skin of :func:`skin7`. A report already made a
    legacy ``.doc`` keeps that file as its only one."""
    legacy = [d for d in docs if d.attachments]
    for d in legacy:
        d.form = "html"  # so that column5 adds no PDF of its own
    out = column5(site, name, folder, docs, trail, path, topic=topic, **kw)
    trail = [*trail, (name, folder)]
    for d in legacy:
        d.form = "doc"
        for att in d.attachments:
            site.put(att.path, att.data, "application/msword", modified=d.pub)
    for d in out:
        site.put(d.path, skin7(site, d, trail, skin, topic), modified=d.pub)
    return out


def section7(
    site: KSite, name: str, folder: str, trail: Trail, links: list[tuple[str, str]], index: str
) -> None:
    """A section page of sub-column links (``index`` the file name: ``index.htm``, ``index.html``)."""
    items = "".join(f'<li><a href="{p}">{esc(n)}</a></li>' for n, p in links)
    main = f'{crumbs7([*trail, (name, "")])}\n<div class="section"><ul class="sub-nav">{items}</ul></div>'
    text = site.page(f"{name}-{site.site_name}", main)
    site.put(folder, text)
    site.put(folder + index, text)


def hebei_column(
    site: KSite, name: str, docs: list[Doc], trail: Trail, *, per: int = 15, skin: str = "hebei"
) -> tuple[str, list[Doc]]:
    """A column of the Hebei provincial platform: ``/columns/<uuid>/index.html`` shows the first
    page of its list block; the block itself, ``/columns/<uuid>/templates/<uuid>/blocks/<uuid>
    ?page=N&fix=0``, answers every page as a fragment of ``li.xxgk_gfxwjk-list-li`` rows (序号, 标题,
    发布机构, 日期) with a pager of links to the block. Returns the column's folder and its docs."""
    col = uid_of(site.host, "column", name)
    folder = f"/columns/{col}/"
    block = f"{folder}templates/{uid_of(site.host, 'tpl', name)}/blocks/{uid_of(site.host, 'blk', name)}"
    docs = sorted(docs, key=lambda d: (d.pub, d.uid), reverse=True)
    path = columns_path(site, folder)
    for d in docs:
        d.path = d.path or path(d)
        if not d.attachments:  # a report made a legacy .doc already has its file
            add_files(d, d.path.rsplit("/", 1)[0] + "/")
        d.column = d.column or name
    pages = chunks(docs, per)
    trail = [*trail, (name, folder + "index.html")]
    for i, chunk in enumerate(pages):
        items = "".join(
            f'<li class="xxgk_gfxwjk-list-li"><p>{i * per + k + 1}</p><p><a href="{d.path}" title="'
            f'{esc(d.title)}" target="_blank">{esc(d.title)}</a></p><p>{esc(site.name)}</p>'
            f"<p>{d.date}</p></li>\n"
            for k, d in enumerate(chunk)
        )
        nav = " ".join(
            f'<a href="{block}?page={n + 1}&amp;fix=0">{n + 1}</a>' if n != i else f"<span>{n + 1}</span>"
            for n in range(len(pages))
        )
        if i + 1 < len(pages):
            nav += f' <a href="{block}?page={i + 2}&amp;fix=0">下一页</a>'
        fragment = f'<ul class="xxgk_gfxwjk-list">\n{items}</ul>\n<div class="page">{nav}</div>'
        site.put(f"{block}?page={i + 1}&fix=0", fragment)
        if i == 0:
            main = (
                f'{crumbs7(trail)}\n<div class="column"><h2 class="col-title">{esc(name)}</h2>\n'
                f'<div class="xxgk_gfxwjk">{fragment}</div></div>'
            )
            text = site.page(f"{name}-{site.site_name}", main)
            site.put(folder + "index.html", text)
            site.put(folder, text)
    for d in docs:
        site.put(d.path, skin7(site, d, trail, skin), modified=d.pub)
        site.put_files(d)
    return folder + "index.html", docs


# ------------------------------------------------------------------------------- Tianjin


class TianjinSite(KSite):
    """A district site of the Tianjin platform: a top bar with the date and a 简体 | 繁体 switch whose
    繁体 link enters the platform's 繁體 gateway (``/gate/big5/<host>/``)."""

    def page(self, title: str, main: str, *, head: str = "", scripts: str = "") -> str:
        text = super().page(title, main, head=head, scripts=scripts)
        day = dt.date(2019, 12, 3)
        bar = (
            f'<span class="date">{esc(self.site_name)} {day.year}年{day.month}月{day.day}日星期'
            f'{WEEKDAYS[day.weekday()]}</span> <span class="jf">简体| '
            f'<a href="/gate/big5/{self.host}/index.html">繁体</a></span></div>'
        )
        return text.replace(
            '<a href="/" title="首页">首页</a></div>', '<a href="/" title="首页">首页</a>' + bar, 1
        )


# Simplified → traditional for the characters of these pages that differ (a naive gateway's table).
S2T = dict(
    zip(
        "区县务报设发开关于国门动态闻华网时间来页览点击业规划计总结实见导领书员会议条论们为这与对进长东乐产从众优"
        "间级构办视达选应该现证经济体运输环卫财税协调单纪录统续阶阳阴传讯诉讼复审则层满宁库营辖边过还务荐读写况",
        "區縣務報設發開關於國門動態聞華網時間來頁覽點擊業規劃計總結實見導領書員會議條論們為這與對進長東樂產從眾優"
        "間級構辦視達選應該現證經濟體運輸環衛財稅協調單紀錄統續階陽陰傳訊訴訟復審則層滿寧庫營轄邊過還務薦讀寫況",
        strict=True,
    )
)
HREF_ROOT = re.compile(r'(href|src)="/(?!gate/big5/)')


def gateway_handler(site: KSite) -> Callable[[Request], Resource]:
    """``/gate/big5/<host>/<path>``: the page at ``<path>`` in traditional characters, every
    root-relative link moved under the gateway (so the whole site is there a second time)."""
    prefix = f"/gate/big5/{site.host}"
    table = str.maketrans(S2T)

    def handle(req: Request) -> Resource:
        rest = req.path[len(prefix) :] if req.path.startswith(prefix + "/") else ""
        res = site.web.resources.get((site.host, rest, req.query)) if rest else None
        if res is None or not res.ctype.startswith("text/html"):
            return Resource(b"<h1>404</h1>", status=404)
        text = res.body.decode("utf-8").translate(table)
        text = HREF_ROOT.sub(lambda m: f'{m.group(1)}="{prefix}/', text)
        return Resource(text.encode("utf-8"), res.ctype, modified=STATIC_TIME)

    return handle
