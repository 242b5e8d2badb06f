"""The sites of the ``kinds5`` profile, one function each, with the real evidence it is modelled on.

Evidence: pages of the search tool's ``pages`` corpus (their URLs are quoted), and
/work/shared/docs/sites.md (``sites.md``). Hosts and division codes are those of the real counties
(/work/shared/data/gov_sites.csv, or the host of the evidence page where that file has none), none
used by another profile. Every link is an ``href`` or a TRS ``createPageHTML`` call: what makes
these sites hard is only where the report is filed, how it is titled and dated, and how much
else the site holds.
"""

from __future__ import annotations

import datetime as dt
import random

from ..kinds.core import Doc, KSite
from ..kinds.sites import Ctx
from ..kinds2.sites import after, report_notice
from .mechs import (
    ZoneSite,
    artpath,
    column5,
    docpath,
    gsggpath,
    hex_id,
    hexpath,
    home5,
    org_catalogue,
    section,
    stampdir,
    trs,
)


def rng_for(seed: int, *parts: object) -> random.Random:
    return random.Random(f"kinds5|{seed}|" + "|".join(map(str, parts)))


def when(rng: random.Random, year: int, month: int, day: int = 0) -> str:
    """A ``YYYY-MM-DD HH:MM`` publication time in ``month`` of ``year``."""
    day = day or rng.randint(1, 28)
    return f"{year}-{month:02d}-{day:02d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"


def reports(s: KSite, rng: random.Random, c: Ctx, table: str) -> list[Doc]:
    """True reports from a table of two lines each: the title, then ``year stem kinds date source
    [key=value …]`` (kinds comma-separated; keys of :meth:`KSite.report`: ``higher``, ``region``,
    ``form``, ``upper``); the text from the seed ``stem``."""
    lines = [line.strip() for line in table.strip().splitlines()]
    out = []
    for title, spec in zip(lines[::2], lines[1::2], strict=True):
        year, stem, kinds, date, source, *extra = spec.split()
        y, m, d = map(int, date.split("-"))
        kw = dict(item.split("=", 1) for item in extra)
        numbers = tuple(int(k) for k in kinds.split(","))
        out.append(
            s.report(
                rng, title, int(year), *c.stem(stem), numbers, date=when(rng, y, m, d), source=source, **kw
            )
        )
    return out


def department(s: KSite, rng: random.Random, c: Ctx, title: str, year: int, unit: str, stem: str) -> Doc:
    """A department's own report (``kind: department``: neither required nor a false find)."""
    d = s.report(rng, title, year, *c.stem(stem), (), source=unit, issuer="department")
    d.kind, d.key = "department", f"{unit}-{year}"
    return d


def lookalike(s: KSite, rng: random.Random, sub: str, title: str, lines: list[str], pub: dt.datetime) -> Doc:
    """A look-alike written here (示范创建 news, 考核 results, an interpretation of the report)."""
    return s.new_doc(title, lines, pub, f"{s.name}司法局", kind="lookalike", sub=sub)


def demo_news(s: KSite, rng: random.Random, year: int) -> Doc:
    title = rng.choice(
        [
            f"{s.name}召开法治政府建设示范创建工作推进会",
            f"{s.name}全力推进全国法治政府建设示范创建工作",
        ]
    )
    lines = [
        f"{year}年{rng.randint(3, 10)}月,{s.name}召开法治政府建设示范创建工作推进会,通报创建工作进展。",
        "会议要求,各单位要对照示范指标体系,逐项梳理短板弱项,确保创建工作取得实效。",
    ]
    return lookalike(s, rng, "demo_news", title, lines, dt.datetime(year, rng.randint(3, 10), 12, 9, 30))


def assessment(s: KSite, rng: random.Random, year: int) -> Doc:
    title = f"关于{year}年度法治政府建设考核结果的通报"
    lines = [
        f"根据《{s.name}法治政府建设考核办法》,对各乡镇、各部门{year}年度法治政府建设情况进行了考核。",
        "考核结果为优秀的单位12个,良好的单位20个,一般的单位3个。",
    ]
    return lookalike(s, rng, "assessment", title, lines, dt.datetime(year + 1, 4, 20, 10, 0))


def interpretation_of(s: KSite, rng: random.Random, report: Doc) -> Doc:
    title = f"关于《{report.title}》的政策解读"
    lines = [
        f"《{report.title}》政策解读",
        f"按照省市法治政府建设工作要求,我县总结{report.year}年全县法治政府建设工作,现解读如下:",
        "一、起草背景。二、起草过程。三、报告框架和主要内容。",
    ]
    return lookalike(s, rng, "interpretation", title, lines, report.pub + dt.timedelta(days=2))


def news_columns(
    s: KSite, rng: random.Random, cols: list[tuple[str, str, int]], path_of, **kw
) -> list[tuple[str, str, list[Doc]]]:
    """Ordinary news columns (the cost of a site): ``(name, folder, count)``."""
    out = []
    for name, folder, count in cols:
        out.append((name, folder, column5(s, name, folder, s.news(rng, count), [], path_of(s, folder), **kw)))
    return out


# ============================================================================ sites
def zhenba(c: Ctx) -> None:
    """镇巴县 (汉中市, Shaanxi): 政务公开 → 法定主动公开内容 → 计划总结 holds the reports (2023 on
    page 2, 2019 on page 3 of a ``createPageHTML`` pager, ``index_N.shtml``), articles under an
    信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 发布日期), 32-hex ``.shtml`` paths; the
    县司法局 report under 部门文件. Evidence: ``http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f
    7fabf563549c.shtml`` (镇巴县人民政府工作规则: 索引号 6107280000/2024-001005, 主题分类, 来源, 发文机构,
    发文字号, 发文日期, 有效性, 发布日期); sites.md "规划计划 → 工作总结", "createPageHTML"."""
    s = c.site("zhenba", "zb.gov.cn", "镇巴县", "陕西省", "汉中市", "610728")
    rng = rng_for(c.seed, s.key)
    root = "/zbxzf/"
    s.nav = [
        ("首页", "/"),
        ("政务公开", f"{root}zwgk/"),
        ("镇巴要闻", f"{root}zbyw/"),
        ("部门动态", f"{root}bmdt/"),
    ]
    table = """
    镇巴县人民政府关于2023年度法治政府建设工作情况的报告
        2023 003 1,4,5 2024-03-26 镇巴县人民政府
    镇巴县2019年度法治政府建设工作情况报告
        2019 003 3,4,5 2020-03-30 镇巴县司法局
    """
    r1, r2 = reports(s, rng, c, table)
    dep = department(s, rng, c, "镇巴县司法局2023年度法治政府建设工作报告", 2023, "镇巴县司法局", "000")
    fdzd = f"{root}fdzdgknr/"
    newer = after(rng, s.fillers(rng, 18, "disclosure", (2024, 2024)), r1)
    middle = [d for d in s.fillers(rng, 14, "disclosure", (2020, 2023)) if d.pub > r2.pub]
    plan = s.lookalike(rng, "plan", 2024)
    jhzj = [r1, r2, plan, *newer, *middle, *s.fillers(rng, 6, "disclosure", (2018, 2019))]
    trail = [("政务公开", f"{root}zwgk/"), ("法定主动公开内容", fdzd)]
    cols = [
        ("计划总结", f"{fdzd}jhzj/", jhzj),
        ("政府文件", f"{fdzd}xzfwj/", s.fillers(rng, 24, "disclosure")),
        (
            "部门文件",
            f"{fdzd}bmwj/",
            [dep, s.lookalike(rng, "shufa", 2023), *s.fillers(rng, 12, "disclosure")],
        ),
        (
            "政府信息公开年报",
            f"{fdzd}xxgknb/",
            [s.lookalike(rng, "xxgk_annual", y) for y in (2021, 2022, 2023)],
        ),
    ]
    for name, folder, docs in cols:
        column5(s, name, folder, docs, trail, hexpath(s, folder), skin="xxgk", ext="shtml", topic="政府工作")
    section(s, "法定主动公开内容", fdzd, trail[:1], [(n, f) for n, f, _ in cols])
    section(
        s, "政务公开", f"{root}zwgk/", [], [("法定主动公开内容", fdzd), ("政府信息公开指南", f"{root}zwgk/")]
    )
    news = news_columns(
        s,
        rng,
        [("镇巴要闻", f"{root}zbyw/", 60), ("部门动态", f"{root}bmdt/", 45)],
        hexpath,
        ext="shtml",
        skin="xxgk",
    )
    home5(s, news)


def shache(c: Ctx) -> None:
    """莎车县 (喀什地区, Xinjiang): 专题专栏 → 法治政府建设 (``/scx/c108016/``), linked from the home page
    only by a banner image whose ``alt`` names it; the column holds the county's report and the
    自治区's report reposted (来源: 自治区人民政府办公厅), with 示范创建 news; articles show
    ``来源:… 发布日期:2018-04-03 16:13``. Evidence: ``http://shache.gov.cn/scx/c108016/202110/e08c1648d
    abf4ed2b5c3457e6b71f137.shtml`` (新疆维吾尔自治区人民政府关于2017年法治政府建设工作的报告 reposted:
    来源:自治区人民政府法制办 发布日期:2018-04-03 16:13 浏览次数: 字体:【大 中 小】); sites.md
    "专题专栏 → 法治政府建设 … special-topic pages often link with images whose alt text names the
    topic", "Provincial and city reports are often reposted on county sites"."""
    s = c.site("shache", "www.shache.gov.cn", "莎车县", "新疆维吾尔自治区", "喀什地区", "653125")
    rng = rng_for(c.seed, s.key)
    s.nav = [
        ("首页", "/"),
        ("莎车要闻", "/scx/c108002/"),
        ("政务公开", "/scx/c108005/"),
        ("专题专栏", "/scx/c108010/"),
    ]
    table = """
    莎车县2022年法治政府建设情况报告
        2022 001 1 2023-03-29 莎车县人民政府办公室
    新疆维吾尔自治区人民政府关于2022年法治政府建设工作的报告
        2022 002 1,6 2023-04-11 自治区人民政府办公厅 higher=新疆维吾尔自治区 upper=党中央、国务院
    """
    r1, hi = reports(s, rng, c, table)
    fz = [r1, hi, demo_news(s, rng, 2023), s.lookalike(rng, "shufa", 2022), *s.news(rng, 10)]
    column5(
        s,
        "法治政府建设",
        "/scx/c108016/",
        fz,
        [("专题专栏", "/scx/c108010/")],
        hexpath(s, "/scx/c108016/"),
        skin="line",
        per=12,
    )
    others = [("乡村振兴", "/scx/c108017/", 25), ("民族团结一家亲", "/scx/c108018/", 25)]
    boxes = news_columns(s, rng, others, hexpath, skin="line")
    section(s, "专题专栏", "/scx/c108010/", [], [(n, f) for n, f, _ in boxes])
    news_columns(s, rng, [("通知公告", "/scx/c108006/", 40)], hexpath, skin="line")
    column5(
        s,
        "政府信息公开年报",
        "/scx/c108007/",
        [s.lookalike(rng, "xxgk_annual", 2022)],
        [],
        hexpath(s, "/scx/c108007/"),
        skin="line",
    )
    section(
        s,
        "政务公开",
        "/scx/c108005/",
        [],
        [("通知公告", "/scx/c108006/"), ("政府信息公开年报", "/scx/c108007/")],
    )
    news = news_columns(s, rng, [("莎车要闻", "/scx/c108002/", 70)], hexpath, skin="line")
    banner = (
        '<div class="zt-banner"><a href="/scx/c108016/">'
        '<img src="/images/zt/fzzfjs.jpg" alt="法治政府建设"></a>'
        '<a href="/scx/c108017/"><img src="/images/zt/xczx.jpg" alt="乡村振兴"></a></div>'
    )
    home5(s, news, banner)


def tianqiao(c: Ctx) -> None:
    """天桥区 (济南市, Shandong), a district of a big city: its 政府信息公开 is a 集约化 sub-site of
    the 区政府办公室 (``/gongkai/site_tianqiaoquqzfbgsb/channel_<24 hex>/doc_<24 hex>.html``), each
    document under
    an 索引号 / 发布机构 / date block; in the channel 其他法定公开信息 a report whose title names no place
    (``关于2023年度法治政府建设情况的报告``: the district only in the publisher and the site) and one
    whose title names no year (``天桥区法治政府建设工作情况报告``: 2022 only in the body and the
    2023-01 publication), beside 常务会议 议题解读 about the 法治建设 report, a 政府工作报告 and a
    第一责任人 述职. Evidence: ``http://www.tianqiao.gov.cn/gongkai/site_tianqiaoquqzfbgsb/channel_6389a0
    d93759918282632f20/doc_65b210500ee15e41cff3060b.html`` (区政府常务会议议题解读:关于2023年度法治建设工作
    情况的汇报, 11370105MB279780XD/2023-6537798, 区政府办公室, 2023-12-20); ``http://bachu.gov.cn/bcx/
    c107045/202301/f7c4cdc9cf8a4ce187bfe21a1c76bbbc.shtml`` (a report page opening "2022年度,巴楚县…现将
    2022年度法治建设工作情况报告如下", its title without a year); sites.md "关于2023年法治政府建设情况的
    报告 (no place name: the region comes from the site)", "常务会议议题解读"."""
    s = c.site("tianqiao", "www.tianqiao.gov.cn", "天桥区", "山东省", "济南市", "370105")
    rng = rng_for(c.seed, s.key)
    gk = "/gongkai/site_tianqiaoquqzfbgsb/"
    s.nav = [("首页", "/"), ("天桥要闻", "/xwzx/tqyw/"), ("政府信息公开", gk)]
    table = """
    关于2023年度法治政府建设情况的报告
        2023 002 1,3 2024-03-26 天桥区人民政府
    天桥区法治政府建设工作情况报告
        2022 000 1,3 2023-01-13 天桥区人民政府
    """
    r1, r2 = reports(s, rng, c, table)
    topic = lookalike(
        s,
        rng,
        "interpretation",
        "区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报",
        ["十九届区政府第37次常务会议“关于2023年度法治建设工作情况的汇报”议题的解读如下:", "一、议题背景"],
        dt.datetime(2023, 12, 20, 10, 0),
    )
    qt = [r1, r2, topic, s.lookalike(rng, "gov_work_report", 2022), s.lookalike(rng, "duty_report", 2022)]
    cols = [
        ("其他法定公开信息", qt + s.fillers(rng, 16, "disclosure")),
        ("政策文件", s.fillers(rng, 30, "disclosure")),
        ("政策解读", [s.lookalike(rng, "interpretation", 2023), *s.fillers(rng, 6, "jiedu")]),
    ]
    links = []
    for name, docs in cols:
        folder = f"{gk}channel_{hex_id(s.host, name)[:24]}/"
        column5(s, name, folder, docs, [("政府信息公开", gk)], docpath(s, folder), skin="xxgk", topic=name)
        links.append((name, folder))
    section(s, "政府信息公开", gk, [], links)
    news = news_columns(s, rng, [("天桥要闻", "/xwzx/tqyw/", 60), ("街道动态", "/xwzx/jddt/", 40)], trs)
    home5(s, news)


def wuding(c: Ctx) -> None:
    """武定县 (楚雄州, Yunnan): the 信息公开目录 is per 机构: ``/info/egovinfo/1007/jglist.htm`` lists the
    机构 (县人民政府, 县人民政府办公室, 县司法局), each a table of 索引号/名称/发布日期 with category
    filters (``overt_list.htm?orgid=…&catid=…``) and ``&page=N``; articles at ``overt_centent/<机构
    code>-/<year>-<MMDD><n>.htm`` under an info table. The government's 2022 report under 县人民政府 →
    法治政府建设, its 2018 ``依法行政工作报告`` under 县人民政府 → 其他; the 县人民政府办公室's own report
    (a department). Evidence: ``http://ynwd.gov.cn/info/egovinfo/1007/overt_centent/
    11532329015178442p-/2023-0516006.htm`` (the 县人民政府办公室's 2022 report in the 机构's
    信息公开目录); sites.md "部门信息公开 → 县司法局 → …", "Reports on 2016–2018 exist too, under the
    earlier 纲要"."""
    s = c.site("wuding", "ynwd.gov.cn", "武定县", "云南省", "楚雄彝族自治州", "532329")
    rng = rng_for(c.seed, s.key)
    base = "/info/egovinfo/1007/"
    s.nav = [("首页", "/"), ("信息公开", f"{base}jglist.htm"), ("武定新闻", "/wdxw/")]
    table = """
    武定县2022年度法治政府建设情况报告
        2022 004 2,4 2023-03-28 武定县人民政府
    武定县2018年依法行政工作报告
        2018 003 2,3,4 2019-02-20 武定县人民政府
    """
    r1, r2 = reports(s, rng, c, table)
    dep = department(
        s, rng, c, "武定县人民政府办公室2022年度法治政府建设工作情况报告", 2022, "武定县人民政府办公室", "000"
    )
    orgs = [
        (
            "11532329015178442P",
            "武定县人民政府",
            [
                ("01", "法治政府建设", [r1, report_notice(s, rng, 2022), *s.fillers(rng, 4, "disclosure")]),
                ("02", "政府文件", s.fillers(rng, 26, "disclosure")),
                (
                    "09",
                    "其他",
                    [r2, s.lookalike(rng, "gov_work_report", 2018), *s.fillers(rng, 9, "disclosure")],
                ),
            ],
        ),
        (
            "11532329015178442Q",
            "武定县人民政府办公室",
            [
                ("01", "法治政府建设", [dep, *s.fillers(rng, 3, "disclosure")]),
                ("03", "政府信息公开年报", [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)]),
            ],
        ),
        (
            "115323290151785930",
            "武定县司法局",
            [
                ("01", "法治政府建设", [s.lookalike(rng, "plan", 2023), demo_news(s, rng, 2023)]),
                ("02", "普法宣传", s.fillers(rng, 18)),
            ],
        ),
    ]
    catalogue = org_catalogue(s, base, orgs)
    news = news_columns(s, rng, [("武定新闻", "/wdxw/", 55), ("乡镇动态", "/xzdt/", 35)], trs, skin="hanweb")
    home5(s, news, f'<div class="gk"><a href="{catalogue}">政府信息公开</a></div>')


def jingyuan(c: Ctx) -> None:
    """泾源县 (固原市, Ningxia): 专题专栏 → 法治政府建设 (``/ztml/fzzfjs/``) is linked only from the
    footer's 专题专栏 line and a 更多>> of a home box about something else; it holds the government's
    report (``泾源县人民政府2023年法治政府建设年度报告``), the 县公安局's report (a department), 示范创建
    news, the 考核 results and a notice about the report; TRS articles (``t20240312_…``). Evidence:
    ``https://www.nxjy.gov.cn/ztml/fzzfjs/202602/t20260204_5159219.html`` (泾源县公安局's report in the
    专题 column fzzfjs); sites.md "专题专栏 → 法治政府建设", "footers with 主办/承办, 网站地图"."""
    s = c.site("jingyuan", "www.nxjy.gov.cn", "泾源县", "宁夏回族自治区", "固原市", "640424", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("泾源要闻", "/xwzx/jyyw/"), ("政务公开", "/zwgk/"), ("互动交流", "/hdjl/")]
    table = """
    泾源县人民政府2023年法治政府建设年度报告
        2023 000 1 2024-03-15 泾源县人民政府
    """
    (r1,) = reports(s, rng, c, table)
    dep = department(s, rng, c, "泾源县公安局2023年法治政府建设情况报告", 2023, "泾源县公安局", "001")
    fz = [
        r1,
        dep,
        demo_news(s, rng, 2023),
        assessment(s, rng, 2023),
        report_notice(s, rng, 2023),
        *after(rng, s.news(rng, 14), r1),
    ]
    column5(s, "法治政府建设", "/ztml/fzzfjs/", fz, [("专题专栏", "")], trs(s, "/ztml/fzzfjs/"), per=12)
    news_columns(s, rng, [("通知公告", "/zwgk/tzgg/", 40), ("政策解读", "/zwgk/zcjd/", 12)], trs)
    column5(
        s,
        "年度报告",
        "/zwgk/ndbg/",
        [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)],
        [("政务公开", "/zwgk/")],
        trs(s, "/zwgk/ndbg/"),
    )
    section(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("通知公告", "/zwgk/tzgg/"), ("政策解读", "/zwgk/zcjd/"), ("年度报告", "/zwgk/ndbg/")],
    )
    news = news_columns(s, rng, [("泾源要闻", "/xwzx/jyyw/", 70), ("部门动态", "/xwzx/bmdt/", 40)], trs)
    law = [d for d in fz if d.kind == "news"][:6]
    box = (
        '<div class="box"><div class="hd"><b>依法治县</b>'
        '<a href="/ztml/fzzfjs/" class="more">更多&gt;&gt;</a></div>'
        + "".join(f"<p>{d.title}</p>" for d in law)
        + "</div>"
    )
    home5(s, news, box, footer='专题专栏: <a href="/ztml/fzzfjs/">法治政府建设</a>')


def xishui(c: Ctx) -> None:
    """习水县 (遵义市, Guizhou): the government's report in 政务公开 → 重点领域信息公开 → 法治政府
    (``/zwgk/zdlyxxgk/fzzf/``), titled ``…年度报告（全文）`` with its PDF attached; the 县公安局's
    report under 政府部门 → 县公安局 → 政策文件 (``/zfbm/gaj/zcwj/``, a department). Evidence:
    ``https://www.xsx.gov.cn/zfbm/gaj/zcwj/202403/t20240305_83883694.html`` (习水县公安局's 2023 report
    in the bureau's 政策文件); sites.md "重点领域信息公开 → 法治政府建设", "Attachments:
    ``/YYYYMM/P0YYYYMMDD<digits>.pdf``"; "（全文）" titles: ``http://benet-wh.com.cn/gongzuozongjie/a/
    2565.html`` ("2022年正蓝旗人民政府工作报告(全文)")."""
    s = c.site("xishui", "www.xsx.gov.cn", "习水县", "贵州省", "遵义市", "520330", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("政府部门", "/zfbm/"), ("习水新闻", "/xwzx/xsxw/")]
    table = """
    习水县2022年法治政府建设年度报告（全文）
        2022 002 1,3 2023-03-30 习水县人民政府办公室 form=html+pdf
    """
    (r1,) = reports(s, rng, c, table)
    dep = department(s, rng, c, "习水县公安局2023年法治政府建设工作报告", 2023, "习水县公安局", "004")
    zdly = "/zwgk/zdlyxxgk/"
    cols = [
        ("法治政府", f"{zdly}fzzf/", [r1, s.lookalike(rng, "plan", 2023), *s.fillers(rng, 10, "disclosure")]),
        ("财政信息", f"{zdly}czxx/", s.fillers(rng, 30, "disclosure")),
        ("教育信息", f"{zdly}jyxx/", s.fillers(rng, 20, "disclosure")),
    ]
    for name, folder, docs in cols:
        column5(
            s,
            name,
            folder,
            docs,
            [("政务公开", "/zwgk/"), ("重点领域信息公开", zdly)],
            trs(s, folder),
            skin="runon",
        )
    section(s, "重点领域信息公开", zdly, [("政务公开", "/zwgk/")], [(n, f) for n, f, _ in cols])
    section(s, "政务公开", "/zwgk/", [], [("重点领域信息公开", zdly), ("政府信息公开年报", "/zwgk/ndbg/")])
    column5(
        s,
        "政府信息公开年报",
        "/zwgk/ndbg/",
        [s.lookalike(rng, "xxgk_annual", 2022)],
        [],
        trs(s, "/zwgk/ndbg/"),
    )
    depts = [
        ("县公安局", "/zfbm/gaj/", [dep, *s.fillers(rng, 8, "disclosure")]),
        ("县司法局", "/zfbm/sfj/", [s.lookalike(rng, "shufa", 2023), *s.fillers(rng, 8)]),
    ]
    for name, folder, docs in depts:
        column5(
            s,
            "政策文件",
            f"{folder}zcwj/",
            docs,
            [("政府部门", "/zfbm/"), (name, folder)],
            trs(s, f"{folder}zcwj/"),
        )
        section(s, name, folder, [("政府部门", "/zfbm/")], [("政策文件", f"{folder}zcwj/")])
    section(s, "政府部门", "/zfbm/", [], [(n, f) for n, f, _ in depts])
    news = news_columns(s, rng, [("习水新闻", "/xwzx/xsxw/", 70), ("乡镇动态", "/xwzx/xzdt/", 40)], trs)
    home5(s, news)


def shizhu(c: Ctx) -> None:
    """石柱土家族自治县 (Chongqing): 政府信息公开 is per 机构 (县政府, 县政府办公室, 部门) with category
    filters; the reports in 县政府 → 法定主动公开内容 → 法治政府建设年度报告 (``fzzfjsndbg``), their list
    titles cut with "…" (the full title in ``title=``), one titled with the short name ``石柱县``.
    Evidence: ``http://cqszx.gov.cn/bm/xgaj/fzzfjsndbg1/202601/t20260109_15302695.html`` (石柱土家族自治县
    公安局's report in its 法治政府建设年度报告 column; the government's site is www.cqsz.gov.cn in
    gov_sites.csv); sites.md "法定主动公开内容 → 法治政府建设年度报告", slug ``fzzfjsndbg``, "自治县"."""
    s = c.site("shizhu", "www.cqsz.gov.cn", "石柱土家族自治县", "重庆市", "", "500240", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政府信息公开", "/zwgk_263/"), ("石柱要闻", "/xwzx/szyw/")]
    table = """
    石柱土家族自治县人民政府关于2023年法治政府建设工作情况的报告
        2023 001 2,3 2024-03-27 石柱土家族自治县人民政府
    石柱县2022年度法治政府建设情况报告
        2022 001 2,3 2023-03-31 石柱土家族自治县司法局
    """
    r1, r2 = reports(s, rng, c, table)
    gov = "/zwgk_263/xzf/fdzdgknr/"
    cols = [
        ("法治政府建设年度报告", f"{gov}fzzfjsndbg/", [r1, r2, report_notice(s, rng, 2023)]),
        ("规划计划", f"{gov}ghjh/", [s.lookalike(rng, "plan", 2024), *s.fillers(rng, 12, "disclosure")]),
        ("其他法定公开信息", f"{gov}qtfdgkxx/", s.fillers(rng, 25, "disclosure")),
    ]
    trail = [("政府信息公开", "/zwgk_263/"), ("县政府", "/zwgk_263/xzf/"), ("法定主动公开内容", gov)]
    for name, folder, docs in cols:
        column5(s, name, folder, docs, trail, trs(s, folder), style="cut", skin="spaced")
    section(s, "法定主动公开内容", gov, trail[:2], [(n, f) for n, f, _ in cols])
    section(
        s,
        "县政府",
        "/zwgk_263/xzf/",
        trail[:1],
        [("法定主动公开内容", gov), ("政策文件", "/zwgk_263/xzf/zcwj/")],
    )
    column5(
        s,
        "政策文件",
        "/zwgk_263/xzf/zcwj/",
        s.fillers(rng, 30, "disclosure"),
        trail[:2],
        trs(s, "/zwgk_263/xzf/zcwj/"),
        style="cut",
    )
    sfj = "/zwgk_263/bm/sfj/"
    column5(
        s,
        "法治政府建设年度报告",
        f"{sfj}fzzfjsndbg/",
        [s.lookalike(rng, "shufa", 2023)],
        [("政府信息公开", "/zwgk_263/"), ("县司法局", sfj)],
        trs(s, f"{sfj}fzzfjsndbg/"),
        style="cut",
    )
    section(
        s, "县司法局", sfj, [("政府信息公开", "/zwgk_263/")], [("法治政府建设年度报告", f"{sfj}fzzfjsndbg/")]
    )
    filters = [("县政府", "/zwgk_263/xzf/"), ("县司法局", sfj), ("政府信息公开年报", "/zwgk_263/ndbg/")]
    column5(
        s,
        "政府信息公开年报",
        "/zwgk_263/ndbg/",
        [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)],
        [("政府信息公开", "/zwgk_263/")],
        trs(s, "/zwgk_263/ndbg/"),
        style="cut",
    )
    section(s, "政府信息公开", "/zwgk_263/", [], filters)
    news = news_columns(
        s, rng, [("石柱要闻", "/xwzx/szyw/", 80), ("区县动态", "/xwzx/qxdt/", 40)], trs, style="cut"
    )
    home5(s, news)


def yongchang(c: Ctx) -> None:
    """永昌县 (金昌市, Gansu), a GBK site: 政府信息公开 → 政策文件 → 按主题分类 → 法治政府 holds the
    county's report and 金昌市's report reposted, beside 金昌市's 示范市 实施方案; ``art/<year>/art_<hex>``
    paths; articles under a table 索引号 | 主题分类 | 发文字号 | 制发机构 | 成文日期 | 发布日期. Evidence:
    ``https://yongchang.gov.cn/zfxxgk/zc/wj/agwzlfl/jzf/art/2025/art_4ac8ce0009be4a7a991a7121d36457ca.html``
    (金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知 reposted, that table);
    sites.md "Provincial and city reports are often reposted on county sites", "old GBK sites"."""
    s = c.site(
        "yongchang",
        "yongchang.gov.cn",
        "永昌县",
        "甘肃省",
        "金昌市",
        "620321",
        scheme="https",
        encoding="gbk",
    )
    rng = rng_for(c.seed, s.key)
    root = "/zfxxgk/zc/wj/azt/"
    s.nav = [("首页", "/"), ("政府信息公开", "/zfxxgk/"), ("永昌要闻", "/xwzx/ycyw/")]
    table = """
    中共永昌县委 永昌县人民政府关于2023年度法治政府建设情况的报告
        2023 003 3,4 2024-03-22 永昌县人民政府
    金昌市人民政府关于2023年度法治政府建设情况的报告
        2023 004 4,6 2024-04-02 金昌市人民政府 higher=金昌市
    """
    r1, hi = reports(s, rng, c, table)
    plan = s.new_doc(
        "金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知",
        [
            "永昌县、金川区人民政府,市政府各部门:",
            "《金昌市创建全国法治政府建设示范市实施方案》已经市委、市政府同意,现印发给你们。",
        ],
        dt.datetime(2025, 6, 30, 10, 0),
        "金昌市人民政府",
        kind="lookalike",
        sub="plan",
    )
    trail = [("政府信息公开", "/zfxxgk/"), ("按主题分类", root)]
    cols = [
        ("法治政府", f"{root}fzzf/", [r1, hi, plan, *s.fillers(rng, 8, "disclosure")]),
        ("综合政务", f"{root}zhzw/", s.fillers(rng, 35, "disclosure")),
        (
            "工作报告",
            f"{root}gzbg/",
            [s.lookalike(rng, "gov_work_report", 2023), s.lookalike(rng, "xxgk_annual", 2023)],
        ),
    ]
    for name, folder, docs in cols:
        column5(s, name, folder, docs, trail, artpath(s, folder), skin="xxgk", topic=name)
    section(s, "按主题分类", root, trail[:1], [(n, f) for n, f, _ in cols])
    section(s, "政府信息公开", "/zfxxgk/", [], [("按主题分类", root)])
    news = news_columns(
        s, rng, [("永昌要闻", "/xwzx/ycyw/", 60), ("部门动态", "/xwzx/bmdt/", 40)], artpath, skin="xxgk"
    )
    home5(s, news)


def nanchang(c: Ctx) -> None:
    """南昌县 (南昌市, Jiangxi): 县人民政府 → 法治政府工作报告 (``/ncx/ncxrmzf/fzzfgzbg/``) shows only the
    current year; earlier years are sub-columns (2022年 … 2019年), each its own list; the list
    gives the date as text, the article none (only 文章来源). Evidence:
    ``https://saintpaulhem.com/ncx/ncxrmzf/fzzfgzbg/202109/1612ef839ecc434b99e45ed9b50b44ca.shtml`` (a
    mirror of 南昌县's 2019 report in the column fzzfgzbg, 32-hex ``.shtml``); sites.md "URL slugs such
    as … ``gzbg``", "Publication dates still spread from January to September"."""
    s = c.site("nanchang", "www.ncx.gov.cn", "南昌县", "江西省", "南昌市", "360121")
    rng = rng_for(c.seed, s.key)
    root = "/ncx/ncxrmzf/fzzfgzbg/"
    s.nav = [("首页", "/"), ("县人民政府", "/ncx/ncxrmzf/"), ("南昌县新闻", "/ncx/ncxxw/")]
    table = """
    南昌县2019年法治政府建设工作报告
        2019 000 4,5 2021-09-16 南昌县人民政府
    南昌县人民政府关于2021年度法治政府建设情况的报告
        2021 004 4,5 2022-03-25 南昌县司法局
    """
    r1, r2 = reports(s, rng, c, table)
    by_year = {
        2024: [s.lookalike(rng, "plan", 2024), report_notice(s, rng, 2023)],
        2022: [r2, s.lookalike(rng, "shufa", 2021)],
        2021: [r1, s.lookalike(rng, "duty_report", 2020)],
        2020: s.fillers(rng, 3, "disclosure", (2020, 2020)),
    }
    years = [(f"{y}年", f"{root}{y}n/") for y in sorted(by_year, reverse=True)[1:]]
    trail = [("县人民政府", "/ncx/ncxrmzf/"), ("法治政府工作报告", root)]
    for y, docs in by_year.items():
        folder = root if y == 2024 else f"{root}{y}n/"
        column5(
            s,
            "法治政府工作报告" if y == 2024 else f"{y}年",
            folder,
            docs,
            trail[:1] if y == 2024 else trail,
            hexpath(s, root),
            skin="bare",
            subs=years,
            ext="shtml",
        )
    section(
        s, "县人民政府", "/ncx/ncxrmzf/", [], [("法治政府工作报告", root), ("政府文件", "/ncx/ncxrmzf/zfwj/")]
    )
    column5(
        s,
        "政府文件",
        "/ncx/ncxrmzf/zfwj/",
        s.fillers(rng, 30, "disclosure"),
        [("县人民政府", "/ncx/ncxrmzf/")],
        hexpath(s, "/ncx/ncxrmzf/zfwj/"),
        skin="bare",
        ext="shtml",
    )
    news = news_columns(
        s,
        rng,
        [("南昌县新闻", "/ncx/ncxxw/", 70), ("乡镇动态", "/ncx/xzdt/", 40)],
        hexpath,
        skin="bare",
        ext="shtml",
    )
    home5(s, news)


def qingshui(c: Ctx) -> None:
    """清水县 (天水市, Gansu): the report is a 政府文件 (县政府文件, ``?page=N`` pager, 4 pages), titled
    ``清水县人民政府关于清水县2023年度法治政府建设工作总结的报告``, with its 政策解读 beside it; the
    neighbouring 张家川回族自治县's report reposted in 工作动态 (a news column of 8 pages). Evidence:
    a page of 清水县人民政府, 2024-01-08: "【政策解读】关于《清水县人民政府关于清水县2023年度法治政府建设工作
    总结的报告》的政策解读 … 县司法局起草了…" (pages corpus, via ``zm.sm-tc.cn``); ``?cur_page=`` style
    pagers of county 信息公开 lists; sites.md "政策解读 / 文字解读 of a report"."""
    s = c.site("qingshui", "www.qingshui.gov.cn", "清水县", "甘肃省", "天水市", "620521")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("工作动态", "/xwzx/gzdt/")]
    table = """
    清水县人民政府关于清水县2023年度法治政府建设工作总结的报告
        2023 002 3,5 2024-01-05 清水县人民政府
    张家川回族自治县2023年法治政府建设情况报告
        2023 000 5,6 2024-03-20 张家川回族自治县人民政府 region=张家川回族自治县
    """
    r1, nb = reports(s, rng, c, table)
    zfwj = [
        r1,
        interpretation_of(s, rng, r1),
        *after(rng, s.fillers(rng, 40, "disclosure", (2024, 2024)), r1),
        *s.fillers(rng, 12, "disclosure", (2021, 2023)),
    ]
    column5(
        s,
        "县政府文件",
        "/zwgk/zfwj/xzfwj/",
        zfwj,
        [("政务公开", "/zwgk/"), ("政府文件", "/zwgk/zfwj/")],
        trs(s, "/zwgk/zfwj/xzfwj/"),
        pager="query",
        per=12,
        skin="line",
    )
    column5(
        s,
        "政府办文件",
        "/zwgk/zfwj/zfbwj/",
        s.fillers(rng, 20, "disclosure"),
        [("政务公开", "/zwgk/"), ("政府文件", "/zwgk/zfwj/")],
        trs(s, "/zwgk/zfwj/zfbwj/"),
        pager="query",
        skin="line",
    )
    section(
        s,
        "政府文件",
        "/zwgk/zfwj/",
        [("政务公开", "/zwgk/")],
        [("县政府文件", "/zwgk/zfwj/xzfwj/"), ("政府办文件", "/zwgk/zfwj/zfbwj/")],
    )
    section(s, "政务公开", "/zwgk/", [], [("政府文件", "/zwgk/zfwj/"), ("政府信息公开年报", "/zwgk/ndbg/")])
    column5(
        s,
        "政府信息公开年报",
        "/zwgk/ndbg/",
        [s.lookalike(rng, "xxgk_annual", 2023)],
        [("政务公开", "/zwgk/")],
        trs(s, "/zwgk/ndbg/"),
        skin="line",
    )
    gzdt = [nb, *s.news(rng, 95, (2023, 2024))]
    column5(s, "工作动态", "/xwzx/gzdt/", gzdt, [], trs(s, "/xwzx/gzdt/"), pager="query", skin="line", per=12)
    news = news_columns(s, rng, [("清水要闻", "/xwzx/qsyw/", 50)], trs, pager="query", skin="line")
    home5(s, [*news, ("工作动态", "/xwzx/gzdt/", sorted(gzdt, key=lambda d: d.pub, reverse=True))])


def shennongjia(c: Ctx) -> None:
    """神农架林区 (Hubei): 林区 administration; the 2023 report filed under 通知公告 (TRS pager, among 60
    notices); the 2022 one titled without a place (``2022年法治政府建设年度报告``, publisher and site
    name the 林区), in 专题 法治神农架, a column the home page links only by an icon with ``title=``;
    two skins (``文章来源:… 更新时间:2024/03/29 10:21:33``; Hanweb ``时间:2023年03月28日``). Evidence:
    ``http://nesoso.cn/kuzhan/url5833.asp`` (神农架林区人民政府, www.snj.gov.cn, the only
    administration named 林区); ``http://www.tjjh.gov.cn/jhqzf/zwgk_28985/gzbg/202103/
    t20210329_5396867.html`` (``文章来源:司法局 更新时间:2021/03/29 11:30:01``); sites.md "通知公告",
    "关于2023年法治政府建设情况的报告 (no place name: the region comes from the site)", "special-topic
    pages often link with images"."""
    s = c.site("shennongjia", "www.snj.gov.cn", "神农架林区", "湖北省", "", "429021", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/xxgk/"), ("林区要闻", "/xwzx/lqyw/")]
    table = """
    神农架林区2023年度法治政府建设情况报告
        2023 001 1 2024-03-29 神农架林区司法局
    2022年法治政府建设年度报告
        2022 001 1,3 2023-03-28 神农架林区人民政府
    """
    r1, r2 = reports(s, rng, c, table)
    tzgg = [
        r1,
        *after(rng, s.fillers(rng, 24, "notice", (2024, 2024)), r1),
        *s.fillers(rng, 36, "notice", (2021, 2023)),
    ]
    column5(
        s, "通知公告", "/xxgk/tzgg/", tzgg, [("政务公开", "/xxgk/")], trs(s, "/xxgk/tzgg/"), skin="update"
    )
    zt = [
        r2,
        demo_news(s, rng, 2022),
        assessment(s, rng, 2022),
        s.lookalike(rng, "plan", 2023),
        *s.news(rng, 12),
    ]
    column5(
        s, "法治神农架", "/ztzl/fzsnj/", zt, [("专题专栏", "")], trs(s, "/ztzl/fzsnj/"), skin="hanweb", per=10
    )
    column5(
        s,
        "政府信息公开年报",
        "/xxgk/ndbg/",
        [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)],
        [("政务公开", "/xxgk/")],
        trs(s, "/xxgk/ndbg/"),
    )
    section(s, "政务公开", "/xxgk/", [], [("通知公告", "/xxgk/tzgg/"), ("政府信息公开年报", "/xxgk/ndbg/")])
    news = news_columns(
        s, rng, [("林区要闻", "/xwzx/lqyw/", 70), ("国家公园", "/xwzx/gjgy/", 40)], trs, skin="hanweb"
    )
    icons = (
        '<div class="zt-icons">'
        '<a href="/ztzl/fzsnj/" title="法治神农架"><img src="/images/icon/zt01.png"></a>'
        '<a href="/xwzx/gjgy/" title="国家公园"><img src="/images/icon/zt02.png"></a></div>'
    )
    home5(s, news, icons)


def qujing_eda(c: Ctx) -> None:
    """曲靖经济技术开发区 (曲靖市, Yunnan), a 开发区 administration with its own site: the report sits in
    公示公告 (``/html/<year>/gsgg_<MMDD>/<n>.html``) among 60 notices, titled without the place and
    split by a space (``经济技术开发区管理委员会关于 2022年法治政府建设情况报告``); its page gives
    ``发布时间:2023-02-15 14:29:59   索引号:    文号:    来源:`` with the fields left empty (the
    publisher is the 管委会 the site names). Evidence: ``http://www.qeda.gov.cn/html/2023/gsgg_0215/
    12193.html`` (that title and line); ``http://www.yueqing.gov.cn/art/2023/1/13/art_1229709982_69622.
    html`` (乐清经济开发区管委会: ``发布日期: 2023- 01- 13 16 : 26``); sites.md "开发区 administrations",
    "``XX经济开发区管委会2022年度…``", "titles split over two lines"."""
    authority = "曲靖经济技术开发区管理委员会"
    s = ZoneSite(
        c.web,
        c.seed,
        "qujing_eda",
        "www.qeda.gov.cn",
        "曲靖经济技术开发区",
        "云南省",
        "曲靖市",
        "530300",
        authority=authority,
    )
    c.sites.append(s)
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("公示公告", "/html/gsgg/"), ("开发区动态", "/html/kfqdt/")]
    table = """
    经济技术开发区管理委员会关于 2022年法治政府建设情况报告
        2022 004 1,3 2023-02-15 曲靖经济技术开发区管理委员会
    """
    (r1,) = reports(s, rng, c, table)
    gsgg = [r1, *after(rng, s.fillers(rng, 30, "notice", (2023, 2024)), r1), *s.fillers(rng, 30, "notice")]
    gsgg += [s.lookalike(rng, "xxgk_annual", 2022), report_notice(s, rng, 2022)]
    column5(s, "公示公告", "/html/gsgg/", gsgg, [], gsggpath(s), skin="empty", per=20)
    news = news_columns(s, rng, [("开发区动态", "/html/kfqdt/", 50)], trs)
    home5(s, news)


def zhungeer(c: Ctx) -> None:
    """准格尔旗 (鄂尔多斯市, Inner Mongolia), 旗 administration, an old GBK site whose header names no
    charset: 政务公开 → 工作总结 (``/zwgk/gzzj/``) with titles cut by "…" and no ``title=`` (the full
    title only on the article), dates as text; articles in a folder per article
    (``/zwgk/gzzj/<YYYYMMDDHHMMSS><5 digits>/index.html``, 发布日期 line); the 旗司法局's report in 部门动态
    (a department). Evidence: ``http://www.dwq.gov.cn/dwq/zwgk/zfgzbg/2022060619155630978/index.html``
    (东乌珠穆沁旗: 首页 > 政务公开 > 政府工作报告, a folder per article, 发布日期:2022-02-11 19:15);
    sites.md "规划计划 → 工作总结", "旗", "old GBK sites"."""
    s = c.site(
        "zhungeer", "www.zge.gov.cn", "准格尔旗", "内蒙古自治区", "鄂尔多斯市", "150622", encoding="gbk"
    )
    s.header_charset = False
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("准格尔新闻", "/xwzx/zgexw/")]
    table = """
    2023年准格尔旗法治政府建设情况
        2023 001 3,4 2024-03-18 准格尔旗人民政府办公室
    """
    (r1,) = reports(s, rng, c, table)
    dep = department(s, rng, c, "准格尔旗司法局2023年度法治政府建设工作报告", 2023, "准格尔旗司法局", "002")
    gzzj = [
        r1,
        s.lookalike(rng, "plan", 2024),
        s.lookalike(rng, "duty_report", 2023),
        *s.fillers(rng, 20, "disclosure"),
    ]
    column5(
        s,
        "工作总结",
        "/zwgk/gzzj/",
        gzzj,
        [("政务公开", "/zwgk/")],
        stampdir(s, "/zwgk/gzzj/"),
        style="cutbare",
        pager="plain",
        skin="line",
    )
    cols = [
        ("政府工作报告", "/zwgk/zfgzbg/", [s.lookalike(rng, "gov_work_report", y) for y in (2022, 2023)]),
        ("政府信息公开年报", "/zwgk/ndbg/", [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)]),
    ]
    for name, folder, docs in cols:
        column5(
            s, name, folder, docs, [("政务公开", "/zwgk/")], stampdir(s, folder), style="cutbare", skin="line"
        )
    section(s, "政务公开", "/zwgk/", [], [("工作总结", "/zwgk/gzzj/"), *[(n, f) for n, f, _ in cols]])
    bmdt = [dep, *s.news(rng, 40)]
    column5(
        s,
        "部门动态",
        "/xwzx/bmdt/",
        bmdt,
        [],
        stampdir(s, "/xwzx/bmdt/"),
        style="cutbare",
        pager="plain",
        skin="line",
    )
    news = news_columns(
        s, rng, [("准格尔新闻", "/xwzx/zgexw/", 70)], stampdir, style="cutbare", pager="plain", skin="line"
    )
    home5(s, [*news, ("部门动态", "/xwzx/bmdt/", sorted(bmdt, key=lambda d: d.pub, reverse=True))])


ALL = (
    zhenba,
    shache,
    tianqiao,
    wuding,
    jingyuan,
    xishui,
    shizhu,
    yongchang,
    nanchang,
    qingshui,
    shennongjia,
    qujing_eda,
    zhungeer,
)
