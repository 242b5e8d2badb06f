"""Link scoring and the CMS families' list and pagination parsing."""

import base64
from urllib.parse import urljoin

from parsel import Selector

from crawler.discovery.families import GenericFamily, HanwebFamily, Page, TrsFamily, families_for
from crawler.discovery.links import (
    Link,
    LinkKind,
    links_from_anchors,
    links_from_embeds,
    score_link,
)


def page(url: str, html: str, form=()) -> Page:
    return Page(url, html, Selector(text=html), form)


def test_report_titles_outrank_columns_and_news():
    report = score_link(Link("http://a.gov.cn/zwgk/202403/t20240328_1.html",
                             "XX县2023年法治政府建设工作报告"))
    column = score_link(Link("http://a.gov.cn/zfxxgk/fdzdgknr/", "法定主动公开内容"))
    news = score_link(Link("http://a.gov.cn/xwzx/gzdt/", "工作动态"))
    assert report.kind == LinkKind.REPORT and column.kind == LinkKind.COLUMN
    assert report.score > column.score > news.score


def test_a_dated_title_on_a_column_s_path_is_an_item_of_that_column_not_a_column():
    # EasySite's articles sit in folders under their column (`…/xzdt6/2019052018230000486/`).
    item = score_link(Link("http://a.gov.cn/cyxrmzf/zwgk49/xzdt6/2019052018230000486/index.html",
                           "龙山苏木全力推进乡村振兴示范村建设", "2019-05-20"))
    column = score_link(Link("http://a.gov.cn/cyxrmzf/zwgk49/xzdt6/index.html", "乡镇动态"))
    assert item.kind == LinkKind.OTHER and column.kind == LinkKind.COLUMN
    assert item.score == column.score > 0  # weighed by the column it sits in


def test_lookalikes_print_views_and_mirrors_are_skipped():
    for text, url in [
        ("2023年政府信息公开工作年度报告", "http://a.gov.cn/t1.html"),
        ("关于印发2023年法治政府建设工作要点的通知", "http://a.gov.cn/t2.html"),
        ("繁體", "http://a.gov.cn/gate/big5/www.a.gov.cn/"),
        ("打印本页", "http://a.gov.cn/t3.html?print=1"),
        ("站内搜索", "http://a.gov.cn/search/?q=1"),
    ]:
        assert score_link(Link(url, text)).kind == LinkKind.SKIP, text


def test_image_alt_text_counts_as_link_text():
    html = '<a href="/ztzl/fzzfjs/"><img src="b.png" alt="法治政府建设"></a>'
    (link,) = links_from_anchors(Selector(text=html), "http://a.gov.cn/")
    scored = score_link(link)
    assert link.text == "法治政府建设" and scored.kind == LinkKind.COLUMN and scored.score >= 75


def test_attachments_follow_only_in_report_context():
    pdf = Link("http://a.gov.cn/P020240328.pdf", "附件1.pdf")
    assert score_link(pdf, page_is_report=True).kind == LinkKind.ATTACHMENT
    assert score_link(pdf).kind == LinkKind.SKIP
    named = Link("http://a.gov.cn/P020240328.pdf", "XX县2023年法治政府建设工作报告.pdf")
    assert score_link(named).kind == LinkKind.ATTACHMENT


def test_an_image_map_area_is_named_by_its_alt_text():
    html = ('<img src="map.png" usemap="#m"><map name="m"><area shape="poly" coords="0,10,38,12"'
            ' href="http://www.tongdao.gov.cn/" alt="通道侗族自治县"></map>')
    (link,) = links_from_anchors(Selector(text=html), "http://www.huaihua.gov.cn/")
    assert (link.url, link.text) == ("http://www.tongdao.gov.cn/", "通道侗族自治县")


def test_list_dates_are_read_beside_links():
    html = '<ul><li><a href="./202403/t20240328_1.html">报告</a><span>2024-03-28</span></li></ul>'
    (link,) = links_from_anchors(Selector(text=html), "http://a.gov.cn/zwgk/")
    assert link.url == "http://a.gov.cn/zwgk/202403/t20240328_1.html"
    assert link.date == "2024-03-28"


def test_an_action_link_is_named_by_its_row_or_card():
    html = """<table><tr><td>XX县人民政府关于2023年法治政府建设工作情况的报告</td><td>2024-03-28</td>
    <td><a href="/fzzf/t20240328_1.html">[查看]</a></td></tr>
    <tr><td>XX县2023年政府信息公开工作年度报告</td><td>2024-01-20</td>
    <td><a href="/fzzf/t2.html">详情</a></td></tr>
    </table><div class="card"><h3>XX县2021年法治政府建设情况报告</h3><p>2022-03-01</p>
    <a href="/fzzf/t3.html">阅读全文 &gt;&gt;</a></div><div><a href="/fzzf/">查看</a></div>
    <dl><dt>XX县2020年法治政府建设工作报告</dt><dd>2020年，我县坚持以习近平法治思想为指导……
    <a href="/fzzf/t4.html">[详细]</a></dd><dd>2021-03-05</dd></dl>"""
    report, lookalike, card, bare, summarised = links_from_anchors(Selector(text=html), "http://a.gov.cn/")
    assert summarised.text == "XX县2020年法治政府建设工作报告"  # the row's heading, not its summary
    assert (report.text, report.date) == ("XX县人民政府关于2023年法治政府建设工作情况的报告", "2024-03-28")
    assert score_link(report).kind == LinkKind.REPORT
    assert score_link(lookalike).kind == LinkKind.SKIP
    assert card.text == "XX县2021年法治政府建设情况报告"
    assert bare.text == "查看"  # nothing around it to name it


def test_a_more_link_is_named_by_its_box_heading():
    html = """<div class="box"><div class="hd"><span>法治政府建设</span>
    <a href="/col/col123/">更多&gt;&gt;</a></div>
    <ul><li><a href="/art/1.html">县召开法治政府建设推进会</a></li></ul></div>
    <div class="box"><ul><li><a href="/art/2.html">县政府常务会议</a></li></ul>
    <a href="/col/col9/">+更多</a></div>"""
    heading, _, _, beside_items = links_from_anchors(Selector(text=html), "http://a.gov.cn/")
    assert heading.text == "法治政府建设" and score_link(heading).kind == LinkKind.COLUMN
    assert beside_items.text == "+更多"  # the box's items are not its heading


def test_a_title_cut_short_may_be_a_report_when_it_shows_the_year_and_a_subject_s_start():
    def kind(text: str) -> LinkKind:
        return score_link(Link("http://www.zyx.gov.cn/Content-2400899.html", text)).kind

    assert kind("紫阳县人民政府关于2023年度法...") == LinkKind.REPORT
    assert kind("紫阳县2023年依法行…") == LinkKind.REPORT
    assert kind("紫阳县2023年政府信息公开工作年度报…") != LinkKind.REPORT  # a look-alike
    assert kind("紫阳县人民政府关于印发2023年…") != LinkKind.REPORT  # nothing of a subject


def test_trs_create_page_html_gives_every_page():
    html = '<script>createPageHTML(4, 0, "index", "html");</script>'
    requests = TrsFamily().next_pages(page("http://a.gov.cn/zwgk/fzzfjs/index.html", html))
    assert [r.url for r in requests] == [
        "http://a.gov.cn/zwgk/fzzfjs/index_1.html",
        "http://a.gov.cn/zwgk/fzzfjs/index_2.html",
        "http://a.gov.cn/zwgk/fzzfjs/index_3.html",
    ]
    later = page("http://a.gov.cn/zwgk/fzzfjs/index_2.html",
                 '<script>createPageHTML(4, 2, "index", "html");</script>')
    assert TrsFamily().next_pages(later) == []


def test_trs_variant_with_div_id():
    html = "<script>createPageHTML('page_div',3, 0,'index','shtml',45);</script>"
    requests = TrsFamily().next_pages(page("http://a.gov.cn/c/index.shtml", html))
    assert [r.url for r in requests] == ["http://a.gov.cn/c/index_1.shtml",
                                        "http://a.gov.cn/c/index_2.shtml"]


def test_trs_pager_under_its_short_name():
    html = '<div id="page"></div><script>createPage(2, 0, "index", "html");</script>'
    requests = TrsFamily().next_pages(page("http://a.gov.cn/zwgk_1/fzzfjsndbg/", html))
    assert [r.url for r in requests] == ["http://a.gov.cn/zwgk_1/fzzfjsndbg/index_1.html"]


def test_trs_pager_counted_from_one_asks_for_both_namings():
    # `createPageHTML('page_div',3,1,…)` on a first page: the second page is `_1` on some
    # sites of the 陕西 platform and `_2` on others; both are asked for.
    html = "<script>createPageHTML('page_div',3,1,'secondLevelChannel','shtml',39);</script>"
    requests = TrsFamily().next_pages(page("http://a.gov.cn/c/secondLevelChannel.shtml", html))
    assert [r.url for r in requests] == [f"http://a.gov.cn/c/secondLevelChannel_{n}.shtml"
                                        for n in (1, 2, 3)]


HANWEB = """<div id="div5678"><script type="text/xml"><datastore>
<nextgroup><![CDATA[]]></nextgroup><recordset>
<record><![CDATA[<li><a href="/art/2024/3/28/art_1234_567.html" title="鄂托克旗2023年法治政府建设工作报告">
鄂托克旗2023年...</a><span>2024-03-28</span></li>]]></record>
</recordset></datastore></script></div>
<script>$('#div5678').jpage({ perPage: 15, totalRecord: 70, proxyUrl: '/module/jpage/dataproxy.jsp',
ajaxParam: {col:1, appid:1, webid:3, path:'/', columnid:1234, sourceContentType:1, unitid:5678,
webname:'鄂托克旗人民政府', permissiontype:0}});</script>"""


def test_hanweb_records_and_dataproxy():
    column = page("http://www.etkq.gov.cn/col/col1234/index.html", HANWEB)
    assert [f.name for f in families_for(column)] == ["hanweb", "script_markup", "generic"]
    (link,) = HanwebFamily().links(column)
    assert link.url == "http://www.etkq.gov.cn/art/2024/3/28/art_1234_567.html"
    assert "2023年法治政府建设工作报告" in link.text and link.date == "2024-03-28"
    (request,) = HanwebFamily().next_pages(column)
    assert request.method == "POST"
    assert request.url == ("http://www.etkq.gov.cn/module/jpage/dataproxy.jsp"
                           "?startrecord=1&endrecord=60&perpage=15")
    form = dict(request.formdata)
    assert form["columnid"] == "1234" and form["unitid"] == "5678" and form["webid"] == "3"
    answer = page(request.url, "<datastore><totalrecord>70</totalrecord><recordset></recordset>"
                  "</datastore>", request.formdata)
    (more,) = HanwebFamily().next_pages(answer)
    assert "startrecord=61&endrecord=70" in more.url and dict(more.formdata) == form


def test_generic_page_parameter_walks_on_while_the_list_has_items():
    items = "".join(f'<li><a href="show.asp?id={i}">通知{i}</a><span>2024-03-0{i}</span></li>'
                    for i in range(1, 4))
    listing = page("http://a.gov.cn/list.asp?classid=5&page=2", f"<ul>{items}</ul>")
    (request,) = GenericFamily().next_pages(listing)
    assert request.url == "http://a.gov.cn/list.asp?classid=5&page=3"
    empty = page("http://a.gov.cn/list.asp?classid=5&page=9", "<ul></ul>")
    assert GenericFamily().next_pages(empty) == []
    assert score_link(Link("http://a.gov.cn/list.asp?page=3", "下一页"), 60).kind == LinkKind.PAGE


def test_traps_are_skipped():
    assert score_link(Link("http://a.gov.cn/list/page/2/page/3/page/4/", "下一页"), 60).kind == LinkKind.SKIP
    assert score_link(Link("http://a.gov.cn/list/page/2/page/3/", "下一页"), 60).kind == LinkKind.PAGE


def test_links_join_as_urljoin_does_whatever_the_page_url():
    # Joins are cached on the part of the page URL they depend on; the result must not change.
    hrefs = ["c.html", "../x/y.html", "./a?b=1", "?page=2", "//cdn.a.gov.cn/doc.pdf", "/p/../q.html",
             "http://other.gov.cn/a/../b.html", "https://a.gov.cn", "a;b/c", ".", "..", "/",
             "index_1.html?x=1#top"]
    bases = ["http://a.gov.cn", "http://a.gov.cn/", "http://a.gov.cn/col/col12/index.html?uid=3#f",
             "https://a.gov.cn/art/2024/3/28/", "http://a.gov.cn/a;p/b.jsp?x=1"]
    html = "".join(f'<a href="{href}">{n}</a>' for n, href in enumerate(hrefs))
    for base in bases:
        found = [link.url for link in links_from_anchors(Selector(text=html), base)]
        assert found == [urljoin(base, href) for href in hrefs], base


def test_a_get_form_s_select_names_the_lists_it_chooses_between():
    # A year filter of an annual-report column: each year's list is the form's action with
    # that year; the year shown now is not asked again, and a search form is no filter.
    html = """<html><body>
    <form class="year-filter" action="/zwgk/ndbg/list.jsp" method="get">
    <input type="hidden" name="cid" value="7">
    <select name="year"><option value="2025" selected>2025年</option><option value="2024">2024年</option>
    <option value="2023">2023年</option></select><button type="submit">查询</button></form>
    <form action="/search/" method="get"><input name="q">
    <select name="scope"><option value="all">全站</option>
    <option value="xxgk">信息公开</option></select></form></body></html>"""
    selector = Selector(text=html, base_url="http://www.a.gov.cn/zwgk/ndbg/")
    links = [link for link in links_from_embeds(selector, "http://www.a.gov.cn/zwgk/ndbg/") if link.listing]
    assert [(link.url, link.text) for link in links] == [
        ("http://www.a.gov.cn/zwgk/ndbg/list.jsp?cid=7&year=2024", "2024年"),
        ("http://www.a.gov.cn/zwgk/ndbg/list.jsp?cid=7&year=2023", "2023年")]
    assert score_link(links[0]).kind == LinkKind.COLUMN


def test_a_list_paged_only_by_link_rel_next():
    rows = "".join(f'<li><a href="/tzgg/202403/t2024030{n}_{n}.html">通知{n}号关于开展工作</a>'
                   f"<span>2024-03-0{n}</span></li>" for n in range(1, 8))
    html = (f'<html><head><link rel="next" href="list_2.html"></head><body><ul>{rows}</ul>'
            '<button id="more">加载更多</button></body></html>')
    (following,) = GenericFamily().next_pages(page("http://www.a.gov.cn/tzgg/index.html", html))
    assert (following.url, following.page_number) == ("http://www.a.gov.cn/tzgg/list_2.html", 2)


def test_a_row_whose_data_url_is_base64_opens_the_decoded_url():
    encoded = base64.b64encode(b"/zwgk/fzzfjs/202403/t20240320_1.html").decode()
    html = (f'<ul><li><a href="javascript:;" class="openUrl" data-url="{encoded}">某某县2023年法治政府建设'
            '年度报告</a><span>2024-03-20</span></li></ul><script>$(".openUrl").click(function () {'
            "window.open(atob($(this).data('url')));});</script>")
    links = links_from_anchors(Selector(text=html), "http://www.a.gov.cn/zwgk/fzzfjs/")
    assert [link.url for link in links] == ["http://www.a.gov.cn/zwgk/fzzfjs/202403/t20240320_1.html"]
