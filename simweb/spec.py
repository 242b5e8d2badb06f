"""Declarative spec of the simulated county web: one :class:`Site` entry per site.

A site names its host, CMS family and template variant, the county it belongs to, its columns,
the true reports it publishes (year, title form, where and in which form) and its look-alikes,
news volume and quirks. :func:`sites` returns the base web that ``web.build_web`` renders;
``discovery.sites()`` adds the discovery profile's sites. Adding a site is adding one entry.
Column keys refer to :data:`COLUMNS`.

Title templates use ``{name}`` (county name), ``{year}``, ``{city}`` and ``{first}`` (the first
year of a multi-year report); ``|`` in a title marks where the page splits it over two lines
with ``<br>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# key -> (column name, URL slug, parent column name shown in breadcrumbs)
COLUMNS: dict[str, tuple[str, str, str]] = {
    "xwdt": ("新闻动态", "xwdt", ""),
    "tpxw": ("图片新闻", "xwdt/tpxw", "新闻动态"),
    "sp": ("视频", "spxw", ""),
    "hdjl": ("互动交流", "hdjl", ""),
    "bsfw": ("办事服务", "bsfw", ""),
    "tzgg": ("通知公告", "tzgg", ""),
    "zcjd": ("政策解读", "zwgk/zcjd", "政务公开"),
    "gzbg": ("工作报告", "zwgk/gzbg", "政务公开"),
    "ghjh": ("年度计划工作总结", "zwgk/ghjh", "规划计划"),
    "fzzf": ("法治政府建设", "zwgk/fzzfjs", "政务公开"),
    "zcwj": ("法治政府建设情况报告", "zcwj/fzzfjsqkbg", "政策和文件"),
    "zdly": ("法治政府建设", "zdlyxxgk/fzzf", "重点领域信息公开"),
    "ztzl": ("法治政府建设", "ztzl/fzzfjs", "专题专栏"),
    "gzcx": ("工作成效", "ztzl/fzzfjs/gzcx", "法治政府建设"),
    "fzbg": ("法治政府建设年度报告", "zfxxgk/fdzdgknr/fzzfjsndbg", "法定主动公开内容"),
    "qtxx": ("其他法定公开信息", "zfxxgk/fdzdgknr/qtfdgkxx", "法定主动公开内容"),
    "ndbg": ("政府信息公开年报", "zfxxgk/zfxxgknb", "政府信息公开"),
    "sfj": ("法治政府建设年度报告", "bmxxgk/sfj/fzzfjsndbg", "县司法局"),
    "xqbg": ("县区政府法治政府建设年报", "zwgk/qzffzzfjsbg", "政务公开"),
    # used by the discovery profile only
    "qtxx2": ("其他法定公开信息", "xxgk/fdzdgknr/qtfdgkxx", "法定主动公开内容"),
    "zdly2": ("法治政府建设", "zwgk/zdlyxxgk/fzzfjs", "重点领域信息公开"),
    "gzbg2": ("工作报告", "gzbg", ""),
    "ghjh2": ("工作总结", "ghjh/gzzj", "规划计划"),
    "zdgz": ("重点工作", "zdgz", ""),
    "zfwj": ("政府文件", "zwgk/zfwj", "政务公开"),
    "ztfz": ("法治政府建设", "ztzl/fzzf", "专题专栏"),
    "fzzt": ("法治政府建设", "ztzl/fzzfjs", "专题专栏"),
    "gkfz": ("法治政府建设年度报告", "fzzfjsndbg", "政府信息公开"),
    "gkqt": ("其他", "qt", "政府信息公开"),
    "gkgh": ("规划计划", "ghjh", "政府信息公开"),
}

NEWS_COLUMNS = ("xwdt", "tpxw", "sp", "hdjl", "bsfw")
BASE_COLUMNS = (*NEWS_COLUMNS, "tzgg", "zcjd", "gzbg")


@dataclass(frozen=True)
class County:
    """A county-level unit (or, for a platform, a city) as the division code list names it."""

    name: str
    province: str
    city: str
    adcode: str
    level: str = "county"


@dataclass(frozen=True)
class Report:
    """One true annual report as a site publishes it.

    ``form``: ``html`` (full article), ``html+pdf`` (article and the same text as PDF on the same
    page), ``pdf`` / ``docx`` / ``doc`` / ``scan`` (a short intro page linking the attachment;
    ``scan`` is an image-only PDF). ``extras``: ``print`` (print view), ``mirror`` (big5 gateway
    copy), ``flaky`` (answers 503 once), ``unlisted`` (in no list, only in the sitemap).
    ``region`` is set when the report is not the site's own. ``republish_on`` names sites, as
    ``key`` (their ``xqbg`` column) or ``key:column``. ``first_year`` makes a multi-year report
    (``{first}-{year}年度``).
    """

    year: int
    title: str = "{name}{year}年度法治政府建设工作报告"
    form: str = "html"
    column: str = "fzzf"
    seed: str = ""
    date: str = ""
    issuer: str = ""
    region: str = ""
    publisher: str = ""
    extras: frozenset[str] = frozenset()
    republish_on: tuple[str, ...] = ()
    round_added: int = 1
    deleted_in: int = 0
    edited_in: int = 0
    first_year: int = 0


@dataclass(frozen=True)
class Site:
    """One site (a host, or a path prefix on a platform host) of the simulated web.

    ``family``: trs | hanweb | gbk | generic | platform; ``variant`` selects the template and
    URL style within the family (trs: 0 .html, 1 .shtml, 2 .htm; hanweb: 0 POST dataproxy, 1 GET
    ``page=N`` dataproxy, 2 records only via ``<nextgroup>``; gbk: 0 ASP, 1 JSP, 2 ASP.NET;
    generic: 0 gkmlpt, 1 VSB, 2 JEECMS, 3 snowflake ids, 4 gkmlpt with a JSON API, 5 SiteServer
    ``/contents/``; platform: 0 ``content_<id>.html``, 1 hashed ``.shtml``, 2 TRS-built).
    ``seed``: ``"auto"`` gives a seed row with the site's URL, ``""`` a row with an empty URL,
    ``None`` no row, anything else is used as the row's URL. ``disallow`` entries may name a
    column as ``{col:KEY}``; ``names`` renames columns; ``padding`` adds recent filler news to a
    column. ``quirks``: ``calendar`` (endless calendar/events trap), ``search`` (echoing site
    search), ``hang`` (a page that never answers), ``gate`` (big5 gateway), ``http_to_https``,
    ``copied_meta`` (wrong SiteName), ``alias_redirect`` (the alias host 301s to ``host``; without
    it the alias serves the same pages), ``pagetrap`` (``/list/page/2/page/3/…`` forever),
    ``starttrap`` (a ``more.jsp?start=`` pager that always links one more page), ``session``
    (ASP.NET cookieless session ids in every link, new on every page), ``depts`` (a 部门信息公开
    directory of departments, each with its sub-columns).

    The discovery profile adds: ``opts`` (template options of the family: ``list``, ``pager``,
    ``ext``, ``more``, ``jsite``, ``fallback``), ``reach`` (how a column is linked: ``nav`` by
    default, ``tile`` only through an image on the 专题专栏 page, ``more`` only through a generic
    更多 link beside a heading on the home page, ``tree`` only through the 部门信息公开 tree),
    ``fillers`` (``(column, kind, count, first year, last year)``: notices or other documents that
    push older items to later list pages) and ``redirect_status`` of ``redirect_from`` hosts.
    """

    key: str
    host: str
    family: str
    county: County
    variant: int = 0
    scheme: str = "https"
    aliases: tuple[str, ...] = ()
    columns: tuple[str, ...] = (*BASE_COLUMNS, "fzzf")
    names: tuple[tuple[str, str], ...] = ()
    reports: tuple[Report, ...] = ()
    lookalikes: tuple[tuple[str, str], ...] = ()
    news: int = 40
    padding: tuple[tuple[str, int], ...] = ()
    disallow: tuple[str, ...] = ("/search/", "/admin/")
    sitemap: bool = False
    meta: str = "full"
    quirks: frozenset[str] = field(default_factory=frozenset)
    parent: str = ""
    prefix: str = ""
    redirect_from: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    seed: str | None = "auto"
    opts: tuple[tuple[str, str], ...] = ()
    reach: tuple[tuple[str, str], ...] = ()
    fillers: tuple[tuple[str, str, int, int, int], ...] = ()
    redirect_status: int = 302


def q(*names: str) -> frozenset[str]:
    """A frozenset of quirk or extra names."""
    return frozenset(names)


HUALONG = County("华龙区", "河南省", "濮阳市", "410902")
ETKQ = County("鄂托克旗", "内蒙古自治区", "鄂尔多斯市", "150624")
HAIZHU = County("海珠区", "广东省", "广州市", "440105")
PINGYAO = County("平遥县", "山西省", "晋中市", "140728")
JINZHONG = County("晋中市", "山西省", "晋中市", "140700", "city")
GANZHOU = County("赣州市", "江西省", "赣州市", "360700", "city")
ZHANGGONG = County("章贡区", "江西省", "赣州市", "360702")
RONGJIANG = County("蓉江新区", "江西省", "赣州市", "")
NANKANG = County("南康区", "江西省", "赣州市", "360703")
JIEXIU = County("介休市", "山西省", "晋中市", "140781")
XINXIAN = County("新县", "河南省", "信阳市", "411523")
ZANHUANG = County("赞皇县", "河北省", "石家庄市", "130129")
ZHAOXIAN = County("赵县", "河北省", "石家庄市", "130133")
ZHENGDING = County("正定县", "河北省", "石家庄市", "130123")
CHANGFENG = County("长丰县", "安徽省", "合肥市", "340121")
DEQING = County("德清县", "浙江省", "湖州市", "330521")


def sites() -> list[Site]:
    """The sites of the simulated web, in a fixed order."""
    return [
        Site(
            "hualong", "www.pyhlq.gov.cn", "trs", HUALONG, variant=0, aliases=("pyhlq.gov.cn",),
            columns=(*BASE_COLUMNS, "zcwj"), news=70, sitemap=True,
            quirks=q("calendar", "search", "hang"),
            reports=(
                Report(2023, seed="000", column="zcwj", date="2024-03-28 09:18",
                       publisher="华龙区人民政府", extras=q("print")),
                Report(2022, "华龙区人民政府关于2022年法治政府建设情况的报告", form="html+pdf",
                       column="zcwj", date="2023-03-30 16:05"),
                Report(2021, "2021年华龙区法治政府建设情况报告", column="zcwj",
                       date="2022-03-25 10:40", edited_in=2, extras=q("print")),
                Report(2020, "2020年华龙区法治政府建设情况报告", column="zcwj"),
                Report(2019, column="zcwj", date="2020-04-08 08:50"),
            ),
            lookalikes=(("gov_work_report", "gzbg"), ("plan", "tzgg"), ("meeting", "xwdt"),
                        ("interpretation", "zcjd")),
        ),
        Site(
            "etkq", "www.etkq.gov.cn", "hanweb", ETKQ, variant=0, scheme="http",
            columns=(*BASE_COLUMNS, "fzzf"), names=(("fzzf", "法治政府建设"),), news=50,
            padding=(("fzzf", 12),),
            reports=(
                Report(2022, seed="001", date="2022-12-05 15:34",
                       publisher="鄂托克旗人民政府办公室"),
                Report(2021, "鄂托克旗人民政府关于2021年度法治政府建设工作情况的报告",
                       date="2022-02-16 11:02"),
                Report(2020, date="2021-03-02 17:45"),
                Report(2019, form="pdf", date="2020-03-31 09:00"),
            ),
            lookalikes=(("plan", "fzzf"), ("notice", "fzzf"), ("meeting", "fzzf"),
                        ("xxgk_annual", "gzbg")),
        ),
        Site(
            "haizhu", "www.haizhu.gov.cn", "generic", HAIZHU, variant=0, aliases=("haizhu.gov.cn",),
            columns=(*BASE_COLUMNS, "fzzf"), names=(("fzzf", "法治政府建设年度报告"),),
            meta="partial", quirks=q("http_to_https", "gate"),
            reports=(
                Report(2023, seed="002", date="2024-03-29 17:12", publisher="广州市海珠区人民政府",
                       extras=q("mirror")),
                Report(2022, "广州市海珠区人民政府关于2022年度法治政府建设情况的报告",
                       date="2023-03-31 15:20", publisher="广州市海珠区人民政府",
                       extras=q("mirror")),
            ),
            lookalikes=(("xxgk_annual", "gzbg"), ("interpretation", "zcjd")),
        ),
        Site(
            "pingyao", "www.pingyao.gov.cn", "trs", PINGYAO, variant=1,
            columns=(*BASE_COLUMNS, "zdly"), news=45, disallow=("/admin/", "/search/", "/was5/"),
            quirks=q("copied_meta"),
            reports=(
                Report(2020, seed="003", column="zdly", date="2021-03-26 10:20",
                       publisher="平遥县司法局", republish_on=("jinzhong",)),
                Report(2021, "平遥县2021年度法治政府建设工作报告", column="zdly",
                       date="2022-03-18 16:30", extras=q("flaky")),
                Report(2022, "平遥县2022年法治政府建设工作报告", column="zdly", form="pdf",
                       date="2023-03-29 09:12"),
            ),
            lookalikes=(("shufa", "zdly"), ("notice", "tzgg")),
        ),
        Site(
            "jinzhong", "www.sxjz.gov.cn", "platform", JINZHONG, variant=0,
            columns=(*NEWS_COLUMNS, "tzgg", "xqbg"), news=40,
            reports=(
                Report(2021, "介休市2021年度法治政府建设工作报告", column="xqbg", region="介休市",
                       date="2022-04-20 08:31", publisher="介休市人民政府办公室"),
            ),
            lookalikes=(("gov_work_report", "tzgg"),),
        ),
        Site(
            "ganzhou", "www.ganzhou.gov.cn", "platform", GANZHOU, variant=1,
            columns=(*NEWS_COLUMNS, "tzgg", "xqbg"), news=40, sitemap=True,
            links=(("章贡区", "/xqxx/zgq/"), ("蓉江新区", "/xqxx/rjxq/")),
            reports=(
                Report(2022, "南康区2022年度法治政府建设工作报告", column="xqbg", region="南康区",
                       date="2023-03-27 15:00", publisher="南康区人民政府"),
                Report(2022, "赣州经济技术开发区管委会2022年度法治政府建设工作报告",
                       form="html+pdf", column="xqbg", region="赣州经济技术开发区",
                       date="2023-03-30 10:00", publisher="赣州经济技术开发区管委会"),
            ),
        ),
        Site(
            "zhanggong", "www.ganzhou.gov.cn", "platform", ZHANGGONG, variant=1,
            parent="ganzhou", prefix="/xqxx/zgq", redirect_from=("www.zgq.gov.cn",),
            columns=("xwdt", "tzgg", "fzzf"), news=20, seed="http://www.zgq.gov.cn/",
            reports=(
                Report(2023, "章贡区人民政府关于2023年法治政府建设情况的报告",
                       date="2024-03-22 09:30", republish_on=("ganzhou",)),
                Report(2022, "2022年章贡区法治政府建设情况报告", date="2023-03-24 10:10"),
            ),
            lookalikes=(("meeting", "xwdt"),),
        ),
        Site(
            "rongjiang", "www.ganzhou.gov.cn", "platform", RONGJIANG, variant=1,
            parent="ganzhou", prefix="/xqxx/rjxq", columns=("xwdt", "tzgg"), news=15, seed=None,
            names=(("xwdt", "蓉江资讯"),),
            reports=(
                Report(2023, seed="004", column="tzgg", date="2024-01-31 10:13",
                       publisher="市政府各县区集约化", republish_on=("ganzhou",)),
                Report(2022, "赣州蓉江新区2022年度法治政府建设工作情况报告", column="tzgg",
                       date="2023-02-10 16:40", publisher="市政府各县区集约化"),
            ),
        ),
        Site(
            "nankang", "", "none", NANKANG, seed="",
        ),
        Site(
            "jiexiu", "", "none", JIEXIU, seed="http://www.jiexiu.gov.cn/",
        ),
        Site(
            "xinxian", "hnxinxian.gov.cn", "gbk", XINXIAN, variant=0, scheme="http",
            columns=(*BASE_COLUMNS, "fzzf"), names=(("fzzf", "依法行政"),), news=60,
            disallow=("/admin/", "/search/", "/inc/"),
            reports=(
                Report(2022, "中共新县县委 新县人民政府关于2022年度法治建设工作情况的报告",
                       date="2023-03-22 10:28", publisher="新县人民政府办公室"),
                Report(2021, date="2022-03-30 08:00"),
                Report(2020, "2020年新县法治政府建设情况报告", date="2021-03-22 10:28"),
                Report(2019, "新县2019年法治政府建设工作报告", form="doc", date="2020-03-27 15:00"),
            ),
            lookalikes=(("meeting", "xwdt"), ("notice", "tzgg"), ("gov_work_report", "gzbg")),
        ),
        Site(
            "zanhuang", "www.zanhuang.gov.cn", "gbk", ZANHUANG, variant=1, scheme="http",
            columns=(*NEWS_COLUMNS, "tzgg", "gzbg"), news=35, meta="none",
            reports=(
                Report(2018, "赞皇县2018年度法治政府建设工作报告", column="gzbg", date="2019-03-29 "
                                                                        "11:20"),
                Report(2017, "赞皇县人民政府关于2017年度法治政府建设情况的报告", column="gzbg",
                       date="2018-04-02 09:05"),
            ),
            lookalikes=(("gov_work_report", "gzbg"), ("xxgk_annual", "gzbg")),
        ),
        Site(
            "zhaoxian", "www.zhaoxian.gov.cn", "generic", ZHAOXIAN, variant=1,
            quirks=q("http_to_https"), columns=(*BASE_COLUMNS, "ghjh"), news=40,
            reports=(
                Report(2024, "2024年{name}法治政府建设情况", form="pdf", column="ghjh",
                       date="2025-03-21 10:00"),
                Report(2023, form="pdf", column="ghjh", date="2024-03-27 17:30"),
                Report(2022, "赵县2022年法治政府建设工作报告", form="pdf", column="ghjh",
                       date="2023-03-31 08:45"),
                Report(2021, form="scan", column="ghjh", date="2022-03-29 14:00"),
                Report(2025, "2025年{name}法治政府建设情况", form="pdf", column="ghjh",
                       date="2026-03-20 09:30", round_added=2),
            ),
            lookalikes=(("plan", "ghjh"), ("notice", "tzgg")),
        ),
        Site(
            "zhengding", "www.zhengding.gov.cn", "generic", ZHENGDING, variant=2,
            aliases=("zhengding.gov.cn",), columns=(*BASE_COLUMNS, "fzzf", "sfj"), news=40,
            quirks=q("alias_redirect"),
            disallow=("/admin/", "/search/", "{col:zcjd}"),
            reports=(
                Report(2023, "正定县2023年法治政府建设工作报告", form="docx",
                       date="2024-03-26 11:11"),
                Report(2022, "正定县人民政府关于2022年法治政府建设情况的报告",
                       date="2023-03-28 15:35"),
                Report(2023, "正定县司法局2023年法治政府建设工作报告", column="sfj",
                       issuer="县司法局", date="2024-02-06 10:00", publisher="正定县司法局"),
            ),
            lookalikes=(("shufa", "sfj"), ("interpretation", "zcjd")),
        ),
        Site(
            "changfeng", "www.changfeng.gov.cn", "trs", CHANGFENG, variant=2, news=60,
            columns=BASE_COLUMNS, links=(("政府信息公开", "https://xxgk.changfeng.gov.cn/"),),
            quirks=q("calendar"),
        ),
        Site(
            "changfeng_xxgk", "xxgk.changfeng.gov.cn", "generic", CHANGFENG, variant=3,
            columns=("fzbg", "qtxx", "ndbg", "sfj"), news=0, seed=None, meta="partial",
            reports=(
                Report(2023, "关于2023年法治政府建设情况的报告", column="fzbg",
                       date="2024-03-29 16:00", extras=q("print")),
                Report(2022, "长丰县人民政府关于2022年法治政府建设情况的报告", column="fzbg",
                       date="2023-03-30 09:40"),
                Report(2021, "长丰县人民政府关于2021年法治政府建设情况的报告", column="fzbg",
                       date="2022-03-31 10:15"),
                Report(2018, "长丰县2018年度法治政府建设工作报告", column="qtxx",
                       date="2019-04-12 08:30"),
                Report(2022, "长丰县司法局2022年度法治政府建设|工作报告", column="sfj",
                       issuer="县司法局", date="2023-02-20 15:00", publisher="长丰县司法局"),
            ),
            lookalikes=(("xxgk_annual", "ndbg"), ("xxgk_annual", "ndbg"), ("plan", "qtxx")),
        ),
        Site(
            "deqing", "www.deqing.gov.cn", "hanweb", DEQING, variant=1,
            columns=(*BASE_COLUMNS, "ztzl", "gzcx", "ghjh"), news=50, padding=(("gzcx", 12),),
            disallow=("/search/", "/module/jslib/", "{col:ghjh}"),
            quirks=q("search"),
            reports=(
                Report(2019, "德清县2019年度法治政府建设工作报告", column="ghjh",
                       date="2020-03-30 14:00"),
                Report(2018, "德清县人民政府关于2018年度法治政府建设|工作情况的报告", column="gzcx",
                       date="2019-03-28 09:00"),
                Report(2017, column="gzcx", date="2018-03-30 16:20", deleted_in=2),
                Report(2016, "德清县2016年法治政府建设工作报告", column="gzcx",
                       date="2017-04-10 10:00"),
            ),
            lookalikes=(("meeting", "gzcx"), ("plan", "gzcx"), ("interpretation", "zcjd")),
        ),
    ]
