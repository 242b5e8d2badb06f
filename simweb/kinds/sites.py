"""The sites of the ``kinds`` profile, one function each, with the real evidence it is modelled on.

Evidence ids are files of the search tool's code corpus (``repo/path`` where the tool named it);
``sites.md`` is /work/shared/docs/sites.md. Hosts and division codes are the real ones from
/work/shared/data/gov_sites.csv.
"""

from __future__ import annotations

import datetime as dt

from ..families import esc
from ..web import SimWeb
from . import apis
from .columns import (
    articles,
    column,
    overview,
    place_docs,
    print_links,
    print_share_trap,
    related_chain_trap,
    search_trap,
    week_calendar_trap,
)
from .core import Doc, KSite, li_list, num_id, plain_pager, rng_for, trs_pager


class Ctx:
    """Shared state of one build: the web, the seed and which seed windows are used."""

    def __init__(self, web: SimWeb, seed: int):
        self.web, self.seed = web, seed
        self.used: dict[str, int] = {}
        self.sites: list[KSite] = []

    def stem(self, stem: str) -> tuple[str, int]:
        n = self.used.get(stem, 0)
        self.used[stem] = n + 1
        return stem, n

    def site(self, *args, **kw) -> KSite:
        site = KSite(self.web, self.seed, *args, **kw)
        self.sites.append(site)
        return site


def home_blocks(site: KSite, blocks: list[tuple[str, str, list[Doc]]]) -> None:
    parts = [
        f'<div class="box"><div class="box-hd"><span>{esc(n)}</span><a href="{p}" title="{esc(n)}">'
        f"更多</a></div>{li_list(d[:7])}</div>"
        for n, p, d in blocks
    ]
    site.home("\n".join(parts))


def dated(rng, year: int, month: int | None = None) -> dt.datetime:
    return dt.datetime(
        year, month or rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 17), rng.randint(0, 59)
    )


# ============================================================================ kind 1
def jiaocheng(c: Ctx) -> None:
    """交城县 (TRS): 规划计划 → 工作总结 / 年度计划工作总结 / 法治规划; column links carry a title
    repeating their text (the TRS default); print/share views with a rotating ``t`` (trap).
    Evidence: sites.md "Columns whose names say nothing of 法治"; TRS list pages and
    ``createPageHTML`` pagers in hrl13260130208/workspace_python python/work_file/test_spider.py
    (ccgp-jiangsu ``fanye`` script, ``index_N.html``)."""
    s = c.site("jiaocheng", "www.jiaocheng.gov.cn", "交城县", "山西省", "吕梁市", "141122")
    rng = rng_for(c.seed, s.key)
    s.nav = [
        ("首页", "/"),
        ("政务公开", "/zwgk/"),
        ("规划计划", "/zwgk/ghjh/"),
        ("新闻中心", "/xwzx/jcyw/"),
        ("通知公告", "/tzgg/"),
    ]
    print_share_trap(s)
    r1 = s.report(rng, "交城县人民政府关于2023年法治政府建设情况的报告", 2023, *c.stem("000"), (1,))
    r2 = s.report(rng, "交城县2022年度法治政府建设工作报告", 2022, *c.stem("003"), (1,), form="html+pdf")
    gz = [r1, *s.fillers(rng, 17, "disclosure")]
    nd = [r2, *s.fillers(rng, 6, "disclosure")]
    fz = [s.lookalike(rng, "plan", 2021), s.lookalike(rng, "plan", 2023)]
    subs = [
        ("工作总结", "/zwgk/ghjh/gzzj/"),
        ("年度计划工作总结", "/zwgk/ghjh/ndjhgzzj/"),
        ("法治规划", "/zwgk/ghjh/fzgh/"),
        ("发展规划", "/zwgk/ghjh/fzgh1/"),
    ]
    trail = [("政务公开", "/zwgk/"), ("规划计划", "/zwgk/ghjh/")]
    kw = {"box": 'div class="TRS_Editor" id="zoom"'}
    gz = column(s, "工作总结", "/zwgk/ghjh/gzzj/", gz, trail, subs=subs, article_kw=kw)
    nd = column(s, "年度计划工作总结", "/zwgk/ghjh/ndjhgzzj/", nd, trail, subs=subs, article_kw=kw)
    fz = column(s, "法治规划", "/zwgk/ghjh/fzgh/", fz, trail, subs=subs, article_kw=kw)
    fg = column(s, "发展规划", "/zwgk/ghjh/fzgh1/", s.fillers(rng, 4, "disclosure"), trail, subs=subs)
    for d in [*gz, *nd, *fz]:  # print/share links on the articles
        s.put(d.path, s.article(d, [*trail, (d.column, "")], after=print_links(s, d), **kw), modified=d.pub)
    overview(
        s,
        "规划计划",
        "/zwgk/ghjh/",
        [("政务公开", "/zwgk/")],
        [
            ("工作总结", "/zwgk/ghjh/gzzj/", gz),
            ("年度计划工作总结", "/zwgk/ghjh/ndjhgzzj/", nd),
            ("法治规划", "/zwgk/ghjh/fzgh/", fz),
            ("发展规划", "/zwgk/ghjh/fzgh1/", fg),
        ],
    )
    xxgk = column(
        s,
        "政府信息公开年报",
        "/zwgk/xxgknb/",
        [s.lookalike(rng, "xxgk_annual", y) for y in (2021, 2022, 2023)],
        [("政务公开", "/zwgk/")],
    )
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("规划计划", "/zwgk/ghjh/", gz + nd), ("政府信息公开年报", "/zwgk/xxgknb/", xxgk)],
    )
    news = column(s, "交城要闻", "/xwzx/jcyw/", s.news(rng, 70), [("新闻中心", "/xwzx/jcyw/")])
    tz = column(s, "通知公告", "/tzgg/", s.fillers(rng, 12), [])
    home_blocks(
        s, [("交城要闻", "/xwzx/jcyw/", news), ("通知公告", "/tzgg/", tz), ("规划计划", "/zwgk/ghjh/", gz)]
    )


def qinyuan(c: Ctx) -> None:
    """沁源县 (GBK, charset in the header): 通知公告 in dated sub-folders
    (``/tzgg/2024032810153012345/``), 政策文件 → 政府文件 / 部门文件 / 其他文件; a 范文 without a
    place name reposted in 通知公告 (kind 9). Evidence: sites.md (``tzgg/2025031717141271979/``,
    政策文件 → 其他文件 / 政府文件 / 部门文件); GBK pages in sites.md "old ASP/PHP sites"."""
    s = c.site("qinyuan", "www.qinyuan.gov.cn", "沁源县", "山西省", "长治市", "140431", encoding="gbk")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("通知公告", "/tzgg/"), ("政策文件", "/zcwj/"), ("新闻动态", "/xwdt/")]
    r1 = s.report(rng, "沁源县2023年法治政府建设情况报告", 2023, *c.stem("001"), (1,))
    tpl = s.template(rng, "关于2022年度县法治政府建设工作情况的报告", 2022, "网络转载")
    notices = [*s.fillers(rng, 34, "notice", (2023, 2024)), r1, tpl]

    def folder(d: Doc) -> str:
        return f"/tzgg/{d.pub:%Y%m%d%H%M}{num_id(s.host, d.uid, digits=5)}/"

    column(s, "通知公告", "/tzgg/", notices, [], pager="plain", path=folder)
    r2 = s.report(rng, "沁源县2021年度法治政府建设情况报告", 2021, *c.stem("002"), (1,), form="pdf")
    r3 = s.report(
        rng,
        "沁源县司法局2022年法治政府建设年度报告",
        2022,
        *c.stem("004"),
        (1,),
        issuer="department",
        source="沁源县司法局",
    )
    subs = [("政府文件", "/zcwj/zfwj/"), ("部门文件", "/zcwj/bmwj/"), ("其他文件", "/zcwj/qtwj/")]
    trail = [("政策文件", "/zcwj/")]
    zf = column(
        s,
        "政府文件",
        "/zcwj/zfwj/",
        [
            *s.fillers(rng, 9, "disclosure"),
            s.lookalike(rng, "gov_work_report", 2023),
            s.lookalike(rng, "notice", 2022),
        ],
        trail,
        subs=subs,
    )
    bm = column(s, "部门文件", "/zcwj/bmwj/", [*s.fillers(rng, 8, "disclosure"), r3], trail, subs=subs)
    qt = column(s, "其他文件", "/zcwj/qtwj/", [*s.fillers(rng, 11, "disclosure"), r2], trail, subs=subs)
    overview(
        s,
        "政策文件",
        "/zcwj/",
        [],
        [("政府文件", "/zcwj/zfwj/", zf), ("部门文件", "/zcwj/bmwj/", bm), ("其他文件", "/zcwj/qtwj/", qt)],
    )
    news = column(s, "新闻动态", "/xwdt/", s.news(rng, 40), [])
    home_blocks(
        s,
        [
            ("新闻动态", "/xwdt/", news),
            ("通知公告", "/tzgg/", sorted(notices, key=lambda d: d.pub, reverse=True)),
            ("政策文件", "/zcwj/", zf),
        ],
    )


# ============================================================================ kind 2
def kailu(c: Ctx) -> None:
    """开鲁县: a deep 政务公开 tree (法定主动公开内容 → 法治政府建设 → 年度报告; 部门信息公开 → 18
    departments → 县司法局 → 法定主动公开内容 → 其他法定公开信息; 乡镇信息公开 → 12 towns) beside
    390 news in TRS-paged lists; 相关文章 chain with ever-new ids (trap). Evidence: sites.md
    ("部门信息公开 → 县司法局 → … → 法治政府建设年度报告"); jw.cq.gov.cn ``/zwgk_209/fzzfjsndbg/``
    and ``/zwgk/zfxxgkml/zdjcygk/`` in a public spider (code corpus id 52032256717)."""
    s = c.site("kailu", "www.kailu.gov.cn", "开鲁县", "内蒙古自治区", "通辽市", "150523")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("新闻中心", "/xwzx/"), ("政务服务", "/zwfw/")]
    box = related_chain_trap(s, "/xgwz/", "path")
    kw = lambda d: {"after": box(d.uid)}  # noqa: E731
    r1 = s.report(rng, "开鲁县人民政府关于2023年度法治政府建设工作情况的报告", 2023, *c.stem("001"), (2,))
    r2 = s.report(rng, "开鲁县2022年法治政府建设年度报告", 2022, *c.stem("003"), (2,), source="开鲁县司法局")
    t0 = [("政务公开", "/zwgk/"), ("法定主动公开内容", "/zwgk/fdzdgknr/")]
    nd = column(
        s,
        "年度报告",
        "/zwgk/fdzdgknr/fzzfjs/ndbg/",
        [r1, s.lookalike(rng, "duty_report", 2023)],
        [*t0, ("法治政府建设", "/zwgk/fdzdgknr/fzzfjs/")],
    )
    gzdt = column(
        s,
        "工作动态",
        "/zwgk/fdzdgknr/fzzfjs/gzdt/",
        s.news(rng, 8),
        [*t0, ("法治政府建设", "/zwgk/fdzdgknr/fzzfjs/")],
    )
    overview(
        s,
        "法治政府建设",
        "/zwgk/fdzdgknr/fzzfjs/",
        t0,
        [],
        [("年度报告", "/zwgk/fdzdgknr/fzzfjs/ndbg/"), ("工作动态", "/zwgk/fdzdgknr/fzzfjs/gzdt/")],
    )
    fd_links = [("法治政府建设", "/zwgk/fdzdgknr/fzzfjs/")]
    for name, slug in (
        ("机构职能", "jgzn"),
        ("规范性文件", "gfxwj"),
        ("规划计划", "ghjh"),
        ("财政信息", "czxx"),
        ("人事信息", "rsxx"),
        ("其他法定公开信息", "qtfdgkxx"),
    ):
        docs = s.fillers(rng, rng.randint(3, 9), "disclosure")
        if slug == "qtfdgkxx":
            docs.append(s.lookalike(rng, "xxgk_annual", 2023))
        column(s, name, f"/zwgk/fdzdgknr/{slug}/", docs, t0)
        fd_links.append((name, f"/zwgk/fdzdgknr/{slug}/"))
    overview(s, "法定主动公开内容", "/zwgk/fdzdgknr/", [("政务公开", "/zwgk/")], [], fd_links)
    depts = [
        "县发展和改革委员会",
        "县教育局",
        "县科学技术局",
        "县工业和信息化局",
        "县公安局",
        "县民政局",
        "县司法局",
        "县财政局",
        "县人力资源和社会保障局",
        "县自然资源局",
        "县生态环境局",
        "县住房和城乡建设局",
        "县交通运输局",
        "县水利局",
        "县农牧局",
        "县商务局",
        "县文化旅游体育局",
        "县卫生健康委员会",
    ]
    dept_links = []
    for i, dept in enumerate(depts):
        slug = f"/zwgk/bmxxgk/bm{i + 1:02d}/"
        dept_links.append((dept, slug))
        t1 = [("政务公开", "/zwgk/"), ("部门信息公开", "/zwgk/bmxxgk/"), (dept, slug)]
        links = []
        for name, sub in (("机构职能", "jgzn"), ("法定主动公开内容", "fdzdgknr"), ("工作动态", "gzdt")):
            if dept == "县司法局" and sub == "fdzdgknr":
                t2 = [*t1, ("法定主动公开内容", f"{slug}fdzdgknr/")]
                qt = column(
                    s,
                    "其他法定公开信息",
                    f"{slug}fdzdgknr/qtfdgkxx/",
                    [*s.fillers(rng, 14, "disclosure", (2022, 2024)), r2],
                    t2,
                )
                column(s, "行政执法公示", f"{slug}fdzdgknr/xzzfgs/", s.fillers(rng, 5, "disclosure"), t2)
                overview(
                    s,
                    "法定主动公开内容",
                    f"{slug}fdzdgknr/",
                    t1,
                    [("其他法定公开信息", f"{slug}fdzdgknr/qtfdgkxx/", qt)],
                    [
                        ("其他法定公开信息", f"{slug}fdzdgknr/qtfdgkxx/"),
                        ("行政执法公示", f"{slug}fdzdgknr/xzzfgs/"),
                    ],
                )
            else:
                column(s, name, f"{slug}{sub}/", s.fillers(rng, rng.randint(1, 4), "disclosure"), t1)
            links.append((name, f"{slug}{sub}/"))
        overview(s, dept, slug, t1[:2], [], links)
    overview(s, "部门信息公开", "/zwgk/bmxxgk/", [("政务公开", "/zwgk/")], [], dept_links)
    towns = [
        "开鲁镇",
        "大榆树镇",
        "黑龙坝镇",
        "麦新镇",
        "义和塔拉镇",
        "建华镇",
        "小街基镇",
        "东风镇",
        "吉日嘎郎吐镇",
        "东来镇",
        "北清河乡",
        "蔡家铺子",
    ]
    town_links = []
    for i, town in enumerate(towns):
        slug = f"/zwgk/xzxxgk/xz{i + 1:02d}/"
        town_links.append((town, slug))
        t1 = [("政务公开", "/zwgk/"), ("乡镇信息公开", "/zwgk/xzxxgk/"), (town, slug)]
        links = []
        for name, sub in (("工作动态", "gzdt"), ("法定主动公开内容", "fdzdgknr"), ("财政预决算", "czyjs")):
            column(s, name, f"{slug}{sub}/", s.fillers(rng, rng.randint(1, 3), "notice"), t1)
            links.append((name, f"{slug}{sub}/"))
        overview(s, town, slug, t1[:2], [], links)
    overview(s, "乡镇信息公开", "/zwgk/xzxxgk/", [("政务公开", "/zwgk/")], [], town_links)
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("法治政府建设", "/zwgk/fdzdgknr/fzzfjs/", nd + gzdt)],
        [
            ("政府信息公开指南", "/zwgk/xxgkzn/"),
            ("法定主动公开内容", "/zwgk/fdzdgknr/"),
            ("部门信息公开", "/zwgk/bmxxgk/"),
            ("乡镇信息公开", "/zwgk/xzxxgk/"),
        ],
    )
    column(s, "政府信息公开指南", "/zwgk/xxgkzn/", s.fillers(rng, 1, "disclosure"), [("政务公开", "/zwgk/")])
    yw = place_docs(s, "/xwzx/kldt/", s.news(rng, 300))
    bd = place_docs(s, "/xwzx/bmdt/", s.news(rng, 90))
    for name, folder, docs in (("开鲁动态", "/xwzx/kldt/", yw), ("部门动态", "/xwzx/bmdt/", bd)):
        column(s, name, folder, docs, [("新闻中心", "/xwzx/")], per=20)
        for d in docs:
            s.put(d.path, s.article(d, [("新闻中心", "/xwzx/"), (name, folder)], **kw(d)), modified=d.pub)
    for d in (r1, r2):
        trail = [("政务公开", "/zwgk/"), (d.column, "")]
        s.put(d.path, s.article(d, trail, **kw(d)), modified=d.pub)
    overview(s, "新闻中心", "/xwzx/", [], [("开鲁动态", "/xwzx/kldt/", yw), ("部门动态", "/xwzx/bmdt/", bd)])
    overview(s, "政务服务", "/zwfw/", [], [], [("办事指南", "/zwfw/bszn/")])
    column(s, "办事指南", "/zwfw/bszn/", s.fillers(rng, 6, "notice"), [("政务服务", "/zwfw/")])
    home_blocks(s, [("开鲁动态", "/xwzx/kldt/", yw), ("部门动态", "/xwzx/bmdt/", bd)])


def yuexi(c: Ctx) -> None:
    """岳西县 (GBK, charset only in the page's meta): 信息公开 → 重点领域信息公开 → 法治政府建设 →
    年度报告 → year folders (``/xxgk/zdly/fzzfjs/ndbg/2023/``), a left tree menu, 10 towns, 280
    news in plain-paged lists. Evidence: sites.md (重点领域信息公开 → 法治政府建设; ``zdlyxxgk``);
    rst.guizhou.gov.cn ``/zwgk/jdhy/zcwj/index_{page}.html`` lists in a public spider (code corpus
    id 60058614053)."""
    s = c.site("yuexi", "www.yuexi.gov.cn", "岳西县", "安徽省", "安庆市", "340828", encoding="gbk")
    s.header_charset = False
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("信息公开", "/xxgk/"), ("新闻中心", "/xwzx/"), ("互动交流", "/hdjl/")]
    r1 = s.report(rng, "岳西县人民政府关于2023年法治政府建设情况的报告", 2023, *c.stem("004"), (2,))
    r2 = s.report(
        rng, "岳西县人民政府关于2022年法治政府建设情况的报告", 2022, *c.stem("000"), (2,), form="docx"
    )
    t0 = [
        ("信息公开", "/xxgk/"),
        ("重点领域信息公开", "/xxgk/zdly/"),
        ("法治政府建设", "/xxgk/zdly/fzzfjs/"),
        ("年度报告", "/xxgk/zdly/fzzfjs/ndbg/"),
    ]
    years = []
    by_year = {
        2023: [r1],
        2022: [r2],
        2021: [s.lookalike(rng, "interpretation", 2021)],
        2020: [s.lookalike(rng, "shufa", 2020)],
    }
    for year in (2023, 2022, 2021, 2020):
        docs = by_year[year]
        docs += s.fillers(rng, rng.randint(1, 3), "disclosure", (year, year))
        column(s, f"{year}年", f"/xxgk/zdly/fzzfjs/ndbg/{year}/", docs, t0, pager="plain")
        years.append((f"{year}年", f"/xxgk/zdly/fzzfjs/ndbg/{year}/"))
    overview(s, "年度报告", "/xxgk/zdly/fzzfjs/ndbg/", t0[:3], [], years)
    overview(
        s,
        "法治政府建设",
        "/xxgk/zdly/fzzfjs/",
        t0[:2],
        [],
        [("年度报告", "/xxgk/zdly/fzzfjs/ndbg/"), ("法治宣传", "/xxgk/zdly/fzzfjs/fzxc/")],
    )
    column(s, "法治宣传", "/xxgk/zdly/fzzfjs/fzxc/", s.news(rng, 12), t0[:3], pager="plain")
    areas = [
        ("财政预决算", "czyjs"),
        ("重大建设项目", "zdjsxm"),
        ("公共资源配置", "ggzypz"),
        ("安全生产", "aqsc"),
        ("生态环境", "sthj"),
        ("教育", "jy"),
        ("医疗卫生", "ylws"),
    ]
    zd_links = [("法治政府建设", "/xxgk/zdly/fzzfjs/")]
    for name, slug in areas:
        column(
            s,
            name,
            f"/xxgk/zdly/{slug}/",
            s.fillers(rng, rng.randint(4, 12), "disclosure"),
            t0[:2],
            pager="plain",
        )
        zd_links.append((name, f"/xxgk/zdly/{slug}/"))
    overview(s, "重点领域信息公开", "/xxgk/zdly/", t0[:1], [], zd_links)
    towns = [
        "天堂镇",
        "店前镇",
        "来榜镇",
        "菖蒲镇",
        "头陀镇",
        "白帽镇",
        "温泉镇",
        "响肠镇",
        "河图镇",
        "五河镇",
    ]
    tl = []
    for i, town in enumerate(towns):
        slug = f"/xxgk/xzgk/{i + 1:02d}/"
        column(
            s,
            town,
            slug,
            s.fillers(rng, rng.randint(2, 6), "notice"),
            [("信息公开", "/xxgk/"), ("乡镇公开", "/xxgk/xzgk/")],
            pager="plain",
        )
        tl.append((town, slug))
    overview(s, "乡镇公开", "/xxgk/xzgk/", [("信息公开", "/xxgk/")], [], tl)
    gzbg = column(
        s,
        "政府工作报告",
        "/xxgk/gzbg/",
        [s.lookalike(rng, "gov_work_report", y) for y in (2022, 2023)],
        [("信息公开", "/xxgk/")],
        pager="plain",
    )
    tree = (
        '<ul class="tree"><li><a href="/xxgk/zdly/" title="重点领域信息公开">重点领域信息公开</a><ul>'
        + "".join(f'<li><a href="{p}" title="{n}">{n}</a></li>' for n, p in zd_links)
        + '</ul></li><li><a href="/xxgk/xzgk/" title="乡镇公开">乡镇公开</a></li>'
        '<li><a href="/xxgk/gzbg/" title="政府工作报告">政府工作报告</a></li></ul>'
    )
    s.put("/xxgk/", s.page("信息公开_" + s.site_name, s.crumbs([("信息公开", "")]) + tree + li_list(gzbg)))
    s.put("/xxgk/index.html", s.page("信息公开_" + s.site_name, s.crumbs([("信息公开", "")]) + tree))
    news = column(
        s, "岳西要闻", "/xwzx/yxyw/", s.news(rng, 280), [("新闻中心", "/xwzx/")], pager="plain", per=20
    )
    overview(s, "新闻中心", "/xwzx/", [], [("岳西要闻", "/xwzx/yxyw/", news)])
    overview(s, "互动交流", "/hdjl/", [], [], [("县长信箱", "/hdjl/xzxx/")])
    column(s, "县长信箱", "/hdjl/xzxx/", s.fillers(rng, 3, "notice"), [("互动交流", "/hdjl/")])
    home_blocks(s, [("岳西要闻", "/xwzx/yxyw/", news)])


# ============================================================================ kind 3
def wencheng(c: Ctx) -> None:
    """文成县 (Hanweb JPaaS): column pages hold only ``<script src="/module/AuthorizedRead/unitbuild.js"
    url="/api-gateway/jpaas-publish-server/front/page/build/unit" queryData="{…}">``; the list comes
    from GET build/unit with ``paramJson={"pageNo":N,"pageSize":15}`` as {"data":{"html"}}.
    Evidence: code corpus ids 67355739809 (unitbuild.js tag with webId/url/queryData, miit),
    69098091952 (hhtz.gov.cn pageUriTemplate with paramJson pageNo/pageSize), 5682458992
    (samr ``response.json()["data"]["html"]``), 58622793806 (wenzhou ``/col/col…/index.html``)."""
    s = c.site("wencheng", "www.wencheng.gov.cn", "文成县", "浙江省", "温州市", "330328")
    rng = rng_for(c.seed, s.key)
    web_id, tpl = "330328", "kQmP3xWcYtR8vBn2sJd6f"
    cols = {"1229412873": "法治政府建设", "1229412870": "文成要闻", "1229412876": "政府信息公开年报"}
    s.nav = [
        ("首页", "/"),
        ("政务公开", "/col/col1229412860/index.html"),
        ("文成要闻", "/col/col1229412870/index.html"),
    ]
    r1 = s.report(rng, "文成县人民政府关于2023年度法治政府建设情况的报告", 2023, *c.stem("002"), (3,))
    r2 = s.report(rng, "文成县2021年法治政府建设年度报告", 2021, *c.stem("003"), (3,), form="docx")
    lists = {
        "1229412873": [r1, r2, s.lookalike(rng, "plan", 2022), *s.fillers(rng, 19, "disclosure")],
        "1229412870": s.news(rng, 45),
        "1229412876": [s.lookalike(rng, "xxgk_annual", y) for y in (2021, 2022, 2023)],
    }
    for pid, docs in lists.items():
        docs[:] = place_docs(
            s,
            "",
            docs,
            lambda d, p=pid: (
                f"/art/{d.pub.year}/{d.pub.month}/{d.pub.day}/art_{p}_{num_id(s.host, d.uid)}.html"
            ),
        )
        trail = [("政务公开", "/col/col1229412860/index.html"), (cols[pid], f"/col/col{pid}/index.html")]
        articles(s, docs, trail, box='div class="bt-article" id="zoom"')
        main = (
            s.crumbs(trail)
            + f'<div class="column"><h2>{cols[pid]}</h2>'
            + apis.jpaas_script_tag(web_id, tpl, pid, "当前栏目_list")
            + "</div>"
        )
        s.put(f"/col/col{pid}/index.html", s.page(f"{cols[pid]}_{s.site_name}", main))
    apis.jpaas_handler(s, lists)
    s.put(
        "/col/col1229412860/index.html",
        s.page(
            "政务公开_" + s.site_name,
            s.crumbs([("政务公开", "")])
            + "".join(f'<a href="/col/col{p}/index.html" title="{n}">{n}</a> ' for p, n in cols.items()),
        ),
    )
    s.home(apis.jpaas_script_tag(web_id, tpl, "1229412870", "首页要闻"))


def xiangshan(c: Ctx) -> None:
    """象山县 (Hanweb JPaaS, inline POST): the column page loads its list by ``$.post`` to build/unit
    with a form body (``paramJson`` inside); a Hanweb-style site search echoing its query (trap).
    Evidence: code corpus ids 68483446061 (POST to build/unit tried with a JSON body),
    71595435488 (GET, pageId per column), sites.md (POST with a JSON or form body also occurs;
    ``/jsearchfront/search.do?websiteid=…&q=``)."""
    s = c.site("xiangshan", "www.xiangshan.gov.cn", "象山县", "浙江省", "宁波市", "330225")
    rng = rng_for(c.seed, s.key)
    web_id, tpl = "d6f1b0c2a4e94f1e9b6a7c3d2e1f0a9b", "8c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a"
    cols = {"1229109841": "法治政府建设年度报告", "1229109832": "象山新闻"}
    s.nav = [
        ("首页", "/"),
        ("政府信息公开", "/col/col1229109800/index.html"),
        ("象山新闻", "/col/col1229109832/index.html"),
        ("站内搜索", "/jrobot/search.do"),
    ]
    r1 = s.report(rng, "象山县人民政府关于2023年法治政府建设情况的报告", 2023, *c.stem("000"), (3,))
    r2 = s.report(
        rng, "象山县人民政府关于2022年法治政府建设情况的报告", 2022, *c.stem("004"), (3,), form="html+pdf"
    )
    lists = {
        "1229109841": [
            r1,
            r2,
            s.lookalike(rng, "interpretation", 2022),
            s.lookalike(rng, "text_interp", 2023),
            *s.fillers(rng, 14, "disclosure"),
        ],
        "1229109832": s.news(rng, 50),
    }
    for pid, docs in lists.items():
        docs[:] = place_docs(
            s,
            "",
            docs,
            lambda d, p=pid: (
                f"/art/{d.pub.year}/{d.pub.month}/{d.pub.day}/art_{p}_{num_id(s.host, d.uid)}.html"
            ),
        )
        trail = [("政府信息公开", "/col/col1229109800/index.html"), (cols[pid], f"/col/col{pid}/index.html")]
        articles(s, docs, trail, box='div class="article-conter" id="zoom"')
        main = (
            s.crumbs(trail)
            + f'<div class="column"><h2>{cols[pid]}</h2>'
            + apis.jpaas_inline_post(web_id, tpl, pid, "信息列表")
            + "</div>"
        )
        s.put(f"/col/col{pid}/index.html", s.page(f"{cols[pid]}_{s.site_name}", main))
    apis.jpaas_handler(s, lists)
    search_trap(s, "/jrobot/search.do", [d for d in s.docs if d.kind != "news"])
    s.put(
        "/col/col1229109800/index.html",
        s.page(
            "政府信息公开_" + s.site_name,
            s.crumbs([("政府信息公开", "")])
            + '<a href="/col/col1229109841/index.html" title="法治政府建设年度报告">'
            "法治政府建设年度报告</a>",
        ),
    )
    s.home(
        f'<form action="/jrobot/search.do"><input type="hidden" name="webid" value="{s.adcode}">'
        '<input name="q" value="法治政府"><button>搜索</button></form>'
        f'<a href="/jrobot/search.do?webid={s.adcode}&q=法治政府建设&p=1">热搜:法治政府建设</a>'
        + li_list(lists["1229109832"][:8])
    )


def qingzhen(c: Ctx) -> None:
    """清镇市 (TRS IRS): the column page posts a JSON body to ``/irs/front/list``; records carry the
    title in an ``f_…`` field, ``doc_pub_url`` and ``save_time``. Evidence: code corpus ids
    60058614053 (rst.guizhou.gov.cn ``/irs/front/list`` POST JSON, ``data.list``, ``doc_pub_url``,
    ``pager.total``), 70148798284 (guizhou.chinatax.gov.cn tenantId/tableName/searchFields)."""
    s = c.site("qingzhen", "www.gzqz.gov.cn", "清镇市", "贵州省", "贵阳市", "520181", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [
        ("首页", "/"),
        ("政务公开", "/zwgk/"),
        ("法治政府建设", "/zwgk/zdlygk/fzzfjs/"),
        ("清镇要闻", "/xwzx/qzyw/"),
    ]
    r1 = s.report(rng, "清镇市2023年法治政府建设工作情况报告", 2023, *c.stem("001"), (3,))
    r2 = s.report(rng, "清镇市2022年法治政府建设工作情况报告", 2022, *c.stem("002"), (3,), form="pdf")
    field, table, tenant = "f_202163974476", "t_18a3c1f07e2", "82"
    docs = place_docs(
        s,
        "/zwgk/zdlygk/fzzfjs/",
        [r1, r2, s.lookalike(rng, "meeting", 2023), *s.fillers(rng, 24, "disclosure")],
    )
    trail = [("政务公开", "/zwgk/"), ("法治政府建设", "/zwgk/zdlygk/fzzfjs/")]
    articles(s, docs, trail)
    s.put(
        "/zwgk/zdlygk/fzzfjs/",
        s.page(
            "法治政府建设_" + s.site_name, s.crumbs(trail) + apis.irs_script(tenant, table, "5871234", field)
        ),
    )
    s.put(
        "/zwgk/zdlygk/fzzfjs/index.html",
        s.page(
            "法治政府建设_" + s.site_name, s.crumbs(trail) + apis.irs_script(tenant, table, "5871234", field)
        ),
    )
    news = place_docs(s, "/xwzx/qzyw/", s.news(rng, 35))
    articles(s, news, [("清镇要闻", "/xwzx/qzyw/")])
    s.put("/xwzx/qzyw/", s.page("清镇要闻_" + s.site_name, apis.irs_script(tenant, table, "5871200", field)))
    apis.irs_handler(s, {f"{table}:5871234": docs, f"{table}:5871200": news}, field)
    overview(s, "政务公开", "/zwgk/", [], [], [("法治政府建设", "/zwgk/zdlygk/fzzfjs/")])
    s.home(li_list(news[:6]))


def guanyang(c: Ctx) -> None:
    """灌阳县 (TRS IGS): lists from GET ``/igs/front/search/list.html?index=…&pageNumber=N&…&
    filter[CHANNELID]=…``; a 广西壮族自治区人民政府 report reposted in 上级文件 (kind 8).
    Evidence: code corpus ids 48891392225 (hubei.gov.cn igs list.html, ``page.content``,
    ``DOCPUBURL``, ``PUBDATE``), 48417756435 (gxzf.gov.cn igs list.html with filter[SITEID])."""
    s = c.site("guanyang", "www.guanyang.gov.cn", "灌阳县", "广西壮族自治区", "桂林市", "450327")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("新闻动态", "/xwdt/")]
    r1 = s.report(rng, "灌阳县2023年法治政府建设情况报告", 2023, *c.stem("003"), (3,))
    r2 = s.report(rng, "灌阳县人民政府2022年法治政府建设情况报告", 2022, *c.stem("001"), (3,))
    h1 = s.report(
        rng,
        "广西壮族自治区人民政府关于2023年法治政府建设情况的报告",
        2023,
        *c.stem("000"),
        (3, 8),
        higher="广西壮族自治区",
        date="2024-04-08 16:20",
    )
    channels = {
        "37421": place_docs(s, "/zwgk/jcxxgk/fzzfjs/", [r1, r2, *s.fillers(rng, 16, "disclosure")]),
        "37430": place_docs(s, "/zwgk/sjwj/", [h1, *s.fillers(rng, 9, "disclosure")]),
    }
    names = {"37421": ("法治政府建设", "/zwgk/jcxxgk/fzzfjs/"), "37430": ("上级文件", "/zwgk/sjwj/")}
    for ch, docs in channels.items():
        name, folder = names[ch]
        trail = [("政务公开", "/zwgk/"), (name, folder)]
        articles(s, docs, trail, box='div class="view TRS_UEDITOR trs_paper_default"')
        page = s.page(
            f"{name}_{s.site_name}", s.crumbs(trail) + apis.igs_script("gy-govdoc", "govdoc", ch, "45")
        )
        s.put(folder, page)
        s.put(folder + "index.shtml", page)
    apis.igs_handler(s, channels)
    overview(s, "政务公开", "/zwgk/", [], [], [(n, p) for n, p in names.values()])
    news = column(s, "新闻动态", "/xwdt/", s.news(rng, 30), [])
    home_blocks(s, [("新闻动态", "/xwdt/", news)])


# ============================================================================ kind 4
def yuanan(c: Ctx) -> None:
    """远安县: 通知公告 items ``onclick="opendetail('2024032810301234567')"`` with the helper defined in
    the page building the URL from the id; 信息公开 lists from an id-only JSON ``list.do`` whose
    records a script turns into URLs; a 湖北省人民政府 report reposted (kind 8). Evidence:
    sites.md ("site helpers such as onclick=opendetail(…)", "Other platforms have their own
    .jsp/.do JSON endpoints"); www.mz.gov.cn ``/info/iList.jsp?node_id=…&cat_id=…&cur_page=1`` in
    a public RSSHub route (code corpus, 绵竹市 basicInfoDict)."""
    s = c.site("yuanan", "www.yuanan.gov.cn", "远安县", "湖北省", "宜昌市", "420525")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("通知公告", "/tzgg/"), ("信息公开", "/zfxxgk/"), ("远安新闻", "/yaxw/")]
    r1 = s.report(rng, "远安县人民政府关于2023年法治政府建设工作情况的报告", 2023, *c.stem("004"), (4,))
    h1 = s.report(
        rng,
        "湖北省人民政府关于2022年法治政府建设情况的报告",
        2022,
        *c.stem("002"),
        (4, 8),
        higher="湖北省",
        date="2023-03-30 10:05",
    )
    r2 = s.report(rng, "远安县2022年度法治政府建设情况报告", 2022, *c.stem("000"), (3,))

    def ident(d: Doc) -> str:
        return f"{d.pub:%Y%m%d%H%M}{num_id(s.host, d.uid, digits=5)}"

    notices = place_docs(
        s, "", [r1, h1, *s.fillers(rng, 22, "notice")], lambda d: f"/tzgg/{ident(d)[:6]}/{ident(d)}.shtml"
    )
    articles(s, notices, [("通知公告", "/tzgg/")])
    helper = (
        "<script>function opendetail(id){\n  var url = '/tzgg/' + id.substring(0, 6) + '/' + id + "
        "'.shtml';\n  window.open(url);\n}</script>"
    )
    for i, chunk in enumerate([notices[:15], notices[15:]]):
        rows = "".join(
            f'<li><a href="javascript:;" onclick="opendetail(\'{ident(d)}\')" title="{esc(d.title)}">'
            f"{esc(d.title)}</a><span>{d.date}</span></li>"
            for d in chunk
        )
        nav = plain_pager(2, i + 1, lambda n: "index.shtml" if n == 1 else f"index_{n}.shtml")
        page = s.page(
            "通知公告_" + s.site_name,
            s.crumbs([("通知公告", "/tzgg/")]) + f'<ul class="list">{rows}</ul>{nav}',
            scripts=helper,
        )
        s.put("/tzgg/index.shtml" if i == 0 else "/tzgg/index_2.shtml", page)
        if i == 0:
            s.put("/tzgg/", page)
    gk = place_docs(
        s,
        "",
        [r2, s.lookalike(rng, "xxgk_annual", 2022), *s.fillers(rng, 20, "disclosure")],
        lambda d: f"/zfxxgk/content/{ident(d)[:6]}/{ident(d)}.html",
    )
    articles(s, gk, [("信息公开", "/zfxxgk/"), ("法定主动公开内容", "/zfxxgk/fdzdgknr/")])
    apis.listdo_handler(s, "/openapi/info/list.do", {"fdzdgknr": gk}, ident)
    s.put(
        "/zfxxgk/fdzdgknr/",
        s.page(
            "法定主动公开内容_" + s.site_name,
            s.crumbs([("信息公开", "/zfxxgk/"), ("法定主动公开内容", "")])
            + apis.listdo_script("/openapi/info/list.do", "fdzdgknr", "/zfxxgk/content/", ".html"),
        ),
    )
    overview(s, "信息公开", "/zfxxgk/", [], [], [("法定主动公开内容", "/zfxxgk/fdzdgknr/")])
    news = column(s, "远安新闻", "/yaxw/", s.news(rng, 30), [])
    home_blocks(s, [("远安新闻", "/yaxw/", news)])


def jiangling(c: Ctx) -> None:
    """江陵县: 法治政府建设 items ``<a href="javascript:void(0)" data-url="…">`` opened by a jQuery
    handler; 上级文件 items ``<li onclick="location.href='…'">``; a 荆州市人民政府 report reposted
    (kind 8). Evidence: sites.md ("Links without href"); ``href="javascript:void(0)" data-url=``
    list markup in public templates (code corpus id 7375777243, ``data-url`` + click handler)."""
    s = c.site("jiangling", "www.jiangling.gov.cn", "江陵县", "湖北省", "荆州市", "421024")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("政策文件", "/zcwj/"), ("江陵要闻", "/jlyw/")]
    r1 = s.report(rng, "江陵县2023年度法治政府建设情况的报告", 2023, *c.stem("001"), (4,))
    r2 = s.report(rng, "江陵县2022年度法治政府建设情况的报告", 2022, *c.stem("004"), (4,), form="pdf")
    h1 = s.report(
        rng,
        "荆州市人民政府关于2023年法治政府建设情况的报告",
        2023,
        *c.stem("003"),
        (4, 8),
        higher="荆州市",
        date="2024-03-29 09:40",
    )
    binder = (
        "<script>$(function(){ $('a[data-url]').on('click', function(){ window.open($(this)."
        "attr('data-url')); }); });</script>"
    )
    column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [r1, r2, s.lookalike(rng, "shufa", 2023), *s.fillers(rng, 10, "disclosure")],
        [("政务公开", "/zwgk/")],
        style="dataurl",
        scripts=binder,
    )
    column(
        s,
        "上级文件",
        "/zcwj/sjwj/",
        [h1, *s.fillers(rng, 12, "disclosure")],
        [("政策文件", "/zcwj/")],
        style="lionclick",
    )
    column(
        s,
        "县政府文件",
        "/zcwj/xzfwj/",
        s.fillers(rng, 8, "disclosure"),
        [("政策文件", "/zcwj/")],
        style="lionclick",
    )
    overview(s, "政务公开", "/zwgk/", [], [], [("法治政府建设", "/zwgk/fzzfjs/")])
    overview(s, "政策文件", "/zcwj/", [], [], [("上级文件", "/zcwj/sjwj/"), ("县政府文件", "/zcwj/xzfwj/")])
    news = column(s, "江陵要闻", "/jlyw/", s.news(rng, 30), [], style="dataurl", scripts=binder)
    s.home(li_list(news[:6], "dataurl") + binder)


def shangyou(c: Ctx) -> None:
    """上犹县: 其他法定公开信息 as a table of ``<tr onclick="window.open('…')">`` rows; 通知公告 with
    ``<a href="javascript:;" onclick="window.open('…')">``. Evidence: sites.md ("``<a
    href="javascript:;" onclick="window.open('…')">``"); ``onclick="window.open('…','_blank')"``
    download links in public PHP templates (code corpus id 24465607108)."""
    s = c.site("shangyou", "www.shangyou.gov.cn", "上犹县", "江西省", "赣州市", "360724")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("信息公开", "/syxxgk/"), ("通知公告", "/tzgg/"), ("上犹新闻", "/syxw/")]
    r1 = s.report(rng, "上犹县人民政府2023年度法治政府建设工作报告", 2023, *c.stem("002"), (4,))
    r2 = s.report(rng, "上犹县2022年度法治政府建设工作报告", 2022, *c.stem("003"), (4,))
    t0 = [("信息公开", "/syxxgk/"), ("法定主动公开内容", "/syxxgk/fdzdgknr/")]
    column(
        s,
        "其他法定公开信息",
        "/syxxgk/fdzdgknr/qtfdgkxx/",
        [r1, s.lookalike(rng, "xxgk_annual", 2023), *s.fillers(rng, 18, "disclosure")],
        t0,
        style="tronclick",
        pager="plain",
    )
    overview(
        s,
        "法定主动公开内容",
        "/syxxgk/fdzdgknr/",
        t0[:1],
        [],
        [("其他法定公开信息", "/syxxgk/fdzdgknr/qtfdgkxx/")],
    )
    overview(s, "信息公开", "/syxxgk/", [], [], [("法定主动公开内容", "/syxxgk/fdzdgknr/")])
    column(s, "通知公告", "/tzgg/", [r2, *s.fillers(rng, 25, "notice", (2022, 2024))], [], style="aonclick")
    news = column(s, "上犹新闻", "/syxw/", s.news(rng, 25), [], style="aonclick")
    s.home(li_list(news[:6], "aonclick"))


# ============================================================================ kind 5
def sihong(c: Ctx) -> None:
    """泗洪县 (TRS): a report over three pages ``t20240229_….html``, ``_1.html``, ``_2.html`` paged by
    ``createPageHTML(3, cur, "t20240229_…", "html")`` on the article; 政务日历 by path (trap).
    Evidence: sites.md (articles on several pages, ``createPageHTML(3, 0, "t20240229_83863731",
    "html")``); TRS ``createPageHTML`` pager parsing in hrl13260130208/workspace_python
    python/work_file/test_spider.py."""
    s = c.site("sihong", "www.sihong.gov.cn", "泗洪县", "江苏省", "宿迁市", "321324")
    rng = rng_for(c.seed, s.key)
    s.nav = [
        ("首页", "/"),
        ("政务公开", "/zwgk/"),
        ("政务日历", "/zwrl/2024-03.html"),
        ("泗洪要闻", "/shyw/"),
    ]
    week_calendar_trap(s)
    r1 = s.report(
        rng,
        "泗洪县人民政府关于2023年法治政府建设工作情况的报告",
        2023,
        *c.stem("000"),
        (5,),
        date="2024-02-29 15:12",
    )
    r2 = s.report(rng, "泗洪县2022年法治政府建设工作报告", 2022, *c.stem("001"), (), form="html+pdf")
    docs = column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [r1, r2, s.lookalike(rng, "plan", 2021), *s.fillers(rng, 9, "disclosure")],
        [("政务公开", "/zwgk/")],
    )
    multi_page_trs(s, r1, [("政务公开", "/zwgk/"), ("法治政府建设", "/zwgk/fzzfjs/")], 3)
    overview(s, "政务公开", "/zwgk/", [], [("法治政府建设", "/zwgk/fzzfjs/", docs)])
    news = column(s, "泗洪要闻", "/shyw/", s.news(rng, 40), [])
    home_blocks(s, [("泗洪要闻", "/shyw/", news), ("法治政府建设", "/zwgk/fzzfjs/", docs)])


def split(paras: list[str], n: int) -> list[list[str]]:
    size = (len(paras) + n - 1) // n
    return [paras[i * size : (i + 1) * size] for i in range(n)]


def multi_page_trs(s: KSite, doc: Doc, trail, n: int) -> None:
    stem = doc.path.rsplit("/", 1)[1].rsplit(".", 1)[0]
    folder = doc.path.rsplit("/", 1)[0] + "/"
    doc.pages = [folder + f"{stem}_{i}.html" for i in range(1, n)]
    for i, part in enumerate(split(doc.body_paras, n)):
        body = "\n".join(f"<p>{esc(p)}</p>" for p in part)
        pager = trs_pager(n, i, stem, "html").replace('class="page"', 'class="page-content"')
        doc.paras = part
        s.put(
            doc.path if i == 0 else doc.pages[i - 1],
            s.article(doc, trail, body=body, after=pager),
            modified=doc.pub,
        )
    doc.paras = doc.body_paras


def xiayi(c: Ctx) -> None:
    """夏邑县: a report over four pages ``content_<id>.html``, ``content_<id>_2.html`` … with plain
    上一页 / 1 2 3 4 / 下一页 links; 相关文章 by query (``/content/relate.jsp?infoid=``, trap); a 范文
    "2023年区五年法治政府建设工作情况报告" reposted in 工作动态 (kind 9). Evidence: sites.md
    (``content_<id>.html``; "plain page links"; template 范文 look-alikes)."""
    s = c.site("xiayi", "www.xiayi.gov.cn", "夏邑县", "河南省", "商丘市", "411426", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("工作动态", "/gzdt/")]
    box = related_chain_trap(s, "/content/relate.jsp", "query")
    r1 = s.report(rng, "夏邑县人民政府关于2023年度法治政府建设情况的报告", 2023, *c.stem("003"), (5,))
    r2 = s.report(rng, "夏邑县人民政府关于2021年度法治政府建设情况的报告", 2021, *c.stem("004"), ())

    def cpath(d: Doc) -> str:
        return f"/zwgk/fzzf/content_{num_id(s.host, d.uid, digits=6)}.html"

    docs = column(
        s,
        "法治政府",
        "/zwgk/fzzf/",
        [r1, r2, s.lookalike(rng, "gov_work_report", 2022), *s.fillers(rng, 12, "disclosure")],
        [("政务公开", "/zwgk/")],
        pager="plain",
        path=cpath,
    )
    for d in docs:
        if d is not r1:
            s.put(
                d.path,
                s.article(d, [("政务公开", "/zwgk/"), ("法治政府", "/zwgk/fzzf/")], after=box(d.uid)),
                modified=d.pub,
            )
    stem = r1.path[:-5]
    r1.pages = [f"{stem}_{i}.html" for i in range(2, 5)]
    urls = [r1.path, *r1.pages]
    for i, part in enumerate(split(r1.body_paras, 4)):
        nav = plain_pager(4, i + 1, lambda n: urls[n - 1].rsplit("/", 1)[1])
        r1.paras = part
        s.put(
            urls[i],
            s.article(r1, [("政务公开", "/zwgk/"), ("法治政府", "/zwgk/fzzf/")], after=nav + box(r1.uid)),
            modified=r1.pub,
        )
    r1.paras = r1.body_paras
    tpl = s.template(rng, "2023年区五年法治政府建设工作情况报告", 2023, "转载自范文网")
    gz = column(
        s,
        "工作动态",
        "/gzdt/",
        [*s.news(rng, 30), tpl],
        [],
        pager="plain",
        path=lambda d: f"/gzdt/content_{num_id(s.host, d.uid, digits=6)}.html",
    )
    overview(s, "政务公开", "/zwgk/", [], [("法治政府", "/zwgk/fzzf/", docs)])
    home_blocks(s, [("工作动态", "/gzdt/", gz), ("法治政府", "/zwgk/fzzf/", docs)])


# ============================================================================ kind 7
def lvliang(c: Ctx) -> None:
    """吕梁市 (city, seeded): 县市区 in the menu leads to a 网站群 page linking the county sites,
    among them 方山县, which the seed list lacks. Evidence: sites.md (county sites reached from the
    city portal); a 大同市 crawler allowing its 县区政府网站 domains (code corpus id 52360760877)."""
    s = c.site("lvliang", "www.lvliang.gov.cn", "吕梁市", "山西省", "吕梁市", "141100", level="city")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("县市区", "/wzq/"), ("吕梁要闻", "/llyw/")]
    counties = [
        ("离石区", "www.lishi.gov.cn"),
        ("文水县", "www.wenshui.gov.cn"),
        ("交城县", "www.jiaocheng.gov.cn"),
        ("兴县", "www.sxxingxian.gov.cn"),
        ("临县", "www.linxiancn.gov.cn"),
        ("柳林县", "www.liulin.gov.cn"),
        ("石楼县", "www.shilou.gov.cn"),
        ("岚县", "www.lanxian.gov.cn"),
        ("方山县", "www.fangshan.gov.cn"),
        ("中阳县", "www.zhongyang.gov.cn"),
        ("交口县", "www.jiaokou.gov.cn"),
        ("孝义市", "www.sxxiaoyi.gov.cn"),
        ("汾阳市", "www.fenyang.gov.cn"),
    ]
    cells = "".join(
        f'<li><a href="http://{h}/" target="_blank" title="{n}人民政府">{n}</a></li>' for n, h in counties
    )
    s.put(
        "/wzq/",
        s.page(
            "网站群_" + s.site_name,
            s.crumbs([("县市区", "")])
            + f'<div class="wzq"><h3>县(市、区)政府网站</h3><ul>{cells}</ul></div>',
        ),
    )
    xx = column(
        s,
        "政府信息公开年报",
        "/zwgk/xxgknb/",
        [s.lookalike(rng, "xxgk_annual", 2023)],
        [("政务公开", "/zwgk/")],
    )
    overview(s, "政务公开", "/zwgk/", [], [("政府信息公开年报", "/zwgk/xxgknb/", xx)])
    news = column(s, "吕梁要闻", "/llyw/", s.news(rng, 30), [])
    home_blocks(s, [("吕梁要闻", "/llyw/", news)])


def fangshan(c: Ctx) -> None:
    """方山县 (not in the seed list; reached from 吕梁市's 网站群 page)."""
    s = c.site("fangshan", "www.fangshan.gov.cn", "方山县", "山西省", "吕梁市", "141128", seeded=False)
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设", "/zwgk/fzzfjs/"), ("方山新闻", "/fsxw/")]
    r1 = s.report(rng, "方山县人民政府关于2023年法治政府建设情况的报告", 2023, *c.stem("002"), (7,))
    r2 = s.report(rng, "方山县2022年法治政府建设情况报告", 2022, *c.stem("000"), (7,), form="pdf")
    docs = column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [r1, r2, *s.fillers(rng, 6, "disclosure")],
        [("政务公开", "/zwgk/")],
    )
    overview(s, "政务公开", "/zwgk/", [], [("法治政府建设", "/zwgk/fzzfjs/", docs)])
    news = column(s, "方山新闻", "/fsxw/", s.news(rng, 20), [])
    home_blocks(s, [("方山新闻", "/fsxw/", news), ("法治政府建设", "/zwgk/fzzfjs/", docs)])


def baise(c: Ctx) -> None:
    """百色市 (city, seeded): a footer ``<select onchange="window.open(this.options[…].value)">`` of
    县区政府网站, among them 那坡县, which the seed list lacks. Evidence: a PHPCMS template with
    ``<select name="FriendLink" onchange="…window.open(this.options[this.selectedIndex].value…)">``
    and ``---县区政府网站---`` (code corpus id 49594554456)."""
    s = c.site(
        "baise",
        "www.baise.gov.cn",
        "百色市",
        "广西壮族自治区",
        "百色市",
        "451000",
        scheme="https",
        level="city",
    )
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("百色要闻", "/bsyw/")]
    counties = [
        ("右江区", "www.youjiang.gov.cn"),
        ("田阳区", "www.gxty.gov.cn"),
        ("德保县", "www.debao.gov.cn"),
        ("那坡县", "www.napo.gov.cn"),
        ("凌云县", "www.lingyun.gov.cn"),
        ("乐业县", "www.leye.gov.cn"),
        ("田林县", "www.tianlin.gov.cn"),
        ("西林县", "www.gxxl.gov.cn"),
        ("隆林各族自治县", "www.gxll.gov.cn"),
        ("靖西市", "www.jingxi.gov.cn"),
    ]
    options = "".join(f'<option value="http://{h}/">{n}</option>' for n, h in counties)
    select = (
        '<div class="links"><select name="FriendLink" onchange="if(this.options[this.selectedIndex]'
        ".value!=''){window.open(this.options[this.selectedIndex].value,'_blank');}\">"
        f'<option value="">---县区政府网站---</option>{options}</select></div>'
    )
    news = column(s, "百色要闻", "/bsyw/", s.news(rng, 30), [])
    gz = column(
        s,
        "政府工作报告",
        "/zwgk/zfgzbg/",
        [s.lookalike(rng, "gov_work_report", 2023)],
        [("政务公开", "/zwgk/")],
    )
    overview(s, "政务公开", "/zwgk/", [], [("政府工作报告", "/zwgk/zfgzbg/", gz)])
    home_blocks(s, [("百色要闻", "/bsyw/", news)])
    for path in ("/", "/index.html"):
        res = s.web.resources[(s.host, path, "")]
        res.body = res.body.replace(b'<div class="footer">', s.encode(select) + b'<div class="footer">')


def napo(c: Ctx) -> None:
    """那坡县 (not in the seed list; reached from 百色市's select)."""
    s = c.site("napo", "www.napo.gov.cn", "那坡县", "广西壮族自治区", "百色市", "451026", seeded=False)
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("通知公告", "/tzgg/"), ("规划计划", "/zwgk/ghjh/"), ("那坡新闻", "/npxw/")]
    r1 = s.report(rng, "那坡县2023年法治政府建设情况报告", 2023, *c.stem("004"), (7, 1))
    r2 = s.report(rng, "那坡县2022年法治政府建设情况报告", 2022, *c.stem("001"), (7, 1))
    tz = column(s, "通知公告", "/tzgg/", [r1, *s.fillers(rng, 20, "notice", (2023, 2024))], [])
    column(
        s,
        "工作总结",
        "/zwgk/ghjh/gzzj/",
        [r2, *s.fillers(rng, 5, "disclosure")],
        [("规划计划", "/zwgk/ghjh/")],
    )
    overview(s, "规划计划", "/zwgk/ghjh/", [], [], [("工作总结", "/zwgk/ghjh/gzzj/")])
    news = column(s, "那坡新闻", "/npxw/", s.news(rng, 20), [])
    home_blocks(s, [("那坡新闻", "/npxw/", news), ("通知公告", "/tzgg/", tz)])


# ============================================================================ easy
def yushe(c: Ctx) -> None:
    """榆社县: plain server-rendered lists (an easy site), look-alikes beside the reports."""
    s = c.site("yushe", "www.yushe.gov.cn", "榆社县", "山西省", "晋中市", "140721")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设", "/zwgk/fzzfjs/"), ("榆社新闻", "/ysxw/")]
    r1 = s.report(rng, "榆社县2023年法治政府建设工作报告", 2023, *c.stem("003"), ())
    r2 = s.report(rng, "榆社县2022年法治政府建设工作报告", 2022, *c.stem("002"), (), form="html+pdf")
    r3 = s.report(rng, "榆社县2021年法治政府建设工作报告", 2021, *c.stem("001"), ())
    docs = column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [
            r1,
            r2,
            r3,
            s.lookalike(rng, "shufa", 2022),
            s.lookalike(rng, "interpretation", 2023),
            s.lookalike(rng, "notice", 2021),
        ],
        [("政务公开", "/zwgk/")],
    )
    overview(s, "政务公开", "/zwgk/", [], [("法治政府建设", "/zwgk/fzzfjs/", docs)])
    news = column(s, "榆社新闻", "/ysxw/", s.news(rng, 25), [])
    home_blocks(s, [("榆社新闻", "/ysxw/", news), ("法治政府建设", "/zwgk/fzzfjs/", docs)])


ALL = (
    jiaocheng,
    qinyuan,
    kailu,
    yuexi,
    wencheng,
    xiangshan,
    qingzhen,
    guanyang,
    yuanan,
    jiangling,
    shangyou,
    sihong,
    xiayi,
    lvliang,
    fangshan,
    baise,
    napo,
    yushe,
)
