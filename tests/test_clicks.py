"""Links without a usable href, on saved list pages: data attributes, click handlers, and the
URL-building helpers pages define; and link texts whose title attribute repeats them."""

from __future__ import annotations

from pathlib import Path

from parsel import Selector

from crawler.discovery.clicks import chosen_url, find_helpers, opened_url
from crawler.discovery.links import LinkKind, links_from_embeds, score_link
from crawler.discovery.reading import PageToRead, read_page

KINDS = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds"


def read_fixture(name: str, url: str, encoding: str = "utf-8"):
    return read_page(PageToRead(url=url, body=(KINDS / name).read_bytes(), encoding=encoding,
                                score=60, kind=LinkKind.COLUMN))


def report_urls(reading) -> set[str]:
    return {link.url for link in reading.links if link.kind == LinkKind.REPORT}


def test_a_helper_defined_by_the_page_builds_the_item_urls():
    reading = read_fixture("4_yuanan_tzgg.html", "http://www.yuanan.gov.cn/tzgg/index.shtml")
    assert report_urls(reading) == {"http://www.yuanan.gov.cn/tzgg/202403/20240307173212129.shtml",
                                    "http://www.yuanan.gov.cn/tzgg/202303/20230330100583841.shtml"}
    dated = {link.url: link.date for link in reading.links}
    assert dated["http://www.yuanan.gov.cn/tzgg/202403/20240307173212129.shtml"] == "2024-03-07"


def test_data_url_items():
    reading = read_fixture("4_jiangling_fzzfjs.html", "http://www.jiangling.gov.cn/zwgk/fzzfjs/")
    assert report_urls(reading) == {
        "http://www.jiangling.gov.cn/zwgk/fzzfjs/202401/t20240112_26148930.html",
        "http://www.jiangling.gov.cn/zwgk/fzzfjs/202301/t20230122_89406400.html"}


def test_clickable_table_rows_keep_their_date():
    reading = read_fixture("4_shangyou_qtfdgkxx.html", "http://www.shangyou.gov.cn/syxxgk/fdzdgknr/qtfdgkxx/")
    report = "http://www.shangyou.gov.cn/syxxgk/fdzdgknr/qtfdgkxx/202401/t20240116_52721017.html"
    assert report in report_urls(reading)
    assert next(link.date for link in reading.links if link.url == report) == "2024-01-16"


def test_handlers_and_helpers():
    helpers = find_helpers(["""
        function opendetail(id){ var url = '/tzgg/' + id.substring(0, 6) + '/' + id + '.shtml';
          window.open(url); }
        function show(a, b) { window.open("/art/" + b + "/" + a + ".html", "_blank"); }
        function go(x){ location.href = '/c/' + x.substr(2, 4) + '.htm'; }
        function count(n){ return n + 1; }"""])
    assert set(helpers) == {"opendetail", "show", "go"}

    def url(code):
        return opened_url(code, lambda: helpers)

    assert url("opendetail('20240307173212129')") == "/tzgg/202403/20240307173212129.shtml"
    assert url('show(12, "abc");') == "/art/abc/12.html"
    assert url("go('AB1234CD')") == "/c/1234.htm"
    assert url("window.open('/x/1.html','_blank')") == "/x/1.html"
    assert url("location.href='/y/2.html'") == "/y/2.html"
    assert url("opendetail(someVariable)") is None  # not a literal: left alone
    assert url("unknown('1')") is None


def test_a_title_attribute_that_repeats_the_text_leaves_a_column_a_column():
    page = """<html><body><div class="nav">
    <a href="/zwgk/ghjh/" title="规划计划">规划计划</a>
    <a href="/tzgg/" title="通知公告">通知公告</a>
    <a href="/zwgk/ndjhgzzj/" title="年度计划工作总结">年度计划工作总结</a>
    </div><ul><li><a href="/tzgg/202403/t1.html">关于印发2024年工作要点的通知</a>
    <span>2024-03-01</span></li></ul>
    </body></html>"""
    reading = read_page(PageToRead(url="http://www.a.gov.cn/", body=page.encode(), encoding="utf-8",
                                   score=90, kind=LinkKind.HOME))
    kinds = {link.text: link.kind for link in reading.links}
    assert kinds["规划计划"] != LinkKind.SKIP and kinds["通知公告"] != LinkKind.SKIP
    assert kinds["年度计划工作总结"] != LinkKind.SKIP
    # A dated notice in a list is still a document, and a look-alike one.
    assert kinds["关于印发2024年工作要点的通知"] == LinkKind.SKIP


def test_a_longer_title_attribute_is_kept():
    from crawler.discovery.links import Link

    text = "XX县2023年法治政府建设… XX县2023年法治政府建设工作报告"
    link = score_link(Link("http://www.a.gov.cn/a.html", text))
    assert link.kind == LinkKind.REPORT


def test_helpers_written_as_function_expressions():
    helpers = find_helpers(["""var openInfo = function(id){ window.open("/x/" + id + ".html"); };
        const showIt = (a) => { location.href = '/y/' + a + '.htm'; }
        window.goto = function (k) { return '/z/' + k + '.shtml'; }"""])
    assert {name: helper.url_for(["7"]) for name, helper in helpers.items()} == {
        "openInfo": "/x/7.html", "showIt": "/y/7.htm", "goto": "/z/7.shtml"}


KINDS3 = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds3"


def test_a_tab_strip_opens_the_entries_of_its_array_of_urls():
    page = Selector(text=(KINDS3 / "4_huarong_tabs.html").read_text(encoding="utf-8"))
    links = {link.text: link.url
             for link in links_from_embeds(page, "https://www.huarong.gov.cn/zwgk/index.html")}
    assert links["法治政府建设"] == "https://www.huarong.gov.cn/zwgk/tab/fzzfjs.html"
    assert links["年度报告"] == "https://www.huarong.gov.cn/zwgk/tab/ndbg.html"
    script = "var tabs = ['/a.html', '/b.html']; function show(n) { $('#box').load(tabs[n]); }"
    assert find_helpers([script])["show"].url_for(["1"]) == "/b.html"
    assert find_helpers([script])["show"].url_for(["2"]) is None


def test_a_select_whose_change_handler_builds_the_url_from_the_option():
    page = Selector(text=(KINDS3 / "4_fengxian_year.html").read_text(encoding="utf-8"))
    urls = [link.url
            for link in links_from_embeds(page, "http://www.chinafx.gov.cn/zgfx/xxgk/list.jsp?cid=fzzf")]
    assert "http://www.chinafx.gov.cn/zgfx/xxgk/list.jsp?cid=fzzf&year=2023" in urls
    assert chosen_url("location.href = '/l.jsp?y=' + this.options[this.selectedIndex].value + '&p=1'",
                      "2022") == "/l.jsp?y=2022&p=1"
    assert chosen_url("doSomething(this.value)", "2022") is None


def test_rows_a_script_binds_by_their_data_attribute_open_that_url():
    html = """<ul><li class="item" data-href="/fzzf/202403/t20240328_11.html">
    <span>XX县2023年法治政府建设工作报告</span><span>2024-03-28</span></li></ul>
    <img data-src="/images/banner.jpg">
    <div class="card" data-url="/fzzf/t2.html"><h3>XX县2022年法治政府建设情况报告</h3></div>
    <script>$('.item,.card').on('click', function () { location.href = $(this).data('href'); });</script>"""
    links = links_from_embeds(Selector(text=html), "http://www.a.gov.cn/fzzf/")
    assert [(link.url, link.text, link.date) for link in links] == [
        ("http://www.a.gov.cn/fzzf/202403/t20240328_11.html", "XX县2023年法治政府建设工作报告", "2024-03-28"),
        ("http://www.a.gov.cn/fzzf/t2.html", "XX县2022年法治政府建设情况报告", None)]


def test_handlers_opening_a_url_from_the_clicked_element_data_attribute():
    delegated = ('$(".news-list").on("click","li",function(){'
                 'window.location.href="/content/detail.html?id="+$(this).data("id");});')
    template = ('document.querySelectorAll(".row").forEach(btn => btn.addEventListener("click", () => {'
                ' window.location.href = `/xxgk/item.html?id=${btn.dataset.docId}&t=1`; }));')
    held = ('var BASE = "/art/"; $("ul").on("click", "li", function () { var aid = $(this).attr("data-aid");'
            ' window.open(BASE + aid + ".html", "_blank"); });')
    opened = {name: helper.url_for(["42"]) for script in (delegated, template, held)
              for name, helper in find_helpers([script]).items()}
    assert opened == {"data-id": "/content/detail.html?id=42", "data-doc-id": "/xxgk/item.html?id=42&t=1",
                      "data-aid": "/art/42.html"}
    # A handler that opens the attribute's value as it is, or reads two attributes: not a template.
    assert find_helpers(['$(".x").click(function(){ location.href = $(this).data("href2"); });']) == {}
    assert find_helpers(['$("li").click(function(){ location.href = "/a/" + $(this).data("c") + "/"'
                         ' + $(this).data("id") + ".html"; });']) == {}


def test_a_helper_that_fills_a_form_and_submits_it_opens_the_form_action():
    # `onclick="downFile('<id>')"`, `function downFile(id){document.fileDownLoad.fileId.value = id;
    # document.fileDownLoad.submit();}` and `<form name="fileDownLoad" method="post" action="/downLoad.do">`.
    url = "http://www.aohan.gov.cn/zwgk/fzzfjs/202503/t20250326_33277719.html"
    body = (KINDS.parent / "blind15" / "aohan_article_2024.html").read_bytes()
    reading = read_page(PageToRead(url=url, body=body, encoding="utf-8"))
    (document,) = [link for link in reading.links if "downLoad" in link.url]
    assert document.url == "http://www.aohan.gov.cn/downLoad.do?fileId=ffc5b94ffe3c1dd881b61aff0047bc0a"
    # A file by its text (`…报告.pdf`), not by its URL: an attachment, lent the article's fields.
    assert document.kind == LinkKind.ATTACHMENT
    page = ('<form id="dl" action="/file/get.jsp"><input type="hidden" name="site" value="7">'
            '<input type="hidden" id="fid" name="fileId"></form>'
            '<a href="javascript:;" onclick="getFile(\'A1\')">某县2023年法治政府建设年度报告.docx</a>'
            "<script>function getFile(f){ $('#fid').val(f); $('#dl').submit(); }</script>")
    anchors = read_page(PageToRead(url="http://www.a.gov.cn/x/1.html", body=page.encode(),
                                   encoding="utf-8")).links
    assert "http://www.a.gov.cn/file/get.jsp?site=7&fileId=A1" in {link.url for link in anchors}


def test_a_helper_that_opens_the_url_it_is_given_opens_that_argument():
    # eportal's pager: the element clicked first, the URL second, opened as it is given.
    script = "function queryArticleByCondition(el, url) { window.location.href = url; }"
    helpers = find_helpers([script])
    code = "queryArticleByCondition(this,'/eportal/ui?pageId=2637141&currentPage=2&moduleId=a4aa')"
    assert opened_url(code, lambda: helpers) == "/eportal/ui?pageId=2637141&currentPage=2&moduleId=a4aa"
    # Given something that is not a URL (a label, the element), it opens nothing known.
    assert opened_url("queryArticleByCondition(this, '第二页')", lambda: helpers) is None
    assert opened_url("queryArticleByCondition('/a.html', this)", lambda: helpers) is None
