"""The sites of the ``kinds7`` profile, one function each, two or so per provincial platform, each
with the real evidence it is modelled on in its docstring.

Evidence: pages of the search tool's ``pages`` corpus (their URLs are quoted) and public crawlers of
its ``code`` corpus (repository and path). Hosts and division codes are those of the real counties
(/work/shared/data/gov_sites.csv), none used by another profile. Every site has ordinary chrome:
news columns of 40-90 articles, a 政务公开 / 信息公开 tree with other categories full of documents.
"""

from __future__ import annotations

import random

from ..kinds.core import Doc, KSite
from ..kinds.sites import Ctx
from ..kinds2.sites import after, doc_attachment, report_notice
from ..kinds5.mechs import home5
from ..kinds5.sites import demo_news, department, interpretation_of, reports
from .mechs import (
    TianjinSite,
    column7,
    content_path,
    doy_path,
    gateway_handler,
    hebei_column,
    section7,
    stamp_path,
    trs_path,
    uid_of,
)

GATE = "/gate/big5/"
HUNAN = dict(pager="plain", ext="htm", skin="hunan")  # the Hunan platform's lists and articles
HUBEI = dict(ext="shtml", skin="xxgk")


def rng_for(seed: int, *parts: object) -> random.Random:
    return random.Random(f"kinds7|{seed}|" + "|".join(map(str, parts)))


def news7(s: KSite, rng: random.Random, cols: list[tuple[str, str, int]], path_of, **kw):
    """Ordinary news columns (the cost of a site): ``(name, folder, count)`` → home boxes."""
    out = []
    for name, folder, count in cols:
        docs = column7(s, name, folder, s.news(rng, count), [], path_of(s, folder), **kw)
        out.append((name, folder, docs))
    return out


def platform(docs: list[Doc], number: int) -> list[Doc]:
    """Mark reports with the platform they are filed on (their ``kinds``)."""
    for d in docs:
        d.kinds = (number,)
    return docs


# ============================================================================ 1 Hunan 集约化
def xiangyin(c: Ctx) -> None:
    """湘阴县 (岳阳市, Hunan) on the Hunan 集约化 platform: numeric column folders under the site's
    id (``/21420/21437/21451/21460/index.htm``), plain ``index_2.htm`` pages, articles
    ``content_<7 digits>.html`` beside the list, ``来源:… 日期:… 字号:【 视力保护色: 浏览量:`` under
    the title. 政务公开 → 法定主动公开内容 → 其他法定公开信息 holds the reports (2023 on page 2) and
    岳阳市's report reposted, among 40 other documents. Evidence: ``https://yyx.gov.cn/37584/38152/
    66314/66315/content_2048080.html`` (岳阳县: "现将县人民政府2022年法治政府建设工作情况报告如下");
    ``https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html`` (平江县: "当前位置: 首页 >
    政务公开 > …", "来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【 视力保护色: 浏览量:");
    ``http://m.yqfywz.cn/2066/1879/index.htm`` (a copy of 湘乡市's site: ``/2994/28218/28219/28220/
    index.htm`` lists)."""
    s = c.site("xiangyin", "www.xiangyin.gov.cn", "湘阴县", "湖南省", "岳阳市", "430624", scheme="https")
    rng = rng_for(c.seed, s.key)
    root = "/21420/"
    zwgk, fdzd = f"{root}21437/", f"{root}21437/21451/"
    s.nav = [("首页", "/"), ("湘阴要闻", f"{root}21421/"), ("部门动态", f"{root}21422/"), ("政务公开", zwgk)]
    table = """
    湘阴县人民政府关于2023年法治政府建设工作情况的报告
        2023 000 1 2024-03-27 湘阴县人民政府
    湘阴县2022年法治政府建设年度报告
        2022 003 1 2023-03-30 湘阴县司法局
    岳阳市人民政府关于2023年法治政府建设工作情况的报告
        2023 002 1 2024-03-29 岳阳市人民政府 higher=岳阳市
    """
    r1, r2, hi = platform(reports(s, rng, c, table), 1)
    trail = [("政务公开", zwgk), ("法定主动公开内容", fdzd)]
    qt = [r1, r2, hi, *after(rng, s.fillers(rng, 16, "disclosure", (2024, 2024)), r1)]
    qt += [*s.fillers(rng, 24, "disclosure", (2019, 2023)), report_notice(s, rng, 2023)]
    cols = [
        ("其他法定公开信息", f"{fdzd}21460/", qt),
        ("政策文件", f"{fdzd}21452/", s.fillers(rng, 30, "disclosure")),
        ("规划计划", f"{fdzd}21455/", [s.lookalike(rng, "plan", 2024), *s.fillers(rng, 8, "disclosure")]),
        ("政府信息公开年报", f"{fdzd}21461/", [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)]),
        ("政府工作报告", f"{fdzd}21462/", [s.lookalike(rng, "gov_work_report", y) for y in (2023, 2024)]),
    ]
    for name, folder, docs in cols:
        column7(s, name, folder, docs, trail, content_path(s, folder), **HUNAN)
    section7(s, "法定主动公开内容", fdzd, trail[:1], [(n, f + "index.htm") for n, f, _ in cols], "index.htm")
    section7(s, "政务公开", zwgk, [], [("法定主动公开内容", fdzd + "index.htm")], "index.htm")
    news = news7(
        s,
        rng,
        [("湘阴要闻", f"{root}21421/", 70), ("部门动态", f"{root}21422/", 45)],
        content_path,
        **HUNAN,
    )
    home5(s, news)


def miluo(c: Ctx) -> None:
    """汨罗市 (岳阳市, Hunan) on the same platform: 政务公开 → 重点领域信息公开 → 法治政府建设 holds the
    city's 2023 and 2021 reports (the 2021 one titled ``…工作的报告``) beside a 述法 report, a
    示范创建 news item and the 实施方案; 部门信息公开 → 市司法局 → 法治政府建设年度报告 holds the bureau's
    own report (a department report). Evidence: as 湘阴县 (``yyx.gov.cn``, ``pingjiang.gov.cn``
    numeric paths); sites.md "重点领域信息公开 → 法治政府建设", "部门信息公开 → 县司法局"."""
    s = c.site("miluo", "www.miluo.gov.cn", "汨罗市", "湖南省", "岳阳市", "430681", scheme="https")
    rng = rng_for(c.seed, s.key)
    root = "/38976/"
    zwgk, zdly, bm = f"{root}39012/", f"{root}39012/39100/", f"{root}39012/39200/"
    s.nav = [("首页", "/"), ("汨罗新闻", f"{root}38980/"), ("通知公告", f"{root}38985/"), ("政务公开", zwgk)]
    table = """
    汨罗市2023年度法治政府建设情况报告
        2023 001 1 2024-03-22 汨罗市人民政府
    汨罗市人民政府关于2021年度法治政府建设工作的报告
        2021 004 1 2022-03-18 汨罗市人民政府办公室
    """
    r1, r2 = platform(reports(s, rng, c, table), 1)
    dep = department(s, rng, c, "汨罗市司法局2023年度法治政府建设情况报告", 2023, "汨罗市司法局", "003")
    trail = [("政务公开", zwgk), ("重点领域信息公开", zdly)]
    fz = [r1, r2, demo_news(s, rng, 2023), s.lookalike(rng, "shufa", 2023), s.lookalike(rng, "plan", 2022)]
    fz += s.fillers(rng, 12, "disclosure", (2021, 2024))
    cols = [
        ("法治政府建设", f"{zdly}39101/", fz),
        ("财政预决算", f"{zdly}39102/", s.fillers(rng, 28, "disclosure")),
        ("重大建设项目", f"{zdly}39103/", s.fillers(rng, 20, "disclosure")),
    ]
    for name, folder, docs in cols:
        column7(s, name, folder, docs, trail, content_path(s, folder), **HUNAN)
    section7(s, "重点领域信息公开", zdly, trail[:1], [(n, f + "index.htm") for n, f, _ in cols], "index.htm")
    depts = []
    for i, unit in enumerate(["市发展和改革局", "市教育局", "市司法局", "市财政局", "市自然资源局"]):
        folder = f"{bm}{39201 + i}/"
        docs = [dep, s.lookalike(rng, "xxgk_annual", 2023)] if unit == "市司法局" else s.fillers(rng, 6)
        column7(
            s,
            f"{unit}",
            folder,
            docs,
            [("政务公开", zwgk), ("部门信息公开", bm)],
            content_path(s, folder),
            **HUNAN,
        )
        depts.append((unit, folder + "index.htm"))
    section7(s, "部门信息公开", bm, [("政务公开", zwgk)], depts, "index.htm")
    section7(
        s,
        "政务公开",
        zwgk,
        [],
        [("重点领域信息公开", zdly + "index.htm"), ("部门信息公开", bm + "index.htm")],
        "index.htm",
    )
    news = news7(
        s,
        rng,
        [("汨罗新闻", f"{root}38980/", 80), ("通知公告", f"{root}38985/", 40)],
        content_path,
        **HUNAN,
    )
    home5(s, news)


# ============================================================================ 2 Hubei
def zhushan(c: Ctx) -> None:
    """竹山县 (十堰市, Hubei) on the Hubei TRS platform: 信息公开 → 法定主动公开 → 其他主动公开内容 →
    法治年报 (``/xxgkxi/fdzdgk/qtzdgknr/fznb/``), ``tYYYYMMDD_<id>.shtml`` articles under an 信息公开
    table (索引号, 主题分类, 发布机构, 成文日期, 发布日期), a ``createPageHTML`` pager; the 县司法局's
    report in 部门信息公开. Evidence: ``http://www.zhuxi.gov.cn/xxgkxi/fdzdgk/qtzdgknr/fznb/202402/
    t20240219_4446556.shtml`` (竹溪县's 2023 report in 法治年报); ``http://huangshi.gov.cn/zdgksxml/
    szfgz/202412/t20241231_1179674.html`` (Hubei 事项目录 paths); sites.md "其他法定公开信息"."""
    s = c.site("zhushan", "www.zhushan.gov.cn", "竹山县", "湖北省", "十堰市", "420323")
    rng = rng_for(c.seed, s.key)
    xxgk, fdzd, qt = "/xxgkxi/", "/xxgkxi/fdzdgk/", "/xxgkxi/fdzdgk/qtzdgknr/"
    s.nav = [("首页", "/"), ("竹山要闻", "/xwzx/zsyw/"), ("乡镇动态", "/xwzx/xzdt/"), ("信息公开", xxgk)]
    table = """
    竹山县人民政府关于2023年度法治政府建设情况的报告
        2023 002 2 2024-03-26 竹山县人民政府
    竹山县人民政府关于2022年度法治政府建设情况的报告
        2022 000 2 2023-03-28 竹山县人民政府
    """
    r1, r2 = platform(reports(s, rng, c, table), 2)
    dep = department(s, rng, c, "竹山县司法局2023年度法治政府建设工作报告", 2023, "竹山县司法局", "004")
    trail = [("信息公开", xxgk), ("法定主动公开", fdzd), ("其他主动公开内容", qt)]
    fznb = [r1, r2, interpretation_of(s, rng, r1), report_notice(s, rng, 2022)]
    cols = [
        ("法治年报", f"{qt}fznb/", fznb),
        ("建议提案办理", f"{qt}jytabl/", s.fillers(rng, 34, "disclosure")),
        (
            "政府信息公开年报",
            f"{qt}xxgknb/",
            [s.lookalike(rng, "xxgk_annual", y) for y in (2021, 2022, 2023)],
        ),
        ("审计结果", f"{qt}sjjg/", s.fillers(rng, 18, "disclosure")),
    ]
    for name, folder, docs in cols:
        column7(s, name, folder, docs, trail, trs_path(s, folder, "shtml"), **HUBEI, topic="综合政务")
    section7(s, "其他主动公开内容", qt, trail[:2], [(n, f) for n, f, _ in cols], "index.shtml")
    zc = f"{fdzd}zc/"
    column7(s, "政策文件", zc, s.fillers(rng, 40, "disclosure"), trail[:2], trs_path(s, zc, "shtml"), **HUBEI)
    section7(s, "法定主动公开", fdzd, trail[:1], [("政策文件", zc), ("其他主动公开内容", qt)], "index.shtml")
    bm = f"{xxgk}bmxxgk/sfj/"
    column7(
        s,
        "县司法局",
        bm,
        [dep, s.lookalike(rng, "shufa", 2023), *s.fillers(rng, 9)],
        [("信息公开", xxgk)],
        trs_path(s, bm, "shtml"),
        **HUBEI,
    )
    section7(s, "信息公开", xxgk, [], [("法定主动公开", fdzd), ("部门信息公开 县司法局", bm)], "index.shtml")
    news = news7(
        s,
        rng,
        [("竹山要闻", "/xwzx/zsyw/", 75), ("乡镇动态", "/xwzx/xzdt/", 50)],
        trs_path,
        ext="shtml",
        skin="line",
    )
    home5(s, news)


def fangxian(c: Ctx) -> None:
    """房县 (十堰市, Hubei) on the same platform, the ``zfxxgk/fdgknr`` spelling: 政府信息公开 → 法定公开
    内容 → 其他主动公开内容 → 法治政府建设 (``/zfxxgk/fdgknr/qtzdgknr/fzzfjs/``) with the 2023 report
    and the 2022 one as a page with its PDF; 政府工作报告 and 工作要点 beside them; a ``createPageHTML``
    pager over 30 other items. Evidence: ``http://www.h40v.com.cn/zfxxgk/fdgknr/qtzdgknr/sjzdgksxml/
    202509/t20250912_1260956.html`` (a copy of a Hubei county's ``/zfxxgk/fdgknr/qtzdgknr/`` page, in
    traditional characters); ``zhuxi.gov.cn`` as 竹山县."""
    s = c.site("fangxian", "www.fangxian.gov.cn", "房县", "湖北省", "十堰市", "420325")
    rng = rng_for(c.seed, s.key)
    gk, fd, qt = "/zfxxgk/", "/zfxxgk/fdgknr/", "/zfxxgk/fdgknr/qtzdgknr/"
    s.nav = [("首页", "/"), ("房县要闻", "/xwdt/fxyw/"), ("通知公告", "/xwdt/tzgg/"), ("政府信息公开", gk)]
    table = """
    房县2023年法治政府建设情况报告
        2023 003 2 2024-03-29 房县人民政府
    房县人民政府关于2022年法治政府建设情况的报告
        2022 001 2 2023-03-31 房县司法局 form=html+pdf
    """
    r1, r2 = platform(reports(s, rng, c, table), 2)
    trail = [("政府信息公开", gk), ("法定公开内容", fd), ("其他主动公开内容", qt)]
    fz = [r1, r2, s.lookalike(rng, "plan", 2024), s.lookalike(rng, "duty_report", 2023)]
    fz += after(rng, s.fillers(rng, 14, "disclosure", (2024, 2024)), r1) + s.fillers(rng, 16, "disclosure")
    cols = [
        ("法治政府建设", f"{qt}fzzfjs/", fz),
        (
            "政府工作报告",
            f"{qt}zfgzbg/",
            [s.lookalike(rng, "gov_work_report", y) for y in (2022, 2023, 2024)],
        ),
        ("政府信息公开年报", f"{qt}xxgknb/", [s.lookalike(rng, "xxgk_annual", 2023)]),
    ]
    for name, folder, docs in cols:
        column7(s, name, folder, docs, trail, trs_path(s, folder, "shtml"), **HUBEI, per=12)
    section7(s, "其他主动公开内容", qt, trail[:2], [(n, f) for n, f, _ in cols], "index.shtml")
    section7(s, "法定公开内容", fd, trail[:1], [("其他主动公开内容", qt)], "index.shtml")
    section7(s, "政府信息公开", gk, [], [("法定公开内容", fd)], "index.shtml")
    news = news7(
        s,
        rng,
        [("房县要闻", "/xwdt/fxyw/", 65), ("通知公告", "/xwdt/tzgg/", 40)],
        trs_path,
        ext="shtml",
        skin="line",
    )
    home5(s, news)


# ============================================================================ 3 Hebei platform
def yuanshi(c: Ctx) -> None:
    """元氏县 (石家庄市, Hebei) on the Hebei provincial platform: every column is ``/columns/<uuid>/``,
    its list a block ``/columns/<uuid>/templates/<uuid>/blocks/<uuid>?page=N&fix=0`` of
    ``li.xxgk_gfxwjk-list-li`` rows (the column page shows page 1), articles ``/columns/<uuid>/
    YYYYMM/DD/<uuid>.html`` whose date runs into its time (``2024-03-2716:34``) over empty ``来源:``.
    政府信息公开 → 法治政府建设 holds the 2023 report (page 2 of the block) and the 2022 one.
    Evidence: ``http://www.zhaoxian.gov.cn/columns/4bc809b5-2280-4aca-bf79-3796a2d6f737/202601/27/
    5141831a-497b-4b8e-aa5d-7d12d325d0d6.html`` (赵县人民政府关于2025年度法治政府建设情况的报告);
    ``https://www.hebei.gov.cn/columns/8aef2fa0-cc14-409e-9f68-fbdba00a0c72/202308/21/720faafd-6610-
    4d9e-9cc8-9e0f056c2101.html`` ("当前位置:首页 > 政府信息公开 > …", "2021-03-2918:26 来源: 字体:");
    gerry0208/spider_project ``河北政府网站/3人民政府-政府信息公开/szfwj.py`` (``/columns/<uuid>/templates/
    <uuid>/blocks/<uuid>`` with ``page``, ``fix=0``; ``li.xxgk_gfxwjk-list-li`` rows; ``div#zoom``,
    ``div.wjct``)."""
    s = c.site("yuanshi", "www.yuanshi.gov.cn", "元氏县", "河北省", "石家庄市", "130132")
    rng = rng_for(c.seed, s.key)
    table = """
    元氏县人民政府关于2023年度法治政府建设情况的报告
        2023 004 3 2024-03-27 元氏县人民政府
    元氏县人民政府关于2022年度法治政府建设情况的报告
        2022 002 3 2023-03-24 元氏县人民政府
    """
    r1, r2 = platform(reports(s, rng, c, table), 3)
    gk_name = "政府信息公开"
    url_of = lambda name: f"/columns/{uid_of(s.host, 'column', name)}/index.html"  # noqa: E731
    s.nav = [
        ("首页", "/"),
        ("元氏要闻", url_of("元氏要闻")),
        ("通知公告", url_of("通知公告")),
        (gk_name, url_of(gk_name)),
    ]
    trail = [(gk_name, url_of(gk_name))]
    fz = [
        r1,
        r2,
        *after(rng, s.fillers(rng, 17, "disclosure", (2024, 2024)), r1),
        s.lookalike(rng, "shufa", 2023),
    ]
    fz += [report_notice(s, rng, 2023)]
    fz += s.fillers(rng, 8, "disclosure", (2020, 2022))
    links = []
    for name, docs in [
        ("法治政府建设", fz),
        ("政策文件", s.fillers(rng, 36, "disclosure")),
        ("政府信息公开年报", [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)]),
        ("规划计划", [s.lookalike(rng, "plan", 2023), *s.fillers(rng, 6, "disclosure")]),
    ]:
        url, _ = hebei_column(s, name, docs, trail)
        links.append((name, url))
    hebei_section(s, gk_name, links)
    news = []
    for name, count in [("元氏要闻", 70), ("通知公告", 45)]:
        url, docs = hebei_column(s, name, s.news(rng, count), [])
        news.append((name, url, docs))
    home5(s, news)


def hebei_section(s: KSite, name: str, links: list[tuple[str, str]]) -> str:
    """A section column of the Hebei platform listing its sub-columns; returns its URL."""
    folder = f"/columns/{uid_of(s.host, 'column', name)}/"
    section7(s, name, folder, [], links, "index.html")
    return folder + "index.html"


def tangxian(c: Ctx) -> None:
    """唐县 (保定市, Hebei) on the older Hebei county platform: columns ``/col/<13-digit ms id>/
    index.html`` with plain ``index_N.html`` pages, articles ``/col/<ms>/YYYY/MM/DD/<ms of the
    publication>.html`` whose title runs over two lines (``唐县人民政府`` / ``2023年法治政府建设年度
    报告``) over only ``发布时间:YYYY年MM月DD日``. 政务公开 → 法治政府建设 holds the 2023 report; the
    2022 one is only a Word 97 ``.doc`` attachment (not findable without a .doc reader). Evidence:
    ``https://www.wangdu.gov.cn/col/1618912697099/2025/04/01/1743469821024.html`` (望都县人民政府 /
    2024年法治政府建设年度报告 on two lines); ``https://ntdywx.com/www/zfxxgk/col/1586916059247/2020/04/15/
    1586934138420`` (a copy of 高邑县's ``/zfxxgk/col/<ms>/YYYY/MM/DD/<ms>`` page)."""
    s = c.site("tangxian", "www.tangxian.gov.cn", "唐县", "河北省", "保定市", "130627", scheme="https")
    rng = rng_for(c.seed, s.key)
    table = """
    唐县人民政府2023年法治政府建设年度报告
        2023 001 4 2024-03-28 唐县人民政府
    唐县人民政府2022年法治政府建设年度报告
        2022 003 4 2023-03-30 唐县人民政府
    """
    r1, r2 = platform(reports(s, rng, c, table), 4)
    doc_attachment(r2)
    col = lambda n: f"/col/{1618912697099 + n * 7919}/"  # noqa: E731
    zwgk = col(0)
    s.nav = [("首页", "/"), ("唐县要闻", col(10) + "index.html"), ("政务公开", zwgk + "index.html")]
    trail = [("政务公开", zwgk + "index.html")]
    fz = [
        r1,
        r2,
        s.lookalike(rng, "plan", 2024),
        interpretation_of(s, rng, r1),
        *s.fillers(rng, 20, "disclosure"),
    ]
    cols = [
        ("法治政府建设", col(1), fz),
        ("政府文件", col(2), s.fillers(rng, 35, "disclosure")),
        ("政府信息公开年报", col(3), [s.lookalike(rng, "xxgk_annual", y) for y in (2021, 2022, 2023)]),
        ("政府工作报告", col(4), [s.lookalike(rng, "gov_work_report", 2024)]),
    ]
    for name, folder, docs in cols:
        column7(s, name, folder, docs, trail, stamp_path(s, folder), pager="plain", skin="stamp", per=12)
    section7(s, "政务公开", zwgk, [], [(n, f + "index.html") for n, f, _ in cols], "index.html")
    news = news7(
        s,
        rng,
        [("唐县要闻", col(10), 70), ("部门动态", col(11), 40)],
        stamp_path,
        pager="plain",
        skin="stamp",
    )
    home5(s, news)


# ============================================================================ 4 Tianjin
def tianjin_site(c: Ctx, key: str, host: str, name: str, adcode: str) -> TianjinSite:
    s = TianjinSite(c.web, c.seed, key, host, name, "天津市", "", adcode, scheme="https")
    c.sites.append(s)
    s.prefix(f"{GATE}{host}/", gateway_handler(s), trap="繁體 gateway: every page again under /gate/big5/")
    return s


def baodi(c: Ctx) -> None:
    """宝坻区 (Tianjin) on the Tianjin district platform: 政务公开 → 政府信息公开 → 区政府 → 法定主动
    公开内容 → 其他法定公开信息 (``/bdqzf/zwgk_31548/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/``), TRS
    ``createPageHTML`` pages, ``来源:… 发布时间:YYYY-MM-DD HH:MM``; 区司法局 → 其他法定公开信息 holds the
    bureau's report. The top bar's 简体 | 繁体 switch leads into the platform's 繁體 gateway
    ``/gate/big5/www.tjbd.gov.cn/…``, which serves every page again with its links moved under it
    (a trap). Evidence: ``http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/
    qtfdgkxx2/202403/t20240328_6583952.html`` (静海区2023年度法治政府建设情况报告: "天津市静海区人民政府
    2019年12月3日星期二 无障碍 简体| 繁体", "来源:静海区人民政府办公室 发布时间:2024-03-28 09:18");
    ``https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/gongkai/fzzfjsbg/qzf/dcq/202503/
    t20250318_4037000.html`` (a district report through a ``/gate/big5/<host>/`` gateway)."""
    s = tianjin_site(c, "baodi", "www.tjbd.gov.cn", "宝坻区", "120115")
    rng = rng_for(c.seed, s.key)
    root = "/bdqzf/zwgk_31548/"
    gk, qzf = f"{root}zfxxgk_qzf1/", f"{root}zfxxgk_qzf1/qzf1/"
    fd = f"{qzf}fdzdgknr2/"
    s.nav = [("首页", "/"), ("宝坻要闻", "/bdqzf/xwzx/bdyw/"), ("政务公开", root)]
    table = """
    宝坻区2023年度法治政府建设情况报告
        2023 000 5 2024-03-28 宝坻区人民政府办公室
    宝坻区2022年度法治政府建设情况报告
        2022 002 5 2023-03-30 宝坻区人民政府办公室
    """
    r1, r2 = platform(reports(s, rng, c, table), 5)
    dep = department(s, rng, c, "宝坻区司法局2023年度法治政府建设情况报告", 2023, "宝坻区司法局", "001")
    trail = [("政务公开", root), ("政府信息公开", gk), ("区政府", qzf), ("法定主动公开内容", fd)]
    qt = [
        r1,
        r2,
        s.lookalike(rng, "shufa", 2023),
        *after(rng, s.fillers(rng, 15, "disclosure", (2024, 2024)), r1),
    ]
    qt += s.fillers(rng, 12, "disclosure", (2020, 2023))
    cols = [
        ("其他法定公开信息", f"{fd}qtfdgkxx2/", qt),
        ("规范性文件", f"{fd}gfxwj2/", s.fillers(rng, 30, "disclosure")),
        ("政府信息公开年报", f"{fd}zfxxgknb2/", [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)]),
    ]
    for name, folder, docs in cols:
        column7(s, name, folder, docs, trail, trs_path(s, folder), skin="tianjin")
    section7(s, "法定主动公开内容", fd, trail[:3], [(n, f) for n, f, _ in cols], "index.html")
    sfj = f"{gk}bm/qsfj/fdzdgknr/qtfdgkxx/"
    column7(
        s,
        "区司法局 其他法定公开信息",
        sfj,
        [dep, report_notice(s, rng, 2023), *s.fillers(rng, 6)],
        trail[:2],
        trs_path(s, sfj),
        skin="tianjin",
    )
    section7(s, "区政府", qzf, trail[:2], [("法定主动公开内容", fd)], "index.html")
    section7(s, "政府信息公开", gk, trail[:1], [("区政府", qzf), ("区司法局", sfj)], "index.html")
    section7(s, "政务公开", root, [], [("政府信息公开", gk)], "index.html")
    news = news7(
        s,
        rng,
        [("宝坻要闻", "/bdqzf/xwzx/bdyw/", 80), ("部门动态", "/bdqzf/xwzx/bmdt/", 45)],
        trs_path,
        skin="tianjin",
    )
    home5(s, news)


def wuqing(c: Ctx) -> None:
    """武清区 (Tianjin) on the same platform: the 2023 report in 区政府 → 法定主动公开内容 → 其他法定公开
    信息; the 2020 one in 政务公开 → 工作报告 (``/wqqzf/zwgk_29361/gzbg/``) beside the 政府工作报告,
    shown as ``文章来源:司法局 更新时间:2021/03/29 11:30:01``; 天津市's report reposted there. The same
    繁體 gateway trap. Evidence: ``http://www.tjjh.gov.cn/jhqzf/zwgk_28985/gzbg/202103/
    t20210329_5396867.html`` (2020年静海区法治政府建设情况报告 in 工作报告, "文章来源:司法局 更新时间:
    2021/03/29 11:30:01"); the tjjh ``zfxxgk_qzf1`` page of 宝坻区."""
    s = tianjin_site(c, "wuqing", "www.tjwq.gov.cn", "武清区", "120114")
    rng = rng_for(c.seed, s.key)
    root = "/wqqzf/zwgk_29361/"
    gk, qzf = f"{root}zfxxgk_qzf1/", f"{root}zfxxgk_qzf1/qzf1/"
    fd = f"{qzf}fdzdgknr2/"
    s.nav = [("首页", "/"), ("武清要闻", "/wqqzf/xwzx/wqyw/"), ("政务公开", root)]
    table = """
    武清区2023年度法治政府建设情况报告
        2023 003 5 2024-03-29 武清区人民政府办公室
    2020年武清区法治政府建设情况报告
        2020 004 5 2021-03-29 武清区司法局
    天津市人民政府关于2023年法治政府建设情况的报告
        2023 001 5 2024-04-02 天津市人民政府 higher=天津市 upper=党中央、国务院
    """
    r1, r2, hi = platform(reports(s, rng, c, table), 5)
    trail = [("政务公开", root), ("政府信息公开", gk), ("区政府", qzf), ("法定主动公开内容", fd)]
    qt = [
        r1,
        *after(rng, s.fillers(rng, 16, "disclosure", (2024, 2024)), r1),
        *s.fillers(rng, 10, "disclosure"),
    ]
    column7(
        s, "其他法定公开信息", f"{fd}qtfdgkxx2/", qt, trail, trs_path(s, f"{fd}qtfdgkxx2/"), skin="tianjin"
    )
    section7(s, "法定主动公开内容", fd, trail[:3], [("其他法定公开信息", f"{fd}qtfdgkxx2/")], "index.html")
    section7(s, "区政府", qzf, trail[:2], [("法定主动公开内容", fd)], "index.html")
    section7(s, "政府信息公开", gk, trail[:1], [("区政府", qzf)], "index.html")
    gzbg = [r2, hi, *[s.lookalike(rng, "gov_work_report", y) for y in (2021, 2022, 2023, 2024)]]
    gzbg += [s.lookalike(rng, "plan", 2021)]
    column7(
        s, "工作报告", f"{root}gzbg/", gzbg, [("政务公开", root)], trs_path(s, f"{root}gzbg/"), skin="update"
    )
    section7(s, "政务公开", root, [], [("政府信息公开", gk), ("工作报告", f"{root}gzbg/")], "index.html")
    news = news7(
        s,
        rng,
        [("武清要闻", "/wqqzf/xwzx/wqyw/", 75), ("通知公告", "/wqqzf/xwzx/tzgg/", 40)],
        trs_path,
        skin="tianjin",
    )
    home5(s, news)


# ============================================================================ 5 Shanghai
def pudong(c: Ctx) -> None:
    """浦东新区 (Shanghai): 政务公开 → 法治政府建设(区政府) (``/zwgk/fzzfjsqzf/``) and (部门)
    (``/zwgk/fzzfjsbm/``, department reports), articles ``/zwgk/fzzfjsqzf/<year>/<day of year>/
    <id>.html`` under a 索引号 / 发布机构 区政府 / 公开类别 主动公开 / 发布时间 table; plain ``index_N``
    pages. Evidence: ``https://www.pudong.gov.cn/zwgk/fzzfjsqzf/2023/86/308457.html`` (浦东新区人民政府
    2022年度法治政府建设情况报告: "索引号 发布机构 区政府 公开类别 主动公开 发布时间 2023-03-27");
    ``http://101.230.193.164/article.html?infoid=982cb593-…`` (宝山区's report titled ``上海市宝山区人民
    政府关于法治政府建设情况报告``, over two lines)."""
    s = c.site("pudong", "www.pudong.gov.cn", "浦东新区", "上海市", "", "310115", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("浦东要闻", "/zwgk/pdyw/"), ("政务公开", "/zwgk/")]
    table = """
    浦东新区人民政府2023年度法治政府建设情况报告
        2023 002 6 2024-03-27 浦东新区人民政府
    浦东新区人民政府2022年度法治政府建设情况报告
        2022 000 6 2023-03-27 浦东新区人民政府
    """
    r1, r2 = platform(reports(s, rng, c, table), 6)
    deps = [
        department(s, rng, c, "浦东新区司法局2023年度法治政府建设情况报告", 2023, "浦东新区司法局", "003"),
        department(
            s,
            rng,
            c,
            "浦东新区市场监督管理局2023年度法治政府建设情况报告",
            2023,
            "浦东新区市场监督管理局",
            "004",
        ),
    ]
    trail = [("政务公开", "/zwgk/")]
    qzf = [r1, r2, s.lookalike(rng, "plan", 2024), s.lookalike(rng, "duty_report", 2023)]
    column7(
        s,
        "法治政府建设(区政府)",
        "/zwgk/fzzfjsqzf/",
        qzf,
        trail,
        doy_path(s, "/zwgk/fzzfjsqzf/"),
        pager="plain",
        skin="pudong",
    )
    bm = [*deps, *[s.fillers(rng, 1, "disclosure")[0] for _ in range(18)]]
    column7(
        s,
        "法治政府建设(部门)",
        "/zwgk/fzzfjsbm/",
        bm,
        trail,
        doy_path(s, "/zwgk/fzzfjsbm/"),
        pager="plain",
        skin="pudong",
    )
    others = [
        ("政府信息公开年报", "/zwgk/xxgknb/", [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)]),
        ("政府工作报告", "/zwgk/zfgzbg/", [s.lookalike(rng, "gov_work_report", y) for y in (2023, 2024)]),
        ("区政府文件", "/zwgk/qzfwj/", s.fillers(rng, 40, "disclosure")),
        ("通知公告", "/zwgk/tzgg/", [report_notice(s, rng, 2023), *s.fillers(rng, 30)]),
    ]
    for name, folder, docs in others:
        column7(s, name, folder, docs, trail, doy_path(s, folder), pager="plain", skin="pudong")
    links = [("法治政府建设(区政府)", "/zwgk/fzzfjsqzf/"), ("法治政府建设(部门)", "/zwgk/fzzfjsbm/")]
    section7(s, "政务公开", "/zwgk/", [], links + [(n, f) for n, f, _ in others], "index.html")
    news = news7(s, rng, [("浦东要闻", "/zwgk/pdyw/", 90)], doy_path, pager="plain", skin="pudong")
    home5(s, news)


# ============================================================================ 6 Guangxi
def luzhai(c: Ctx) -> None:
    """鹿寨县 (柳州市, Guangxi) on the Guangxi TRS platform: 信息公开 → 法定主动公开内容 → 通知公告
    (``/xxgk/fdzdgknr/tzgg/``) holds the 2023 report on page 3 of a ``createPageHTML`` pager among 50
    notices; articles ``tYYYYMMDD_<id>.shtml`` show the column name over the title and ``来源: …
    发布日期: YYYY-MM-DD``. Evidence: ``http://www.liucheng.gov.cn/xxgk/fdzdgknr/tzgg/202602/
    t20260213_3723994.shtml`` (柳城县2025年法治政府建设年度报告 in 通知公告: "来源: 柳城县人民政府
    发布日期: 2026-02-13"); ``http://sft.gxzf.gov.cn/zwgk/xxgk/fzzfjsndbg/20190906-2158134.shtml``
    (a 法治政府建设年度报告 column on the region's platform)."""
    s = c.site("luzhai", "www.luzhai.gov.cn", "鹿寨县", "广西壮族自治区", "柳州市", "450223")
    rng = rng_for(c.seed, s.key)
    xxgk, fd = "/xxgk/", "/xxgk/fdzdgknr/"
    s.nav = [("首页", "/"), ("鹿寨要闻", "/xwzx/lzyw/"), ("信息公开", xxgk)]
    table = """
    鹿寨县2023年法治政府建设年度报告
        2023 004 7 2024-02-26 鹿寨县人民政府
    """
    (r1,) = platform(reports(s, rng, c, table), 7)
    trail = [("信息公开", xxgk), ("法定主动公开内容", fd)]
    tzgg = [r1, *after(rng, s.fillers(rng, 30, "notice", (2024, 2024)), r1), *s.fillers(rng, 20, "notice")]
    tzgg += [report_notice(s, rng, 2023), s.lookalike(rng, "xxgk_annual", 2023)]
    cols = [
        ("通知公告", f"{fd}tzgg/", tzgg),
        ("政策文件", f"{fd}zcwj/", s.fillers(rng, 30, "disclosure")),
        (
            "规划计划",
            f"{fd}ghjh/",
            [s.lookalike(rng, "plan", 2023), s.lookalike(rng, "gov_work_report", 2024)],
        ),
    ]
    for name, folder, docs in cols:
        column7(s, name, folder, docs, trail, trs_path(s, folder, "shtml"), ext="shtml", skin="gx", per=20)
    section7(s, "法定主动公开内容", fd, trail[:1], [(n, f) for n, f, _ in cols], "index.shtml")
    section7(s, "信息公开", xxgk, [], [("法定主动公开内容", fd)], "index.shtml")
    news = news7(
        s,
        rng,
        [("鹿寨要闻", "/xwzx/lzyw/", 70), ("乡镇动态", "/xwzx/xzdt/", 40)],
        trs_path,
        ext="shtml",
        skin="gx",
    )
    home5(s, news)


ALL = (xiangyin, miluo, zhushan, fangxian, yuanshi, tangxian, baodi, wuqing, pudong, luzhai)
