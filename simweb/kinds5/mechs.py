"""The page shapes of the ``kinds5`` profile: ordinary columns, list rows, pagers and article skins
of real county sites, nothing exotic (every link is an ``href`` or a TRS ``createPageHTML`` call).

A column is written by :func:`column5` with a path scheme (TRS ``tYYYYMMDD_<id>``, Hanweb-style
32-hex ``.shtml``, ``art_<hex>``, a 14-digit stamp folder, a 信息公开目录 index number), a row
style (title and date, a title cut with "…" and the full one in ``title=`` or only on the article,
a 信息公开 table with 索引号, no date at all), a pager (``createPageHTML``, ``index_N`` links,
``?page=N`` links) and an article skin (TRS metas, an 信息公开 table, a ``来源/发布日期`` line,
a Hanweb ``时间:YYYY年MM月DD日`` line, a bare page with only the 来源).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from ..families import esc
from ..kinds.core import Doc, KSite, add_files, chunks, num_id, plain_pager, trs_pager

Trail = list[tuple[str, str]]


class ZoneSite(KSite):
    """The site of an administration that is not a 人民政府 (a 开发区 管委会): its own site name."""

    def __init__(self, *args, authority: str, **kw):
        super().__init__(*args, **kw)
        self.authority = authority

    @property
    def site_name(self) -> str:
        return self.authority


def hex_id(*parts: object) -> str:
    """A stable 32-hex article id (Hanweb / 集约化 style)."""
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


# ------------------------------------------------------------------------------- paths


def trs(site: KSite, folder: str, ext: str = "html") -> Callable[[Doc], str]:
    return lambda d: f"{folder}{d.pub:%Y%m}/t{d.stamp}_{num_id(site.host, d.uid)}.{ext}"


def hexpath(site: KSite, folder: str, ext: str = "shtml") -> Callable[[Doc], str]:
    return lambda d: f"{folder}{d.pub:%Y%m}/{hex_id(site.host, d.uid)}.{ext}"


def artpath(site: KSite, folder: str) -> Callable[[Doc], str]:
    return lambda d: f"{folder}art/{d.pub:%Y}/art_{hex_id(site.host, d.uid)}.html"


def stampdir(site: KSite, folder: str) -> Callable[[Doc], str]:
    """``/<folder>/<YYYYMMDDHHMMSS><5 digits>/index.html`` (a folder per article)."""
    return lambda d: f"{folder}{d.pub:%Y%m%d%H%M%S}{num_id(site.host, d.uid, digits=5)}/index.html"


def docpath(site: KSite, folder: str) -> Callable[[Doc], str]:
    """``<folder>doc_<24 hex>.html`` (a 集约化 信息公开 sub-site: documents beside their channels)."""
    return lambda d: f"{folder}doc_{hex_id(site.host, d.uid)[:24]}.html"


def gsggpath(site: KSite) -> Callable[[Doc], str]:
    """``/html/<year>/gsgg_<MMDD>/<n>.html``."""
    return lambda d: f"/html/{d.pub:%Y}/gsgg_{d.pub:%m%d}/{num_id(site.host, d.uid, digits=5)}.html"


def index_no(site: KSite, d: Doc) -> str:
    """An 索引号 like ``6107280000/2024-001005``."""
    return f"{site.adcode}0000/{d.pub:%Y}-{num_id(site.host, d.uid, digits=6) % 100000:06d}"


# ------------------------------------------------------------------------------- rows


def cut(title: str, n: int) -> str:
    return title if len(title) <= n else title[: n - 1] + "…"


def rows(site: KSite, docs: list[Doc], style: str) -> str:
    """One list: ``date`` (title attr + date span), ``cut`` (cut title, full in ``title=``),
    ``cutbare`` (cut title, no attribute: the full title only on the article), ``nodate`` (title
    only), ``table`` (信息公开 rows: 序号, 索引号, 名称, 发布日期)."""
    if style == "table":
        body = "".join(
            f'<tr><td>{i + 1}</td><td>{index_no(site, d)}</td><td class="mc"><a href="{d.path}" '
            f'target="_blank" title="{esc(d.title)}">{esc(d.title)}</a></td><td>{d.date}</td></tr>\n'
            for i, d in enumerate(docs)
        )
        head = "<tr><th>序号</th><th>索引号</th><th>名称</th><th>发布日期</th></tr>\n"
        return f'<table class="xxgk-table" width="100%">\n{head}{body}</table>'
    out = []
    for d in docs:
        t = esc(d.title)
        if style == "date":
            out.append(
                f'<li><a href="{d.path}" title="{t}" target="_blank">{t}</a><span>{d.date}</span></li>'
            )
        elif style == "cut":
            out.append(
                f'<li><span class="date">[{d.date}]</span><a href="{d.path}" title="{t}" target="_blank">'
                f"{esc(cut(d.title, 22))}</a></li>"
            )
        elif style == "cutbare":
            out.append(
                f'<li><a href="{d.path}" target="_blank">{esc(cut(d.title, 18))}</a><i>{d.date}</i></li>'
            )
        else:
            out.append(f'<li><a href="{d.path}" target="_blank">{t}</a></li>')
    return '<ul class="list">\n' + "\n".join(out) + "\n</ul>"


def query_pager(pages: int, cur: int, base: str) -> str:
    """首页 上一页 1 2 … 下一页 尾页 as ``?page=N`` links."""
    return plain_pager(pages, cur, lambda n: f"{base}?page={n}")


# ------------------------------------------------------------------------------- articles


def paras(d: Doc) -> str:
    return "\n".join(f'<p style="text-indent:2em;">{esc(p)}</p>' for p in d.paras)


def files_box(d: Doc) -> str:
    if not d.attachments:
        return ""
    links = "".join(f'<p><a href="{a.path}">{esc(a.name)}</a></p>' for a in d.attachments)
    return f'<div class="fj">附件:{links}</div>'


def skin_article(site: KSite, d: Doc, trail: Trail, skin: str, topic: str = "") -> str:
    """The article page of ``d`` in one of the skins (see the module docstring)."""
    if skin == "trs":
        return site.article(d, trail)
    crumbs = site.crumbs(trail)
    if skin == "xxgk":
        table = (
            '<table class="xxgk-info"><tr><td>索引号:</td><td>' + index_no(site, d) + "</td>"
            f"<td>主题分类:</td><td>{esc(topic or '综合政务')}</td></tr>"
            f"<tr><td>发布机构:</td><td>{esc(d.source)}</td><td>成文日期:</td>"
            f"<td>{(d.pub.date().replace(day=max(1, d.pub.day - 3))).isoformat()}</td></tr>"
            f'<tr><td>名称:</td><td colspan="3">{esc(d.title)}</td></tr>'
            f"<tr><td>发文字号:</td><td></td><td>发布日期:</td><td>{d.date}</td></tr></table>"
        )
        main = (
            f'{crumbs}\n<div class="xxgk-detail">{table}\n<h1>{esc(d.title)}</h1>\n'
            f'<div id="zoom">{paras(d)}</div>{files_box(d)}</div>'
        )
    elif skin == "line":
        main = (
            f'{crumbs}\n<div class="article"><h1>{esc(d.title)}</h1>\n<div class="info">来源:{esc(d.source)}'
            f" 发布日期:{d.pub:%Y-%m-%d %H:%M} 浏览次数: 字体:【大 中 小】</div>\n"
            f'<div class="content">{paras(d)}</div>'
            f"{files_box(d)}</div>"
        )
    elif skin == "hanweb":
        main = (
            f'{crumbs}\n<div class="xl-main"><div class="xl-title">{esc(d.title)}</div>\n'
            '<div class="xl-info">'
            f"<span>时间:{d.pub:%Y年%m月%d日}</span><span>来源:{esc(d.source)}</span></div>\n"
            f'<div class="xl-content" id="zoom">{paras(d)}</div>{files_box(d)}</div>'
        )
    elif skin == "spaced":  # spaces inside the date, as some CMSs print it
        main = (
            f'{crumbs}\n<div class="article"><h1>{esc(d.title)}</h1>\n<div class="info">发布日期: '
            f"{d.pub:%Y- %m- %d %H : %M} 来源: {esc(d.source)} 浏览次数: 字体:[ ]</div>\n"
            f'<div class="content">{paras(d)}</div>'
            f"{files_box(d)}</div>"
        )
    elif skin == "update":  # 更新时间 with slashes
        main = (
            f'{crumbs}\n<div class="article"><h1>{esc(d.title)}</h1>\n<div class="info">'
            f"文章来源:{esc(d.source)} 更新时间:{d.pub:%Y/%m/%d %H:%M:%S}</div>\n"
            f'<div class="content">{paras(d)}</div>{files_box(d)}</div>'
        )
    elif skin == "runon":  # the labels run together, no space between source and date
        main = (
            f'{crumbs}\n<div class="article"><h1>{esc(d.title)}</h1>\n<div class="info">信息来源: '
            f'{esc(d.source)}发布时间:{d.date}</div>\n<div class="content">{paras(d)}</div>'
            f"{files_box(d)}</div>"
        )
    elif skin == "empty":  # labels with empty fields but the time; the title split over two lines
        main = (
            f'{crumbs}\n<div class="xxgk"><h1>{esc(d.title).replace(" ", "<br>")}</h1>\n'
            '<div class="info">发布时间:'
            f"{d.pub:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp; 索引号: &nbsp;&nbsp; 文号: &nbsp;&nbsp; "
            "来源: &nbsp;</div>\n"
            f'<div class="content">{paras(d)}</div>{files_box(d)}</div>'
        )
    else:  # bare: the date only in the list (and the URL, where the path has one)
        main = (
            f'{crumbs}\n<div class="detail"><h2>{esc(d.title)}</h2>\n'
            f'<p class="ly">文章来源:{esc(d.source)}</p>\n'
            f'<div class="detail-con">{paras(d)}</div>{files_box(d)}</div>'
        )
    return site.page(f"{d.title}-{site.site_name}", main)


# ------------------------------------------------------------------------------- columns


def column5(
    site: KSite,
    name: str,
    folder: str,
    docs: list[Doc],
    trail: Trail,
    path: Callable[[Doc], str],
    *,
    style: str = "date",
    per: int = 15,
    pager: str = "trs",
    ext: str = "html",
    skin: str = "trs",
    topic: str = "",
    subs: list[tuple[str, str]] = (),
    intro: str = "",
) -> list[Doc]:
    """A server-rendered column and its articles. Pagers: ``trs`` (``index.<ext>``,
    ``index_1.<ext>`` … by ``createPageHTML``), ``plain`` (``index_2.<ext>`` … as links), ``query``
    (``index.<ext>?page=N`` links; page 1 also answers without the query)."""
    docs = sorted(docs, key=lambda d: (d.pub, d.uid), reverse=True)
    for d in docs:
        d.path = d.path or path(d)
        add_files(d, d.path.rsplit("/", 1)[0] + "/")
    trail = [*trail, (name, folder)]
    pages = chunks(docs, per)
    sub_html = ""
    if subs:
        sub_html = (
            '<div class="sub-col">' + "".join(f'<a href="{p}">{esc(n)}</a>' for n, p in subs) + "</div>"
        )
    first = f"index.{ext}"
    for i, chunk in enumerate(pages):
        if pager == "trs":
            nav, url = (
                trs_pager(len(pages), i, "index", ext),
                folder + (first if i == 0 else f"index_{i}.{ext}"),
            )
        elif pager == "plain":
            href = lambda n: first if n == 1 else f"index_{n}.{ext}"  # noqa: E731
            nav, url = plain_pager(len(pages), i + 1, href), folder + href(i + 1)
        else:
            nav, url = query_pager(len(pages), i + 1, first), folder + first + (f"?page={i + 1}" if i else "")
        listing = rows(site, chunk, style) if chunk else "<p>暂无信息</p>"
        main = (
            f'{site.crumbs(trail)}\n<div class="column"><h2 class="col-title">{esc(name)}</h2>{intro}'
            f"{sub_html}\n{listing}\n{nav}</div>"
        )
        text = site.page(f"{name}-{site.site_name}", main)
        site.put(url, text)
        if i == 0:
            site.put(folder, text)
            if pager == "query":
                site.put(folder + first + "?page=1", text)
    for d in docs:
        d.column = name
        site.put(d.path, skin_article(site, d, trail, skin, topic), modified=d.pub)
        site.put_files(d)
    return docs


def section(
    site: KSite, name: str, folder: str, trail: Trail, links: list[tuple[str, str]], boxes=()
) -> None:
    """A section page: a plain list of sub-column links and optional boxes of latest items."""
    items = "".join(f'<li><a href="{p}">{esc(n)}</a></li>' for n, p in links)
    box_html = "".join(
        f'<div class="box"><div class="hd"><b>{esc(n)}</b><a href="{p}" class="more">更多&gt;&gt;</a></div>'
        f"{rows(site, docs[:6], 'date')}</div>"
        for n, p, docs in boxes
    )
    main = (
        f'{site.crumbs([*trail, (name, "")])}\n<div class="section"><ul class="sub-nav">{items}</ul>'
        f"{box_html}</div>"
    )
    text = site.page(f"{name}-{site.site_name}", main)
    site.put(folder, text)
    site.put(folder + "index.html", text)


def home5(site: KSite, boxes: list[tuple[str, str, list[Doc]]], extra: str = "", footer: str = "") -> None:
    """A home page: boxes of the latest items with a 更多>> link (text only), extra blocks, and
    links added to the footer."""
    parts = [
        f'<div class="box"><div class="hd"><b>{esc(n)}</b><a href="{p}" class="more">更多&gt;&gt;</a></div>'
        f"{rows(site, d[:6], 'date')}</div>"
        for n, p, d in boxes
    ]
    text = site.page(site.site_name, "\n".join(parts) + extra)
    if footer:
        text = text.replace('<div class="footer">', f'<div class="footer"><p class="links">{footer}</p>', 1)
    site.put("/", text)
    site.put("/index.html", text)


Org = tuple[str, str, list[tuple[str, str, list[Doc]]]]  # (机构 code, 机构 name, [(catid, category, docs)])


def org_catalogue(site: KSite, base: str, orgs: list[Org], per: int = 15) -> str:
    """A 信息公开目录 per 机构: ``<base>jglist.htm`` lists the 机构; ``overt_list.htm?orgid=<code>``
    (all categories) and ``…&catid=<id>`` (one) are 信息公开 tables paged by ``&page=N`` links,
    articles at ``overt_centent/<code>-/<year>-<MMDD><n>.htm`` under an info table. Returns the
    list page's path."""
    links = []
    for code, org, cats in orgs:
        for _catid, _cat, docs in cats:
            for n, d in enumerate(sorted(docs, key=lambda d: (d.pub, d.uid))):
                d.path = f"{base}overt_centent/{code.lower()}-/{d.pub:%Y}-{d.pub:%m%d}{n:03d}.htm"
        every = [d for _c, _n, docs in cats for d in docs]
        filters = "".join(
            f'<a href="{base}overt_list.htm?orgid={code}&amp;catid={cid}">{esc(n)}</a> ' for cid, n, _ in cats
        )
        for catid, cat, docs in [("", "全部", every), *cats]:
            query = f"orgid={code}" + (f"&catid={catid}" if catid else "")
            docs = sorted(docs, key=lambda d: (d.pub, d.uid), reverse=True)
            pages = chunks(docs, per)
            pager = (
                " ".join(
                    f'<a href="{base}overt_list.htm?{esc(query)}&amp;page={k + 1}">{k + 1}</a>'
                    for k in range(len(pages))
                )
                if len(pages) > 1
                else ""
            )
            for p, chunk in enumerate(pages):
                main = (
                    f"{site.crumbs([('信息公开目录', f'{base}jglist.htm'), (org, '')])}\n"
                    '<div class="gk-filter">'
                    f'<a href="{base}overt_list.htm?orgid={code}">全部</a> {filters}</div>\n'
                    f'{rows(site, chunk, "table")}\n<div class="pager">{pager}</div>'
                )
                text = site.page(f"{org}{cat}-信息公开目录", main)
                site.put(f"{base}overt_list.htm?{query}" + (f"&page={p + 1}" if p else ""), text)
                if p == 0:
                    site.put(f"{base}overt_list.htm?{query}&page=1", text)
        for _catid, cat, docs in cats:
            for d in docs:
                d.column = cat
                info = (
                    f'<table class="gk-info"><tr><td>索引号</td><td>{index_no(site, d)}</td>'
                    "<td>发布机构</td>"
                    f"<td>{esc(org)}</td></tr><tr><td>信息分类</td><td>{esc(cat)}</td><td>发布日期</td>"
                    f"<td>{d.date}</td></tr><tr><td>名称</td><td colspan=3>{esc(d.title)}</td></tr></table>"
                )
                trail = [("信息公开目录", f"{base}jglist.htm"), (org, f"{base}overt_list.htm?orgid={code}")]
                main = (
                    f'{site.crumbs(trail)}\n{info}\n<div class="gk-content"><h3>{esc(d.title)}</h3>'
                    f"{paras(d)}</div>"
                )
                site.put(d.path, site.page(d.title, main), modified=d.pub)
        links.append(f'<li><a href="{base}overt_list.htm?orgid={code}">{esc(org)}</a></li>')
    site.put(
        f"{base}jglist.htm",
        site.page("信息公开目录", f'<div class="jg"><h3>按机构</h3><ul>{"".join(links)}</ul></div>'),
    )
    return f"{base}jglist.htm"
