"""The sites that the ``discovery`` profile adds to the base web: 17 more, in every family.

Each entry shows variants that real county sites have and the base web lacks: other TRS list
markups, pagers and column slugs, reports only on page 3+ of a long 通知公告 or 其他法定公开信息
list, columns linked only from an image tile or a generic 更多 link, a county sub-site of a city
集约化 platform seeded as a path on the city's host and one whose own host 301s into the
platform, Hanweb columns whose records come only through ``<nextgroup>``, Guangdong gkmlpt
directories driven by a JSON API, SiteServer ``/contents/`` and 19-digit snowflake ids, the
部门信息公开 → 县司法局 tree, multi-year and next-September reports, look-alikes in the report
columns, a city report reposted by a county, a report only in ``sitemap.xml``, a robots-excluded
column, and traps (``/list/page/2/page/3/…``, an endless ``?start=`` pager, ASP.NET session ids).
Counties and division codes are real (``/work/shared/data/gov_sites.csv``).
"""

from __future__ import annotations

from .spec import NEWS_COLUMNS, County, Report, Site, q

NINGXIANG = County("宁乡市", "湖南省", "长沙市", "430182")
ARONG = County("阿荣旗", "内蒙古自治区", "呼伦贝尔市", "150721")
FUSHUN = County("富顺县", "四川省", "自贡市", "510322")
CHONGZHOU = County("崇州市", "四川省", "成都市", "510184")
PEIXIAN = County("沛县", "江苏省", "徐州市", "320322")
PINGYIN = County("平阴县", "山东省", "济南市", "370124")
NANHAI = County("南海区", "广东省", "佛山市", "440605")
BOLUO = County("博罗县", "广东省", "惠州市", "441322")
JULU = County("巨鹿县", "河北省", "邢台市", "130529")
SHEXIAN = County("涉县", "河北省", "邯郸市", "130426")
HUOQIU = County("霍邱县", "安徽省", "六安市", "341522")
XIAOGAN = County("孝感市", "湖北省", "孝感市", "420900", "city")
XIAONAN = County("孝南区", "湖北省", "孝感市", "420902")
ANLU = County("安陆市", "湖北省", "孝感市", "420982")
YUNMENG = County("云梦县", "湖北省", "孝感市", "420923")
GANGU = County("甘谷县", "甘肃省", "天水市", "620523")
CHANGSHAN = County("常山县", "浙江省", "衢州市", "330822")

NEWS = NEWS_COLUMNS
JOINT = "中共{name}委 {name}人民政府关于{year}年度法治政府建设情况的报告"


def sites() -> list[Site]:
    """The discovery profile's additional sites, in a fixed order."""
    return [
        # TRS, div.list-item lists, createPageHTML('page_div', N, cur, 'index', 'htm', total)
        # counted from 1; the reports sit on page 3+ of 其他法定公开信息 among other documents.
        Site(
            "ningxiang", "www.ningxiang.gov.cn", "trs", NINGXIANG, variant=2, scheme="http",
            columns=(*NEWS, "tzgg", "zcjd", "qtxx2"), news=70,
            opts=(("list", "div"), ("pager", "page_div"), ("info", "fullwidth")),
            fillers=(("qtxx2", "disclosure", 64, 2024, 2025),
                     ("tzgg", "notice", 20, 2019, 2025)),
            reports=(
                Report(2023, "宁乡市人民政府关于2023年度法治政府建设情况的报告", column="qtxx2",
                       date="2024-03-26 16:40", publisher="宁乡市人民政府"),
                Report(2022, "宁乡市2022年度法治政府建设工作报告", form="html+pdf", column="qtxx2",
                       date="2023-03-29 09:30"),
                Report(2021, "宁乡市2021年法治政府建设工作情况报告", form="docx", column="qtxx2",
                       date="2022-03-30 11:00", deleted_in=2),
            ),
            lookalikes=(("duty_report", "qtxx2"), ("xxgk_annual", "qtxx2"),
                        ("text_interp", "zcjd"), ("notice", "tzgg")),
        ),
        # TRS .shtml, plain 1-based numbered pager, /zwgk/zdlyxxgk/fzzfjs/ and /gzbg/ (which also
        # holds the 政府工作报告), a 2015-2020 report, a report posted the next September, PubDate
        # metas rewritten by a CMS migration, a calendar trap.
        Site(
            "arong", "www.arq.gov.cn", "trs", ARONG, variant=1, scheme="http",
            aliases=("arq.gov.cn",), columns=(*NEWS, "tzgg", "zcjd", "zdly2", "gzbg2"), news=60,
            opts=(("list", "table"), ("pager", "links1")), meta="stale", quirks=q("calendar"),
            fillers=(("zdly2", "disclosure", 12, 2022, 2025),
                     ("tzgg", "notice", 15, 2019, 2025), ("zcjd", "jiedu", 6, 2020, 2024)),
            reports=(
                Report(2020, "{name}人民政府关于{first}-{year}年度法治政府建设有关情况的报告",
                       column="zdly2", date="2021-03-25 10:12", first_year=2015),
                Report(2021, "阿荣旗2021年度法治政府建设工作报告", column="gzbg2",
                       date="2022-09-16 15:20", publisher="阿荣旗司法局"),
                Report(2022, "阿荣旗人民政府关于2022年度法治政府建设情况的报告", form="pdf",
                       column="zdly2", date="2023-03-28 08:50"),
                Report(2023, "2023年{name}法治政府建设情况", column="zdly2",
                       date="2024-03-29 17:05"),
            ),
            lookalikes=(("gov_work_report", "gzbg2"), ("gov_work_report", "gzbg2"),
                        ("meeting_topic", "zdly2"), ("plan", "zdly2"), ("text_interp", "zcjd")),
        ),
        # TRS .htm with <li><em>date</em><a> lists and the _nPageCount pager; the column is linked
        # only by an image tile (alt text) on the 专题专栏 page; a 范文 look-alike beside it.
        Site(
            "fushun", "www.fsxzf.gov.cn", "trs", FUSHUN, variant=2, scheme="http",
            columns=(*NEWS, "tzgg", "zcjd", "ztfz"), news=65, meta="partial",
            opts=(("list", "em"), ("pager", "trs_vars"), ("info", "cn")), reach=(("ztfz", "tile"),),
            fillers=(("tzgg", "notice", 15, 2019, 2025),),
            reports=(
                Report(2023, "富顺县2023年度法治政府建设工作报告", column="ztfz",
                       date="2024-03-27 10:00"),
                Report(2022, "富顺县人民政府关于2022年法治政府建设情况的报告", form="html+pdf",
                       column="ztfz", date="2023-03-30 15:45"),
                Report(2021, "2021年富顺县法治政府建设情况报告", column="ztfz",
                       date="2022-03-31 09:20"),
            ),
            lookalikes=(("template", "ztfz"), ("meeting", "ztfz"), ("plan", "ztfz"),
                        ("interpretation", "zcjd")),
        ),
        # SiteServer (/channels/<id>.html, /contents/<channel>/<id>.html); 重点工作 is linked only
        # by a "more" link beside a plain heading on the home page; /list/page/… trap.
        Site(
            "chongzhou", "www.chongzhou.gov.cn", "generic", CHONGZHOU, variant=5, scheme="http",
            columns=(*NEWS, "tzgg", "zdgz"), news=70, reach=(("zdgz", "more"),),
            opts=(("more", "more"),), quirks=q("pagetrap"),
            fillers=(("zdgz", "disclosure", 8, 2024, 2025),
                     ("tzgg", "notice", 25, 2019, 2025)),
            reports=(
                Report(2023, "崇州市人民政府关于2023年法治政府建设情况的报告", column="zdgz",
                       date="2024-03-25 11:30"),
                Report(2022, "崇州市2022年度法治政府建设工作报告", column="zdgz",
                       date="2023-03-27 16:00"),
                Report(2021, "崇州市2021年度法治政府建设工作报告", form="pdf", column="zdgz",
                       date="2022-03-24 10:10"),
            ),
            lookalikes=(("meeting", "zdgz"), ("meeting", "zdgz"), ("notice", "zdgz")),
        ),
        # Hanweb whose column page carries no records: only <nextgroup> names the GET
        # /module/web/jpage/dataproxy.jsp?page=1&… URL. Reports among 政府文件; attachments via
        # downfile.jsp. Round 2 adds the 2024 report.
        Site(
            "peixian", "www.px.gov.cn", "hanweb", PEIXIAN, variant=2, scheme="http",
            columns=(*NEWS, "tzgg", "zfwj"), news=60,
            fillers=(("zfwj", "disclosure", 40, 2020, 2025),
                     ("tzgg", "notice", 20, 2019, 2025)),
            reports=(
                Report(2024, "沛县2024年度法治政府建设工作报告", column="zfwj",
                       date="2025-03-27 09:40", round_added=2),
                Report(2023, "沛县人民政府关于2023年度法治政府建设工作情况的报告", column="zfwj",
                       date="2024-03-22 10:30"),
                Report(2022, "沛县2022年度法治政府建设工作报告", form="pdf", column="zfwj",
                       date="2023-03-30 14:15"),
                Report(2021, "沛县2021年度法治政府建设工作报告", form="docx", column="zfwj",
                       date="2022-03-28 16:50"),
                Report(2020, "沛县人民政府关于2020年度法治政府建设工作情况的报告", column="zfwj",
                       date="2021-03-26 08:40"),
            ),
            lookalikes=(("notice", "zfwj"), ("plan", "zfwj"), ("xxgk_annual", "zfwj")),
        ),
        # Hanweb (POST dataproxy) with the 部门信息公开 → 县司法局 → 法治政府建设年度报告 tree;
        # a joint party-government report.
        Site(
            "pingyin", "www.pingyin.gov.cn", "hanweb", PINGYIN, variant=0, scheme="http",
            columns=(*NEWS, "tzgg", "zcjd", "fzzf", "sfj"), names=(("fzzf", "法治政府建设"),),
            news=55, quirks=q("depts"), reach=(("sfj", "tree"),),
            fillers=(("tzgg", "notice", 15, 2019, 2025), ("zcjd", "jiedu", 8, 2020, 2024)),
            reports=(
                Report(2023, "平阴县人民政府关于2023年度法治政府建设情况的报告",
                       date="2024-03-28 17:20"),
                Report(2022, JOINT, date="2023-03-31 09:10", publisher="中共平阴县委办公室"),
                Report(2023, "平阴县司法局2023年度法治政府建设工作报告", form="pdf", column="sfj",
                       issuer="县司法局", date="2024-01-30 15:00", publisher="平阴县司法局"),
                Report(2022, "平阴县司法局关于2022年度法治政府建设情况的报告", column="sfj",
                       issuer="县司法局", date="2023-02-14 10:30", publisher="平阴县司法局"),
            ),
            lookalikes=(("shufa", "sfj"), ("duty_report", "fzzf"), ("interpretation", "zcjd")),
        ),
        # gkmlpt: the classify lists come from /gkmlpt/api/all/<id>?page=N JSON; <noscript> links
        # plain lists.
        Site(
            "nanhai", "www.nanhai.gov.cn", "generic", NANHAI, variant=4,
            columns=(*NEWS, "tzgg", "gkfz", "gkqt"), news=60, opts=(("fallback", "noscript"),),
            fillers=(("gkqt", "disclosure", 30, 2021, 2025),
                     ("tzgg", "notice", 20, 2019, 2025)),
            reports=(
                Report(2023, "佛山市南海区人民政府关于2023年度法治政府建设情况的报告",
                       column="gkfz", date="2024-03-29 18:10", publisher="佛山市南海区人民政府"),
                Report(2022, "佛山市南海区人民政府关于2022年度法治政府建设情况的报告",
                       form="html+pdf", column="gkfz", date="2023-03-30 17:00",
                       publisher="佛山市南海区人民政府"),
                Report(2021, "佛山市南海区2021年度法治政府建设工作报告", column="gkfz",
                       date="2022-03-31 12:00", publisher="佛山市南海区司法局"),
            ),
            lookalikes=(("xxgk_annual", "gkqt"), ("xxgk_annual", "gkqt"),
                        ("interpretation", "gkfz")),
        ),
        # gkmlpt JSON plus the server-rendered 全部 list with plain pages; a report without a
        # place name deep in it. Round 2 edits the 2023 report.
        Site(
            "boluo", "www.boluo.gov.cn", "generic", BOLUO, variant=4, quirks=q("http_to_https"),
            columns=(*NEWS, "tzgg", "gkqt", "gkgh"), news=55, opts=(("fallback", "pages"),),
            fillers=(("gkqt", "disclosure", 50, 2023, 2025),
                     ("tzgg", "notice", 20, 2019, 2025)),
            reports=(
                Report(2023, "2023年度法治政府建设工作报告", column="gkqt",
                       date="2024-03-28 10:45", publisher="博罗县人民政府", edited_in=2),
                Report(2022, "博罗县2022年法治政府建设工作报告", column="gkgh",
                       date="2023-03-29 16:30"),
                Report(2021, "博罗县人民政府关于2021年法治政府建设情况的报告", form="pdf",
                       column="gkqt", date="2022-03-30 09:00"),
            ),
            lookalikes=(("plan", "gkgh"), ("notice", "gkqt"), ("meeting_topic", "gkqt")),
        ),
        # VSB; robots.txt announces a sitemap.xml that lists a report no page links; an endless
        # more.jsp?start= pager.
        Site(
            "julu", "www.julu.gov.cn", "generic", JULU, variant=1, scheme="http",
            columns=(*NEWS, "tzgg", "ghjh2"), news=60, sitemap=True, quirks=q("starttrap"),
            fillers=(("tzgg", "notice", 20, 2019, 2025),),
            reports=(
                Report(2023, "巨鹿县2023年度法治政府建设工作报告", form="pdf", column="ghjh2",
                       date="2024-03-21 15:30"),
                Report(2022, "巨鹿县人民政府关于2022年法治政府建设情况的报告", column="ghjh2",
                       date="2023-03-24 11:20"),
                Report(2021, "巨鹿县2021年法治政府建设工作报告", column="ghjh2",
                       date="2022-03-18 10:00"),
                Report(2020, "巨鹿县2020年度法治政府建设工作报告", column="ghjh2",
                       date="2021-03-30 09:45", extras=q("unlisted")),
            ),
            lookalikes=(("plan", "ghjh2"), ("xxgk_annual", "ghjh2")),
        ),
        # JEECMS with its own site segment; 政府文件 holds a report without a place name, a 范文,
        # an 常务会议议题解读 and a 关于印发…的通知; echoing site search.
        Site(
            "shexian", "www.shexian.gov.cn", "generic", SHEXIAN, variant=2, scheme="http",
            columns=(*NEWS, "tzgg", "zcjd", "zfwj"), news=55, opts=(("jsite", "sxzf"),),
            quirks=q("search"), fillers=(("zfwj", "disclosure", 25, 2019, 2025),
                     ("tzgg", "notice", 15, 2019, 2025), ("zcjd", "jiedu", 6, 2020, 2024)),
            reports=(
                Report(2023, "关于2023年法治政府建设情况的报告", column="zfwj",
                       date="2024-03-26 09:15", publisher="涉县人民政府"),
                Report(2022, "涉县人民政府关于2022年法治政府建设情况的报告", column="zfwj",
                       date="2023-03-28 10:40"),
                Report(2019, "涉县2019年度法治政府建设工作报告", form="docx", column="zfwj",
                       date="2020-03-31 16:00"),
            ),
            lookalikes=(("template", "zfwj"), ("meeting_topic", "zfwj"), ("notice", "zfwj")),
        ),
        # Snowflake ids (/ztzl/fzzfjs/2015621264482889730.html) on a 公开 tree; 其他法定公开信息 is
        # excluded by robots.txt and holds a report.
        Site(
            "huoqiu", "www.huoqiu.gov.cn", "generic", HUOQIU, variant=3,
            columns=("xwdt", "tzgg", "fzzt", "qtxx", "ndbg"), news=60, meta="partial",
            disallow=("/admin/", "/search/", "{col:qtxx}"),
            fillers=(("tzgg", "notice", 20, 2019, 2025),),
            reports=(
                Report(2023, "霍邱县2023年法治政府建设工作报告", column="fzzt",
                       date="2024-03-25 15:00"),
                Report(2022, "霍邱县人民政府关于2022年度法治政府建设情况的报告", form="html+pdf",
                       column="fzzt", date="2023-03-27 10:30"),
                Report(2021, "霍邱县2021年度法治政府建设工作报告", column="qtxx",
                       date="2022-03-29 09:00"),
            ),
            lookalikes=(("xxgk_annual", "ndbg"), ("duty_report", "fzzt")),
        ),
        # A city 集约化 platform (TRS-built, .shtml, page_div pager): the city's own report,
        # reposted by 云梦县, and a 县区 column with 孝昌县's report.
        Site(
            "xiaogan", "www.xiaogan.gov.cn", "platform", XIAOGAN, variant=2,
            columns=(*NEWS, "tzgg", "fzzf", "xqbg"), names=(("xqbg", "县市区法治政府建设年报"),),
            news=45, opts=(("pager", "page_div"),),
            links=(("孝南区", "/xnq/"), ("安陆市", "/als/")),
            fillers=(("tzgg", "notice", 20, 2019, 2025),),
            reports=(
                Report(2023, "孝感市人民政府关于2023年法治政府建设情况的报告",
                       date="2024-03-29 16:00", publisher="孝感市人民政府",
                       republish_on=("yunmeng:tzgg",)),
                Report(2022, "孝昌县2022年度法治政府建设工作报告", column="xqbg", region="孝昌县",
                       date="2023-04-12 09:30", publisher="孝昌县人民政府"),
            ),
            lookalikes=(("plan", "fzzf"),),
        ),
        # A county sub-site whose seed URL is a path on the city's host.
        Site(
            "xiaonan", "www.xiaogan.gov.cn", "platform", XIAONAN, variant=2, parent="xiaogan",
            prefix="/xnq", seed="https://www.xiaogan.gov.cn/xnq/",
            columns=("xwdt", "tzgg", "zcjd", "fzzf"), news=30,
            fillers=(("tzgg", "notice", 10, 2019, 2025),),
            reports=(
                Report(2023, "孝南区人民政府关于2023年度法治政府建设情况的报告",
                       date="2024-03-26 10:20", republish_on=("xiaogan",)),
                Report(2022, "孝南区2022年度法治政府建设工作报告", date="2023-03-30 11:40"),
            ),
            lookalikes=(("text_interp", "zcjd"), ("meeting", "xwdt")),
        ),
        # A county whose own host 301-redirects into the platform; a report in 通知公告.
        Site(
            "anlu", "www.xiaogan.gov.cn", "platform", ANLU, variant=2, parent="xiaogan",
            prefix="/als", redirect_from=("www.anlu.gov.cn",), redirect_status=301,
            seed="http://www.anlu.gov.cn/", columns=("xwdt", "tzgg", "gzbg"), news=30,
            fillers=(("tzgg", "notice", 30, 2021, 2025),),
            reports=(
                Report(2023, "安陆市2023年度法治政府建设工作报告", column="tzgg",
                       date="2024-03-28 15:10"),
                Report(2022, "安陆市人民政府关于2022年度法治政府建设情况的报告", column="gzbg",
                       date="2023-03-29 10:00"),
            ),
            lookalikes=(("gov_work_report", "gzbg"),),
        ),
        # TRS with the _nPageCount pager; 通知公告 full of notices with the reports on page 3+, a
        # repost of the city's report; SiteName copied from the city.
        Site(
            "yunmeng", "www.yunmeng.gov.cn", "trs", YUNMENG, variant=0, scheme="http",
            columns=(*NEWS, "tzgg", "zcjd"), news=60, quirks=q("copied_meta"),
            opts=(("pager", "trs_vars"), ("info", "runon")),
            fillers=(("tzgg", "notice", 75, 2024, 2025),),
            reports=(
                Report(2023, "云梦县2023年法治政府建设工作报告", column="tzgg",
                       date="2024-03-28 11:00"),
                Report(2022, "云梦县人民政府关于2022年度法治政府建设情况的报告", column="tzgg",
                       date="2023-03-30 15:30"),
            ),
            lookalikes=(("notice", "tzgg"), ("plan", "tzgg")),
        ),
        # ASP.NET (动易) in cookieless-session mode, GB2312, no metas.
        Site(
            "gangu", "www.gangu.gov.cn", "gbk", GANGU, variant=2, scheme="http",
            columns=(*NEWS, "tzgg", "gzbg"), news=45, meta="none", quirks=q("session"),
            fillers=(("tzgg", "notice", 15, 2016, 2023),),
            reports=(
                Report(2022, "甘谷县2022年度法治政府建设工作报告", column="gzbg",
                       date="2023-03-29 10:50"),
                Report(2021, "甘谷县人民政府关于2021年度法治政府建设情况的报告", form="doc",
                       column="gzbg", date="2022-03-31 16:20"),
                Report(2019, "甘谷县2019年度法治政府建设工作报告", column="gzbg",
                       date="2020-03-27 09:00"),
            ),
            lookalikes=(("gov_work_report", "gzbg"), ("xxgk_annual", "gzbg")),
        ),
        # Hanweb with the GET page=N dataproxy and 15 visible records: recent news pushes the
        # older reports out of the column page.
        Site(
            "changshan", "www.zjcs.gov.cn", "hanweb", CHANGSHAN, variant=1,
            columns=(*NEWS, "tzgg", "zcjd", "zdly"), names=(("zdly", "法治政府建设"),), news=55,
            padding=(("zdly", 14),),
            fillers=(("tzgg", "notice", 15, 2019, 2025),),
            reports=(
                Report(2023, "2023年{name}法治政府建设情况", date="2024-03-27 14:30",
                       column="zdly"),
                Report(2022, "常山县2022年度法治政府建设工作报告", column="zdly",
                       date="2023-03-28 09:50"),
                Report(2021, "常山县人民政府关于2021年度法治政府建设工作情况的报告",
                       column="zdly", date="2022-03-25 15:00"),
                Report(2020, "常山县2020年度法治政府建设工作报告", form="pdf", column="zdly",
                       date="2021-03-31 10:30"),
            ),
            lookalikes=(("meeting", "zdly"), ("text_interp", "zcjd")),
        ),
    ]
