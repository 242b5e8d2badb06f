"""Server-rendered columns, article pages and the traps of the ``kinds`` profile."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..families import esc
from ..model import Request, Resource
from .core import (
    Doc,
    KSite,
    add_files,
    chunks,
    int_param,
    li_list,
    num_id,
    plain_pager,
    qs,
    req_params,
    token,
    trs_pager,
)

Trail = list[tuple[str, str]]


def place_docs(
    site: KSite, folder: str, docs: list[Doc], path: Callable[[Doc], str] | None = None
) -> list[Doc]:
    """Give docs their paths (TRS style by default) and their attachment paths; newest first."""
    docs = sorted(docs, key=lambda d: (d.pub, d.uid), reverse=True)
    for d in docs:
        if not d.path:
            if path:
                d.path = path(d)
            else:
                site.trs_path(folder, d)
        add_files(d, d.path.rsplit("/", 1)[0] + "/")
    return docs


def articles(site: KSite, docs: list[Doc], trail: Trail, **kw) -> None:
    for d in docs:
        d.column = trail[-1][0] if trail else ""
        if not d.pages:
            site.put(d.path, site.article(d, trail, **kw), modified=d.pub)
        site.put_files(d)


def column(
    site: KSite,
    name: str,
    folder: str,
    docs: list[Doc],
    trail: Trail,
    *,
    style: str = "li",
    per: int = 15,
    pager: str = "trs",
    subs: list[tuple[str, str]] = (),
    intro: str = "",
    path: Callable[[Doc], str] | None = None,
    article_kw: dict | None = None,
    scripts: str = "",
) -> list[Doc]:
    """A server-rendered column: list pages (``index.html``, ``index_1.html`` … with a TRS
    script pager, or ``index_2.html`` … with plain links) and its articles."""
    docs = place_docs(site, folder, docs, path)
    trail = [*trail, (name, folder)]
    pages = chunks(docs, per)
    sub_html = ""
    if subs:
        sub_html = (
            '<div class="sub-columns">'
            + "".join(f'<a href="{p}" title="{esc(n)}">{esc(n)}</a>' for n, p in subs)
            + "</div>"
        )
    for i, chunk in enumerate(pages):
        if pager == "trs":
            nav = trs_pager(len(pages), i)
            url = folder + ("index.html" if i == 0 else f"index_{i}.html")
        else:
            nav = plain_pager(len(pages), i + 1, lambda n: "index.html" if n == 1 else f"index_{n}.html")
            url = folder + ("index.html" if i == 0 else f"index_{i + 1}.html")
        main = (
            f'{site.crumbs(trail)}\n<div class="column"><h2 class="col-title">{esc(name)}</h2>'
            f"{intro}{sub_html}\n{li_list(chunk, style) if chunk else '<p>暂无信息</p>'}\n{nav}</div>"
        )
        text = site.page(f"{name}_{site.site_name}", main, scripts=scripts)
        site.put(url, text)
        if i == 0:
            site.put(folder, text)
    articles(site, docs, trail, **(article_kw or {}))
    return docs


def overview(
    site: KSite,
    name: str,
    folder: str,
    trail: Trail,
    blocks: list[tuple[str, str, list[Doc]]],
    links: list[tuple[str, str]] = (),
) -> None:
    """A section page: link boxes (title attributes) and the latest items of its columns."""
    parts = []
    if links:
        parts.append(
            '<div class="menu-box"><ul>'
            + "".join(f'<li><a href="{p}" title="{esc(n)}">{esc(n)}</a></li>' for n, p in links)
            + "</ul></div>"
        )
    for bname, bpath, docs in blocks:
        more = f'<a href="{bpath}" class="more" title="{esc(bname)}">更多&gt;&gt;</a>'
        parts.append(
            f'<div class="box"><div class="box-hd"><span>{esc(bname)}</span>{more}</div>'
            f"{li_list(docs[:6])}</div>"
        )
    main = site.crumbs([*trail, (name, "")]) + "\n" + "\n".join(parts)
    text = site.page(f"{name}_{site.site_name}", main)
    site.put(folder, text)
    site.put(folder + "index.html", text)


# ----------------------------------------------------------------------------------- traps


def print_share_trap(site: KSite) -> None:
    """Print and share views whose every link carries a fresh ``t`` (a rotating parameter); the
    print view copies the text from the opener by script, so it holds no text itself."""

    def view(req: Request) -> Resource:
        args = req_params(req)
        doc, t = args.get("docid", "0"), args.get("t", "")
        kind = "share" if req.path.startswith("/share") else "print"
        fresh = [token(kind, doc, t, n) for n in range(3)]
        body = (
            f'<div class="print-box"><div id="printContent"></div><script>document.getElementById'
            f'("printContent").innerHTML = window.opener ? window.opener.document.getElementById('
            f'"zoom").innerHTML : "";</script>'
            f'<a href="/print.jsp?docid={doc}&t={fresh[0]}">打印预览</a> '
            f'<a href="/share.jsp?docid={doc}&t={fresh[1]}&to=weixin">分享到微信</a> '
            f'<a href="/share.jsp?docid={doc}&t={fresh[2]}&to=weibo">分享到微博</a></div>'
        )
        return site.html_res(site.page("打印预览" if kind == "print" else "分享", body))

    site.prefix("/print.jsp", view, trap="print/share view with a rotating t parameter")
    site.prefix("/share.jsp", view, trap="print/share view with a rotating t parameter")


def print_links(site: KSite, doc: Doc) -> str:
    t = token("first", doc.uid)
    return (
        f'<div class="share"><a href="/print.jsp?docid={doc.uid}&t={t}" target="_blank">【打印】</a>'
        f' <a href="/share.jsp?docid={doc.uid}&t={t}&to=weixin" target="_blank">【分享】</a></div>'
    )


def related_chain_trap(site: KSite, prefix: str, style: str) -> Callable[[int], str]:
    """相关文章 whose links carry ever-new ids: ``/xgwz/<id>.html`` (path) or
    ``/content/relate.jsp?infoid=<id>&ref=<id>`` (query). Returns a box for article pages."""
    names = ["关于做好{}工作的通知", "{}工作推进会召开", "我县召开{}专题会议", "{}政策问答", "{}典型案例发布"]
    topics = ["安全生产", "乡村振兴", "营商环境", "普法宣传", "防汛抗旱", "人居环境", "社会救助", "消费维权"]

    def link(n: int, ref: int) -> str:
        if style == "path":
            return f"{prefix}{n}.html"
        return f"{prefix}?infoid={n}&ref={ref}"

    def box(seed_id: int) -> str:
        items = "".join(
            f'<li><a href="{link(num_id(seed_id, k), seed_id)}" target="_blank">'
            f"{names[k % 5].format(topics[(seed_id + k) % 8])}</a></li>"
            for k in range(5)
        )
        return f'<div class="related"><h4>相关文章</h4><ul>{items}</ul></div>'

    def handler(req: Request) -> Resource:
        raw = req.path[len(prefix) :].split(".")[0] if style == "path" else req_params(req).get("infoid", "1")
        n = int_param(raw, 1)
        title = names[n % 5].format(topics[n % 8])
        main = (
            f'{site.crumbs([("相关文章", "")])}<div class="article"><h1>{esc(title)}</h1>'
            f'<div class="TRS_Editor"><p>本文信息已归档,详见相关文章。</p></div>{box(n)}</div>'
        )
        return site.html_res(site.page(title, main))

    site.prefix(prefix, handler, trap=f"related-articles chain ({style} ids)")
    return box


def search_trap(site: KSite, path: str, docs: list[Doc]) -> None:
    """Site search that echoes its query and offers further queries (相关搜索) and pages."""

    def handler(req: Request) -> Resource:
        args = req_params(req)
        q = args.get("q", "")
        page = int_param(args.get("p", "1"), 1)
        hits = [d for d in docs if q and any(w in d.title for w in q.split())][:10]
        items = (
            "".join(
                f'<li><a href="{d.path}" target="_blank">{esc(d.title)}</a><span>{d.date}</span></li>'
                for d in hits
            )
            or "<li>未找到相关信息</li>"
        )
        more = "".join(
            f'<a href="{path}?webid={site.adcode}&q={qs(q + " " + w)}&p=1">{esc(q)} {w}</a> '
            for w in ("法治", "报告", "2023", "通知", "政府")
        )
        main = (
            f'<div class="search"><form action="{path}"><input name="q" value="{esc(q)}">'
            f"<button>搜索</button></form><p>搜索“{esc(q)}”,第{page}页</p><ul>{items}</ul>"
            f'<div class="xgss">相关搜索:{more}</div>'
            f'<a href="{path}?webid={site.adcode}&q={qs(q)}&p={page + 1}">下一页</a></div>'
        )
        return site.html_res(site.page(f"搜索结果_{site.site_name}", main))

    site.prefix(path, handler, trap="search echoing its query, with 相关搜索 and pages")


def week_calendar_trap(site: KSite) -> None:
    """政务日历 of another form: month pages by path (``/zwrl/2024-03.html``) with one link per
    day (``/zwrl/day/2024-03-05.html``), and 上月/下月 without end."""

    def handler(req: Request) -> Resource:
        rest = req.path[len("/zwrl/") :]
        try:
            if rest.startswith("day/"):
                day = dt.date.fromisoformat(rest[4:14])
                one = dt.timedelta(days=1)
                main = (
                    f"<h2>{day} 政务活动</h2><p>当日无公开活动安排。</p>"
                    f'<a href="/zwrl/day/{day - one}.html">前一天</a> '
                    f'<a href="/zwrl/day/{day + one}.html">后一天</a> '
                    f'<a href="/zwrl/{day:%Y-%m}.html">返回本月</a>'
                )
                return site.html_res(site.page(f"政务日历 {day}", main))
            year, month = int(rest[:4]), int(rest[5:7])
        except ValueError:
            year, month = 2024, 3
        month = min(max(month, 1), 12)
        first = dt.date(year, month, 1)
        prev = (first - dt.timedelta(days=1)).replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        weeks = "".join(
            "<tr>"
            + "".join(
                f'<td><a href="/zwrl/day/{first + dt.timedelta(days=w * 7 + d)}.html">'
                f"{(first + dt.timedelta(days=w * 7 + d)).day}</a></td>"
                for d in range(7)
            )
            + "</tr>"
            for w in range(4)
        )
        main = (
            f'<div class="zwrl"><a href="/zwrl/{prev:%Y-%m}.html">上月</a> {year}年{month}月 '
            f'<a href="/zwrl/{nxt:%Y-%m}.html">下月</a><table>{weeks}</table></div>'
        )
        return site.html_res(site.page(f"政务日历 {year}年{month}月", main))

    site.prefix("/zwrl/", handler, trap="month/day calendar by path")
