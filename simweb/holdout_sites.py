"""The sites of the holdout web: 21 county, city-platform and 政府信息公开 sites in new templates.

Counties and division codes are real (``/work/shared/data/gov_sites.csv``) and used by no other
profile. Each entry names its skin (``family``: ``h_trs``, ``h_hanweb``, ``h_old``, ``h_cms``,
``h_xxgk``, ``h_city``; see ``holdout.py``) and the template options that make it differ from
its family's other sites. Reports with ``seed="mix:N"`` are paraphrases of the real seed reports
(``holdout_texts.paraphrase``, slot N); the others are synthetic (``texts.make_report``).

Options (``Site.opts``): ``ext``, ``list`` (ul_after, ul_before, table, dl, rows, ol_nodate,
em_before, soup), ``date`` (iso, bracket, cn, md, slash, loose, none), ``truncate``, ``pager``
(TRS: literal, vars_comment, vars_div, div_first), ``info`` (see ``Skin.info``), ``para``,
``body``, ``attach`` (link, trs, viewer, onclick), ``crumb``, ``meta_order``, ``meta_style``,
``meta_extra``, ``root`` (script, refresh, 302), ``proxy`` (post, get), ``visible``, ``server``
(asp, jsp), ``scheme`` (CMS, 公开 platform and city platform URL schemes), ``slug.<col>``,
``parent.<col>``, ``group.<slug>``, ``hide.<col>``, ``script_redirect_from``.
"""

from __future__ import annotations

from .spec import County, Report, Site, q

# key -> (column name, URL slug, parent name shown in breadcrumbs); sites override slugs and
# parents with ``slug.<key>`` / ``parent.<key>`` options and names with ``Site.names``.
COLUMNS: dict[str, tuple[str, str, str]] = {
    "xwdt": ("工作动态", "xwzx/gzdt", "新闻中心"),
    "tpxw": ("图片新闻", "xwzx/tpxw", "新闻中心"),
    "sp": ("视频新闻", "xwzx/spxw", "新闻中心"),
    "hdjl": ("网上调查", "hdjl/wsdc", "互动交流"),
    "bsfw": ("便民服务", "bmfw/bmxx", "办事服务"),
    "tzgg": ("通知公告", "xwzx/tzgg", "新闻中心"),
    "zcjd": ("政策解读", "zwgk/zcjd", "政务公开"),
    "gzbg": ("政府工作报告", "zwgk/zfgzbg", "政务公开"),
    "fzzf": ("法治政府建设", "zwgk/zdlyxxgk/fzzfjs", "重点领域信息公开"),
    "fzbg": ("法治政府建设年度报告", "fdzdgknr/fzzfjsndbg", "法定主动公开内容"),
    "qtxx": ("其他法定公开信息", "fdzdgknr/qtfdgkxx", "法定主动公开内容"),
    "zcwj": ("政策文件", "fdzdgknr/zcwj", "法定主动公开内容"),
    "ndbg": ("政府信息公开年报", "zfxxgknb", "政府信息公开"),
    "ghjh": ("规划计划", "zwgk/ghjh", "政务公开"),
    "zfwj": ("政府文件", "zwgk/zfwj", "政务公开"),
    "sfj": ("法治政府建设年度报告", "bmxxgk/sfj/fzbg", "司法局"),
    "xqbg": ("县(市、区)法治政府建设年度报告", "zwgk/xsqfzbg", "政务公开"),
}
GROUP_NAMES = {"fdzdgknr": "法定主动公开内容", "bmxxgk": "部门信息公开", "bmxxgk/sfj": "司法局"}
# Departments of a 公开 platform besides the 司法局 (their pages are empty).
DEPARTMENTS = (("fgj", "发展和改革局"), ("jyj", "教育局"), ("czj", "财政局"), ("zrzyj", "自然资源局"),
               ("scjgj", "市场监督管理局"), ("wjj", "卫生健康局"))

LILING = County("醴陵市", "湖南省", "株洲市", "430281")
LIUYANG = County("浏阳市", "湖南省", "长沙市", "430181")
TONGXIANG = County("桐乡市", "浙江省", "嘉兴市", "330483")
PIZHOU = County("邳州市", "江苏省", "徐州市", "320382")
HUAXIAN = County("滑县", "河南省", "安阳市", "410526")
WUAN = County("武安市", "河北省", "邯郸市", "130481")
RENHUAI = County("仁怀市", "贵州省", "遵义市", "520382")
HAINING = County("海宁市", "浙江省", "嘉兴市", "330481")
FEIXI = County("肥西县", "安徽省", "合肥市", "340123")
XIANGYANG = County("襄阳市", "湖北省", "襄阳市", "420600", "city")
XIANGZHOU = County("襄州区", "湖北省", "襄阳市", "420607")
GUCHENG = County("谷城县", "湖北省", "襄阳市", "420625")
YIBIN = County("宜宾市", "四川省", "宜宾市", "511500", "city")
NANXI = County("南溪区", "四川省", "宜宾市", "511503")
JIANGAN = County("江安县", "四川省", "宜宾市", "511523")
SHUNDE = County("顺德区", "广东省", "佛山市", "440606")
BAOAN = County("宝安区", "广东省", "深圳市", "440306")
XINJIN = County("新津区", "四川省", "成都市", "510118")
RONGCHENG = County("荣成市", "山东省", "威海市", "371082")

NEWS = ("xwdt", "tpxw", "hdjl")
GOV = "{name}人民政府关于{year}年法治政府建设情况的报告"
GOV_DU = "{name}人民政府关于{year}年度法治政府建设情况的报告"
WORK = "{name}{year}年度法治政府建设工作报告"


def o(**kwargs: str) -> tuple[tuple[str, str], ...]:
    """Site options from keyword arguments (``__`` in a name stands for ``.``)."""
    return tuple((k.replace("__", "."), v) for k, v in kwargs.items())


def sites() -> list[Site]:
    """The holdout sites, in a fixed order."""
    return [
        # TRS .html: <li><span>[date]</span><a>, createPageHTML(N, 0, 'index', 'html'), the body in
        # div.article-content > div.TRS_UEDITOR, metas article-first; the root moves on by script;
        # a 政务日历 that never ends; hnliling.gov.cn serves the same pages.
        Site(
            "liling", "www.hnliling.gov.cn", "h_trs", LILING, scheme="http",
            padding=(("fzzf", 16),),
            aliases=("hnliling.gov.cn",), columns=(*NEWS, "tzgg", "zcjd", "gzbg", "fzzf"),
            news=75, quirks=q("h_calendar"),
            opts=o(ext="html", list="ul_before", date="bracket", pager="literal", info="plain",
                   body="trs_ueditor", para="fangsong", attach="trs", meta_order="article",
                   root="script", slug__xwdt="xwzx/llyw", slug__fzzf="zwgk/fzzfjs"),
            names=(("xwdt", "醴陵要闻"),),
            fillers=(("tzgg", "notice", 20, 2019, 2025),),
            reports=(
                Report(2023, GOV, seed="mix:0", column="fzzf", date="2024-03-28 09:18",
                       publisher="醴陵市人民政府", extras=q("print")),
                Report(2022, WORK, form="html+pdf", column="fzzf", date="2023-03-30 15:40"),
                Report(2021, "2021年{name}法治政府建设情况报告", column="fzzf",
                       date="2022-03-29 10:05", edited_in=2),
                Report(2020, WORK, form="pdf", column="fzzf", date="2021-03-26 16:30"),
            ),
            lookalikes=(("plan", "fzzf"), ("meeting_topic", "fzzf"), ("interpretation", "zcjd"),
                        ("gov_work_report", "gzbg")),
        ),
        # TRS .htm portal: table rows with 2024年3月28日, the var countPage = N//共多少页 pager, the
        # root is a meta refresh, http moves to https; links to its 公开 platform.
        Site(
            "liuyang", "www.liuyang.gov.cn", "h_trs", LIUYANG, quirks=q("http_to_https"),
            columns=(*NEWS, "tzgg", "zcjd"), news=70,
            links=(("政府信息公开", "https://xxgk.liuyang.gov.cn/openness/index.html"),),
            opts=o(ext="htm", list="table", date="cn", pager="vars_comment", info="cn",
                   body="trs_editor", crumb="您现在的位置：", root="refresh"),
            fillers=(("tzgg", "notice", 30, 2020, 2025),),
            reports=(
                Report(2024, "2024年{name}法治政府建设情况", column="tzgg", form="pdf",
                       date="2025-03-27 17:10", publisher="浏阳市人民政府办公室"),
            ),
            lookalikes=(("meeting", "xwdt"), ("notice", "tzgg")),
        ),
        # Hunan-style 政府信息公开 platform: home → 法定主动公开内容 → column, and home → 部门信息公开
        # → 市司法局 → column; ?page=N pagers; info table; div.wz_content.
        Site(
            "liuyang_xxgk", "xxgk.liuyang.gov.cn", "h_xxgk", LIUYANG, seed=None, news=0,
            columns=("fzbg", "qtxx", "zcwj", "ndbg", "sfj"), meta="partial",
            disallow=("/openness/search/",),
            opts=(*o(scheme="openness", body="wz", parent__sfj="市司法局"),
                  ("group.bmxxgk/sfj", "市司法局")),
            fillers=(("qtxx", "disclosure", 48, 2021, 2025), ("zcwj", "disclosure", 25, 2019, 2025)),
            reports=(
                Report(2023, GOV_DU, seed="mix:1", column="fzbg", date="2024-03-29 11:00",
                       publisher="浏阳市人民政府"),
                Report(2022, "{name}{year}年法治政府建设工作报告", form="docx", column="fzbg",
                       date="2023-03-31 09:30"),
                Report(2021, GOV_DU, column="fzbg", date="2022-03-30 15:00"),
                Report(2020, WORK, column="qtxx", date="2021-04-16 10:20"),
                Report(2023, "浏阳市司法局2023年度法治政府建设情况报告", column="sfj",
                       issuer="市司法局", date="2024-02-02 16:00", publisher="浏阳市司法局"),
            ),
            lookalikes=(("xxgk_annual", "ndbg"), ("xxgk_annual", "ndbg"), ("duty_report", "fzbg"),
                        ("text_interp", "fzbg"), ("shufa", "sfj")),
        ),
        # Hanweb with the POST dataproxy (startrecord/endrecord), records as <li> with
        # span.bt-data-time, ZJEG_RSS markers in div.bt-article; recent items push the older reports
        # off the column page; an echoing full-text search; a /big5/ mirror with tone-marked pinyin.
        Site(
            "tongxiang", "www.tx.gov.cn", "h_hanweb", TONGXIANG, news=60,
            columns=(*NEWS, "tzgg", "zcjd", "fzzf"), padding=(("fzzf", 14),),
            quirks=q("h_search", "h_pinyin_tone"),
            opts=o(proxy="post", visible="15", info="published", meta_extra="1",
                   crumb="当前位置："),
            reports=(
                Report(2023, GOV, seed="mix:2", column="fzzf", date="2024-03-27 16:40",
                       publisher="桐乡市人民政府"),
                Report(2022, "{name}{year}年度法治政府建设|工作报告", column="fzzf",
                       date="2023-03-24 10:00"),
                Report(2021, "{name}人民政府关于{year}年度法治政府建设工作情况的报告",
                       form="html+pdf", column="fzzf", date="2022-03-25 14:20"),
                Report(2020, "2020年{name}法治政府建设情况报告", column="fzzf",
                       date="2021-03-30 09:10"),
            ),
            lookalikes=(("plan", "fzzf"), ("meeting", "fzzf"), ("notice", "fzzf"),
                        ("interpretation", "zcjd")),
        ),
        # Hanweb with the GET dataproxy (page=N, 12 records a page), table records, #zoom bodies,
        # downfile.jsp attachments; 规划计划 is excluded by robots.txt and holds a report; a
        # report that answers 503 once.
        Site(
            "pizhou", "www.pizhou.gov.cn", "h_hanweb", PIZHOU, scheme="http", news=55,
            columns=(*NEWS, "tzgg", "zfwj", "ghjh"), meta="partial",
            disallow=("/search/", "{col:ghjh}"),
            opts=o(proxy="get", visible="12", info="spaced", body="zoom", meta_order="mixed",
                   crumb="您的位置：", hide__ghjh="1"),
            fillers=(("zfwj", "disclosure", 30, 2020, 2025), ("tzgg", "notice", 15, 2019, 2025)),
            reports=(
                Report(2023, WORK, seed="mix:3", column="zfwj", date="2024-03-26 10:30"),
                Report(2022, GOV_DU, form="docx", column="zfwj", date="2023-03-29 16:00"),
                Report(2021, "{name}{year}年法治政府建设工作报告", form="pdf", column="zfwj",
                       date="2022-03-28 11:45"),
                Report(2020, "{name}人民政府关于{year}年法治政府建设工作情况的报告",
                       column="zfwj", date="2021-03-31 08:50", extras=q("flaky")),
                Report(2019, WORK, column="ghjh", date="2020-04-02 15:30"),
            ),
            lookalikes=(("xxgk_annual", "zfwj"), ("notice", "zfwj"), ("template", "zfwj")),
        ),
        # ASP, GB2312 declared only in a meta tag, no metas; relative links with ?page=N and
        # 首页/上页/下页/尾页; dates as (2024-3-28); the root 302s; a page that never answers.
        Site(
            "huaxian", "www.hnhx.gov.cn", "h_old", HUAXIAN, scheme="http", meta="none",
            padding=(("fzzf", 12),),
            columns=(*NEWS, "tzgg", "gzbg", "fzzf"), names=(("fzzf", "依法治县"),), news=50,
            quirks=q("h_hang"),
            opts=o(server="asp", truncate="18", info="asp",
                   para="soup", root="302"),
            fillers=(("tzgg", "notice", 18, 2016, 2023),),
            reports=(
                Report(2022, "中共{name}县委 {name}人民政府关于{year}年度法治政府建设情况的报告",
                       column="fzzf", date="2023-03-28 11:20", publisher="中共滑县县委办公室"),
                Report(2021, WORK, form="doc", column="fzzf", date="2022-03-30 09:40"),
                Report(2019, GOV, seed="mix:4", column="fzzf", date="2020-03-31 17:00"),
                Report(2018, "{name}{year}年法治政府建设工作报告", column="gzbg",
                       date="2019-04-08 10:10"),
            ),
            lookalikes=(("gov_work_report", "gzbg"), ("meeting", "xwdt"), ("plan", "fzzf")),
        ),
        # JSP in GBK (<meta charset="gbk">), a new jsessionid in every link of every page,
        # &pageIndex=N with > and >> links, <dl> lists, td.bt_content bodies, upper-case metas of
        # the article only; a scanned PDF without a text layer.
        Site(
            "wuan", "www.wuan.gov.cn", "h_old", WUAN, scheme="http", meta="article",
            padding=(("fzzf", 20),),
            columns=(*NEWS, "tzgg", "gzbg", "fzzf"), news=55,
            opts=o(server="jsp", truncate="24", info="updated", para="indent",
                   meta_style="upper"),
            fillers=(("tzgg", "notice", 20, 2019, 2025),),
            reports=(
                Report(2023, WORK, column="fzzf", date="2024-03-29 09:15"),
                Report(2022, GOV_DU, seed="mix:5", column="fzzf", date="2023-03-30 10:50"),
                Report(2021, "{name}{year}年法治政府建设情况报告", form="scan", column="fzzf",
                       date="2022-03-31 16:10"),
                Report(2020, "{name}人民政府关于{year}年度法治政府建设工作的报告", form="doc",
                       column="gzbg", date="2021-03-29 11:30"),
            ),
            lookalikes=(("xxgk_annual", "gzbg"), ("shufa", "fzzf"), ("notice", "tzgg")),
        ),
        # DedeCMS-like: /<col>/list_<tid>_N.html with 下一页/末页, /<col>/YYYY/MMDD/<id>.html;
        # PDFs in a pdf.js viewer iframe (encoded file parameter), Word files by window.open;
        # an endless /plus/list.php pager; http moves to https. Round 2 adds the 2024 report.
        Site(
            "renhuai", "www.gzrh.gov.cn", "h_cms", RENHUAI, quirks=q("http_to_https", "h_endless"),
            padding=(("fzzf", 18),),
            columns=(*NEWS, "tzgg", "zcjd", "fzzf"), meta="none", news=60,
            opts=o(scheme="dede", list="ul_after", date="iso", info="time_first",
                   body="article_con", attach="viewer", slug__fzzf="zwgk/fzzf"),
            fillers=(("tzgg", "notice", 15, 2019, 2025),),
            reports=(
                Report(2024, WORK, column="fzzf", date="2025-03-25 10:00", round_added=2),
                Report(2023, GOV, form="pdf", column="fzzf", date="2024-03-28 15:00"),
                Report(2022, WORK, form="docx", column="fzzf", date="2023-03-29 09:20"),
                Report(2021, WORK, form="html+pdf", column="fzzf", date="2022-03-30 11:10"),
                Report(2020, "{name}人民政府关于{year}年法治政府建设工作情况的报告",
                       seed="mix:6", column="fzzf", date="2021-03-26 10:45"),
            ),
            lookalikes=(("plan", "fzzf"), ("interpretation", "zcjd"), ("meeting", "fzzf")),
        ),
        # .cshtml CMS: index_N.cshtml with numbers, content_<id>.cshtml, div#UCAP-CONTENT, metas
        # content-first; attachments behind /attachment/download?fid= redirects, with intro pages.
        # Round 2 deletes the 2020 report.
        Site(
            "haining", "www.haining.gov.cn", "h_cms", HAINING, news=55,
            padding=(("fzzf", 18),),
            columns=(*NEWS, "tzgg", "zcjd", "fzzf"),
            opts=o(scheme="cshtml", list="em_before", date="iso", info="pipes", body="ucap",
                   meta_style="content_first", crumb="您所在的位置："),
            fillers=(("tzgg", "notice", 15, 2019, 2025),),
            reports=(
                Report(2023, GOV_DU, form="docx", column="fzzf", date="2024-03-27 14:00"),
                Report(2022, WORK, form="pdf", column="fzzf", date="2023-03-28 10:40"),
                Report(2021, GOV_DU, seed="mix:7", column="fzzf", date="2022-03-29 16:50"),
                Report(2020, "2020年{name}法治政府建设情况报告", column="fzzf",
                       date="2021-03-24 09:00", deleted_in=2),
            ),
            lookalikes=(("text_interp", "fzzf"), ("xxgk_annual", "fzzf"), ("meeting_topic", "fzzf")),
        ),
        # Portal with extension-less /content/article/<id>, div rows, a JS pager with a plain
        # <noscript> fallback (list_2.html); a report without a place name in 通知公告.
        Site(
            "feixi", "www.feixi.gov.cn", "h_cms", FEIXI, columns=(*NEWS, "tzgg"), news=65,
            links=(("信息公开", "https://xxgk.feixi.gov.cn/public/index.html"),),
            opts=o(scheme="article", list="rows", date="iso", info="reads", body="fontzoom"),
            fillers=(("tzgg", "notice", 40, 2023, 2025),),
            reports=(
                Report(2024, "关于{year}年法治政府建设情况的报告", column="tzgg",
                       date="2025-03-26 17:30", publisher="肥西县人民政府"),
            ),
            lookalikes=(("meeting", "xwdt"),),
        ),
        # Anhui-style 公开 platform: /public/column/<id>?type=3 group pages, ?type=4&action=list
        # lists with &page=N, /public/<site>/<id>.html articles, dl info blocks.
        Site(
            "feixi_xxgk", "xxgk.feixi.gov.cn", "h_xxgk", FEIXI, seed=None, news=0,
            columns=("fzbg", "qtxx", "ndbg", "sfj"),
            opts=(*o(scheme="public", body="wzcon", parent__sfj="县司法局", meta_order="mixed"),
                  ("group.bmxxgk/sfj", "县司法局")),
            fillers=(("qtxx", "disclosure", 40, 2018, 2025),),
            reports=(
                Report(2023, "关于{year}年法治政府建设情况的报告", seed="mix:8", column="fzbg",
                       date="2024-03-28 10:00", publisher="肥西县人民政府"),
                Report(2022, WORK, column="fzbg", date="2023-03-30 15:30"),
                Report(2021, GOV, form="html+pdf", column="fzbg", date="2022-03-31 09:00"),
                Report(2022, "肥西县司法局2022年度法治政府建设工作报告", column="sfj",
                       issuer="县司法局", date="2023-01-18 11:00", publisher="肥西县司法局"),
                Report(2018, WORK, column="qtxx", date="2019-04-03 10:00"),
            ),
            lookalikes=(("xxgk_annual", "ndbg"), ("plan", "fzbg"), ("notice", "qtxx")),
        ),
        # City 集约化 platform, TRS-built: createPageHTML('page_box',N,0,'index','shtml',total),
        # info tables; its own report, a county-level city's, a development zone's, and reposts.
        Site(
            "xiangyang", "www.xiangyang.gov.cn", "h_city", XIANGYANG, news=45,
            padding=(("fzzf", 16),),
            columns=(*NEWS, "tzgg", "fzzf", "xqbg"), opts=o(scheme="trs"),
            links=(("襄州区", "/xzq/index.shtml"), ("谷城县", "/gcx/index.shtml")),
            fillers=(("tzgg", "notice", 20, 2019, 2025),),
            reports=(
                Report(2023, GOV, column="fzzf", date="2024-03-29 17:00", publisher="襄阳市人民政府"),
                Report(2022, WORK, column="xqbg", region="枣阳市", date="2023-04-11 10:00",
                       publisher="枣阳市人民政府"),
                Report(2022, "襄阳高新技术产业开发区管委会2022年度法治政府建设工作报告",
                       column="xqbg", region="襄阳高新技术产业开发区", date="2023-03-31 16:20",
                       publisher="襄阳高新区管委会"),
            ),
            lookalikes=(("plan", "fzzf"), ("gov_work_report", "tzgg")),
        ),
        # A county sub-site whose seed is a path on the city's host.
        Site(
            "xiangzhou", "www.xiangyang.gov.cn", "h_city", XIANGZHOU, parent="xiangyang",
            prefix="/xzq", seed="https://www.xiangyang.gov.cn/xzq/", news=25,
            columns=("xwdt", "tzgg", "zcjd", "fzzf"), opts=o(scheme="trs"),
            reports=(
                Report(2023, GOV_DU, column="fzzf", date="2024-03-25 09:40",
                       republish_on=("xiangyang",)),
                Report(2022, "2022年{name}法治政府建设情况报告", column="fzzf",
                       date="2023-03-27 16:10"),
            ),
            lookalikes=(("text_interp", "zcjd"),),
        ),
        # A county whose own host 302s into the platform.
        Site(
            "gucheng", "www.xiangyang.gov.cn", "h_city", GUCHENG, parent="xiangyang",
            prefix="/gcx", redirect_from=("www.gucheng.gov.cn",), seed="http://www.gucheng.gov.cn/",
            news=25, columns=("xwdt", "tzgg", "fzzf"), opts=o(scheme="trs"),
            reports=(
                Report(2023, WORK, seed="mix:9", column="fzzf", date="2024-03-26 15:30",
                       republish_on=("xiangyang",)),
                Report(2022, GOV_DU, form="pdf", column="fzzf", date="2023-03-29 10:20"),
            ),
        ),
        # A second platform: list_N.html pagers, /<col>/YYYYMM/<hex>.html articles.
        Site(
            "yibin", "www.yibin.gov.cn", "h_city", YIBIN, scheme="http", news=45, meta="partial",
            padding=(("fzzf", 16),),
            columns=(*NEWS, "tzgg", "fzzf", "xqbg"),
            names=(("xqbg", "区县法治政府建设年度报告"),),
            links=(("南溪区", "/nxq/index.html"), ("江安县", "/jax/index.html")),
            opts=o(scheme="list", list="ul_before", date="iso", info="visits", body="article-content",
                   crumb="您当前的位置："),
            fillers=(("tzgg", "notice", 25, 2019, 2025),),
            reports=(
                Report(2023, "{name}{year}年法治政府建设年度报告", column="fzzf",
                       date="2024-03-28 18:00", publisher="宜宾市人民政府"),
                Report(2023, WORK, column="xqbg", region="叙州区", date="2024-04-09 10:30",
                       publisher="宜宾市叙州区人民政府"),
            ),
            lookalikes=(("xxgk_annual", "fzzf"), ("meeting", "xwdt")),
        ),
        # A sub-site whose own host only moves the browser to the platform by script.
        Site(
            "nanxi", "www.yibin.gov.cn", "h_city", NANXI, scheme="http", parent="yibin", prefix="/nxq",
            seed="http://www.scnx.gov.cn/", news=25, columns=("xwdt", "tzgg", "fzzf"),
            opts=o(scheme="list", list="ul_before", date="iso", info="visits",
                   script_redirect_from="www.scnx.gov.cn"),
            reports=(
                Report(2023, "宜宾市南溪区人民政府关于2023年法治政府建设情况的报告", column="fzzf",
                       date="2024-03-27 11:15", republish_on=("yibin",)),
                Report(2022, WORK, column="fzzf", date="2023-03-30 10:00"),
            ),
        ),
        # A sub-site seeded at its index page on the platform.
        Site(
            "jiangan", "www.yibin.gov.cn", "h_city", JIANGAN, scheme="http", parent="yibin",
            prefix="/jax",
            seed="http://www.yibin.gov.cn/jax/index.html", news=25,
            columns=("xwdt", "tzgg", "zcjd", "fzzf"),
            opts=o(scheme="list", list="ul_before", date="iso", info="visits"),
            reports=(
                Report(2023, "{name}人民政府关于{year}年度法治政府建设工作情况的报告", column="fzzf",
                       date="2024-03-29 09:00"),
                Report(2022, "{name}{year}年法治政府建设工作报告", form="docx", column="fzzf",
                       date="2023-03-31 17:40"),
            ),
            lookalikes=(("interpretation", "zcjd"),),
        ),
        # Guangdong style /<col>/content/post_<id>.html with a big5 gateway that also swaps
        # vocabulary; 【发布时间】 brackets; numbered pager with < and >.
        Site(
            "shunde", "www.shunde.gov.cn", "h_cms", SHUNDE, news=60,
            padding=(("fzzf", 20),),
            columns=(*NEWS, "tzgg", "zcjd", "fzzf"), quirks=q("h_gate"),
            opts=o(scheme="post", list="ul_after", date="iso", info="brackets",
                   body="article_content", meta_extra="1", slug__fzzf="zwgk/fzzfjsndbg"),
            names=(("fzzf", "法治政府建设年度报告"),),
            fillers=(("tzgg", "notice", 20, 2019, 2025),),
            reports=(
                Report(2023, "佛山市顺德区人民政府关于2023年度法治政府建设情况的报告",
                       seed="mix:10", column="fzzf", date="2024-03-29 16:30",
                       publisher="佛山市顺德区人民政府", extras=q("print")),
                Report(2022, "佛山市顺德区2022年度法治政府建设工作报告", column="fzzf",
                       date="2023-03-30 17:00"),
                Report(2021, GOV, column="fzzf", date="2022-03-31 15:20"),
            ),
            lookalikes=(("interpretation", "zcjd"), ("xxgk_annual", "fzzf")),
        ),
        # /<col>/YYYY/MM/<hex>.html, lists without dates, a laypage pager with <noscript>, run-on
        # labels, a SiteName copied from the city; the seed is the bare domain (301 to www); a
        # wza. host shows every page in traditional characters with toneless pinyin.
        Site(
            "baoan", "www.baoan.gov.cn", "h_cms", BAOAN, aliases=("baoan.gov.cn",),
            padding=(("fzzf", 20),),
            seed="https://baoan.gov.cn/", news=60, columns=(*NEWS, "tzgg", "fzzf"),
            quirks=q("alias_redirect", "copied_meta", "h_pinyin_host"),
            opts=o(scheme="ymd", list="ol_nodate", info="runon", body="news_cont_d_wrap",
                   crumb="您的位置：", slug__fzzf="xxgk/fzzfjs"),
            fillers=(("tzgg", "notice", 25, 2019, 2025),),
            reports=(
                Report(2023, "深圳市宝安区{year}年法治政府建设年度报告", column="fzzf",
                       date="2024-03-31 20:10", publisher="深圳市宝安区人民政府"),
                Report(2022, "深圳市宝安区人民政府关于2022年度法治政府建设情况的报告",
                       seed="mix:11", column="fzzf", date="2023-03-30 18:00"),
                Report(2021, WORK, form="pdf", column="fzzf", date="2022-03-29 12:00"),
            ),
            lookalikes=(("duty_report", "fzzf"), ("meeting_topic", "fzzf")),
        ),
        # TRS .shtml: div rows with (03-28) dates, createPageHTML("pagination", pageNum, curPage,
        # …) counted from 1, span-split labels, metas content-first and mixed; https only, and
        # xinjin.gov.cn 301s to www.
        Site(
            "xinjin", "www.xinjin.gov.cn", "h_trs", XINJIN, aliases=("xinjin.gov.cn",),
            padding=(("fzzf", 16),),
            quirks=q("http_to_https", "alias_redirect"), columns=(*NEWS, "tzgg", "gzbg", "fzzf"),
            news=55, seed="http://www.xinjin.gov.cn/",
            opts=o(ext="shtml", list="rows", date="md", pager="vars_div", info="spans", body="view",
                   meta_style="content_first", meta_order="mixed", crumb="位置：", crumb_doc="1"),
            fillers=(("tzgg", "notice", 20, 2019, 2025),),
            reports=(
                Report(2023, "成都市新津区人民政府关于2023年法治政府建设情况的报告", column="fzzf",
                       date="2024-03-28 14:10"),
                Report(2022, WORK, form="html+pdf", column="fzzf", date="2023-03-27 10:00"),
                Report(2021, "2021年{name}法治政府建设情况报告", column="fzzf",
                       date="2022-03-30 16:45", extras=q("flaky")),
                Report(2020, "{name}人民政府关于{year}年度法治政府建设工作情况的报告",
                       column="fzzf", date="2021-03-31 10:10"),
            ),
            lookalikes=(("plan", "fzzf"), ("gov_work_report", "gzbg"), ("notice", "fzzf")),
        ),
        # Bare <div> soup: no ul, no metas, .htm pages, a laypage pager with <noscript>; a
        # department report, a title over two lines, a multi-year report; the root refreshes.
        Site(
            "rongcheng", "www.rongcheng.gov.cn", "h_cms", RONGCHENG, scheme="http", meta="none",
            padding=(("fzzf", 20),),
            columns=(*NEWS, "tzgg", "fzzf", "sfj"), news=55,
            opts=o(scheme="soup", list="soup", date="slash", info="publisher", para="div",
                   body="soup", crumb="位置：", root="refresh", slug__sfj="bmdt/sfj/fzbg"),
            fillers=(("tzgg", "notice", 20, 2019, 2025),),
            reports=(
                Report(2023, "{name}{year}年度法治政府建设|工作报告", column="fzzf",
                       date="2024-03-26 09:30"),
                Report(2022, GOV_DU, column="fzzf", date="2023-03-29 11:10"),
                Report(2023, "荣成市司法局2023年度法治政府建设情况报告", column="sfj",
                       issuer="市司法局", date="2024-01-25 10:00", publisher="荣成市司法局"),
                Report(2020, "{name}人民政府关于{first}-{year}年度法治政府建设有关情况的报告",
                       column="fzzf", date="2021-03-30 15:00", first_year=2016),
                Report(2016, WORK, column="fzzf", date="2017-03-28 10:00"),
            ),
            lookalikes=(("shufa", "sfj"), ("meeting", "xwdt"), ("template", "fzzf")),
        ),
    ]
