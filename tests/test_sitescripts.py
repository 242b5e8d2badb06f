"""URL helpers defined in a site's own script files, on saved pages and scripts: which helpers a
page calls without defining them, which of its script files to fetch, the helpers (and the
constants they build from) those files define, the page read again with them, the per-site
limits, and the spider-side wait for the files (`crawler.sitescripts`)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, TextResponse

from crawler.discovery.clicks import find_helpers, find_values
from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, read_page
from crawler.discovery.sitescripts import (
    is_library,
    may_call_helpers,
    page_scripts,
    script_helpers,
    unknown_calls,
    unopened_data_rows,
)
from crawler.frontier import MAX_SITE_SCRIPTS
from crawler.sitescripts import SiteScripts
from tests.script_engine import KINDS3, FakeCrawler, InlineReader, complete, page, root_of, site

YOUXIAN_LIST = "http://www.hnyou.gov.cn/hnyou/fzzfjs/index_2.html"
CHALING_LIST = "http://www.chaling.gov.cn/zwgk/infoList.jsp?catId=1021"


def test_a_helper_built_from_a_constant_of_its_file():
    helpers = script_helpers((KINDS3 / "3_youxian_common.js").read_text(encoding="utf-8"))
    assert set(helpers) == {"toDetail"}
    assert (helpers["toDetail"].url_for(["2023020543168335"])
            == "/hnyou/html/2023/0205/2023020543168335.html")


def test_a_helper_opening_a_literal_with_an_equals_sign():
    helpers = script_helpers((KINDS3 / "3_chaling_public.js").read_text(encoding="utf-8"))
    assert (helpers["goInfo"].url_for(["177831686", "1021"])
            == "/zwgk/infoDetail.jsp?infoId=177831686&catId=1021")


def test_constants_declared_twice_differently_are_not_trusted():
    scripts = ["var BASE = '/a/'; var ROOT = '/r/';", "var BASE = '/b/';"]
    assert find_values(scripts) == {"ROOT": "/r/"}
    script = "var BASE = '/a/'; var BASE = '/b/'; function go(id) { location.href = BASE + id + '.html'; }"
    assert find_helpers([script]) == {}


def test_the_list_pages_call_helpers_they_do_not_define():
    youxian = read_page(page("3_youxian_list.html", YOUXIAN_LIST))
    assert youxian.script_calls == ("toDetail",)
    assert youxian.script_urls == ("http://www.hnyou.gov.cn/js/common.js",)
    chaling = read_page(page("3_chaling_list.html", CHALING_LIST))
    assert chaling.script_calls == ("goInfo",)
    assert chaling.script_urls == ("http://www.chaling.gov.cn/js/public.js",)


def test_read_again_with_the_site_helpers_the_items_have_urls():
    helpers = script_helpers((KINDS3 / "3_youxian_common.js").read_text(encoding="utf-8"))
    reading = read_page(page("3_youxian_list.html", YOUXIAN_LIST, helpers))
    urls = {link.url for link in reading.links}
    assert {"http://www.hnyou.gov.cn/hnyou/html/2023/0205/2023020543168335.html",
            "http://www.hnyou.gov.cn/hnyou/html/2024/0205/2024020543576263.html"} <= urls
    assert reading.script_calls == () and reading.script_urls == ()
    helpers = script_helpers((KINDS3 / "3_chaling_public.js").read_text(encoding="utf-8"))
    reading = read_page(page("3_chaling_list.html", CHALING_LIST, helpers))
    assert "http://www.chaling.gov.cn/zwgk/infoDetail.jsp?infoId=380210191&catId=1021" in {
        link.url for link in reading.links}
    # A fragment with no scripts of its own (a 加载更多 answer) is read with the site's helpers.
    more = read_page(page("4_chaling_more.html", f"{CHALING_LIST.replace('infoList', 'moreInfo')}"
                          "&offset=8&limit=8", helpers))
    urls = {link.url for link in more.links}
    assert {"http://www.chaling.gov.cn/zwgk/infoDetail.jsp?infoId=177831686&catId=1021",
            "http://www.chaling.gov.cn/zwgk/infoDetail.jsp?infoId=306428285&catId=1021",
            "http://www.chaling.gov.cn/zwgk/infoDetail.jsp?infoId=759927783&catId=1021"} <= urls


def test_a_page_own_definition_wins_over_the_site_one():
    html = ("<script>function show(id){ window.open('/own/' + id + '.html'); }</script>"
            "<ul><li><a href=\"javascript:show('7')\">a</a></li></ul>")
    site = find_helpers(["function show(id){ window.open('/site/' + id + '.html'); }"])
    reading = read_page(PageToRead(url="http://www.example.gov.cn/list/", body=html.encode(),
                                   encoding="utf-8", site_helpers=tuple(site.items())))
    assert "http://www.example.gov.cn/own/7.html" in {link.url for link in reading.links}
    assert reading.script_calls == ()


def test_calls_defined_inline_or_by_the_browser_are_not_unknown():
    root = root_of("<script>function goPage(n){ document.forms[0].submit(); }</script>"
                   "<a href=\"javascript:void(0)\">x</a><a href=\"javascript:goPage(2)\">2</a>"
                   "<a onclick=\"loadMore()\">more</a><a href=\"javascript:alert('x')\">y</a>"
                   "<tr onclick=\"openInfo('12', 3)\"><td>t</td></tr>")
    assert unknown_calls(root) == {"openInfo"}
    assert unknown_calls(root, {"openInfo"}) == set()
    assert may_call_helpers('<TR onClick="x(1)">') and not may_call_helpers('<a href="/a.html">a</a>')


def test_only_the_site_own_scripts_are_fetched():
    root = root_of(
        '<script src="/js/jquery-1.11.3.min.js"></script><script src="/layui/layui.js"></script>'
        '<script src="https://cdn.bootcdn.net/vue/2.6/vue.js"></script>'
        '<script src="https://hm.baidu.com/hm.js?abc"></script><script src="/js/bootstrap.js"></script>'
        '<script src="//static.example.gov.cn/js/common.js"></script><script src="../js/list.js"></script>'
        '<script src="/js/app.min.js"></script><script src="/js/list.js"></script>')
    assert page_scripts(root, "http://www.example.gov.cn/list/") == [
        "http://static.example.gov.cn/js/common.js", "http://www.example.gov.cn/js/list.js"]
    assert is_library("http://www.example.gov.cn/js/vue.runtime.js")
    assert not is_library("http://www.example.gov.cn/js/public.js")


def test_a_site_asks_each_file_once_a_few_at_most_within_its_budget():
    crawl = site()
    assert crawl.ask_script("http://www.hnyou.gov.cn/js/common.js")
    assert not crawl.ask_script("http://www.hnyou.gov.cn/js/common.js")
    assert not crawl.ask_script("http://other.example.com/js/common.js")
    for number in range(MAX_SITE_SCRIPTS - 1):
        assert crawl.ask_script(f"http://www.hnyou.gov.cn/js/s{number}.js")
    assert not crawl.ask_script("http://www.hnyou.gov.cn/js/one-more.js")
    assert crawl.requested == MAX_SITE_SCRIPTS and crawl.in_flight == 0
    poor = site()
    poor.requested = poor.limits.max_pages
    assert not poor.ask_script("http://www.hnyou.gov.cn/js/common.js")


def test_a_page_waits_for_its_site_script_and_is_read_again():
    crawl = site()

    def answer(request: Request) -> TextResponse:
        body = (KINDS3 / "3_youxian_common.js").read_bytes()
        return TextResponse(request.url, status=200, body=body, encoding="utf-8", request=request)

    _, again, crawler, _ = complete(crawl, page("3_youxian_list.html", YOUXIAN_LIST), answer)
    assert [request.url for request in crawler.requests] == ["http://www.hnyou.gov.cn/js/common.js"]
    assert "http://www.hnyou.gov.cn/hnyou/html/2023/0205/2023020543168335.html" in {
        link.url for link in again.links}
    assert set(crawl.script_helpers) == {"toDetail"} and crawl.fetched == 1
    assert crawler.stats.values["site_scripts/pages_read_again"] == 1


def test_pages_waiting_together_share_one_fetch():
    crawl = site()
    listing = page("3_youxian_list.html", YOUXIAN_LIST)
    body = (KINDS3 / "3_youxian_common.js").read_bytes()
    crawler = FakeCrawler(lambda request: TextResponse(request.url, body=body, encoding="utf-8"))
    scripts = SiteScripts(crawler, InlineReader(), 1 << 20)

    async def two_pages():
        first = read_page(listing)
        return await asyncio.gather(scripts.complete(crawl, listing, first),
                                    scripts.complete(crawl, listing, first))

    readings = asyncio.run(two_pages())
    assert len(crawler.requests) == 1
    assert all(reading.script_calls == () for reading in readings)


def test_a_refused_or_missing_script_leaves_the_page_as_it_was_read():
    listing = page("3_chaling_list.html", CHALING_LIST)
    for answer in (lambda request: IgnoreRequest("Forbidden by robots.txt"),
                   lambda request: TextResponse(request.url, status=404, body=b"", encoding="utf-8")):
        crawl = site("http://www.chaling.gov.cn/")
        first, after, crawler, scripts = complete(crawl, listing, answer)
        assert after is first and crawl.script_helpers == {}
        assert crawler.stats.values["site_scripts/failed"] == 1
        # The file is not asked again for the site's next page.
        asyncio.run(scripts.complete(crawl, listing, read_page(listing)))
        assert len(crawler.requests) == 1


BLIND13 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind13"
LONGXIAN_LIST = "http://www.longxian.gov.cn/zwgk/tzgg/"


def test_rows_opened_by_a_handler_of_the_site_script_that_reads_their_data_attribute():
    # `<li class="list-item" data-id="…">` rows without links; `/static/js/common.js` binds
    # `$(".news-list").on("click", "li", …)` opening "/content/detail.html?id=" + the row's data-id.
    listing = PageToRead(url=LONGXIAN_LIST, body=(BLIND13 / "longxian_tzgg.html").read_bytes(),
                         encoding="utf-8", score=60, kind=LinkKind.COLUMN)
    script = (BLIND13 / "longxian_common.js").read_bytes()

    def answer(request):
        assert request.url == "http://www.longxian.gov.cn/static/js/common.js"
        return TextResponse(request.url, status=200, body=script, encoding="utf-8", request=request)

    first, again, crawler, _ = complete(site(LONGXIAN_LIST), listing, answer)
    assert first.script_calls == ("data-id",)
    assert not any("detail.html" in link.url for link in first.links)
    rows = {link.url: (link.text, link.date) for link in again.links if "detail.html" in link.url}
    assert len(rows) == 20 and len(crawler.requests) == 1
    assert rows["http://www.longxian.gov.cn/content/detail.html?id=35740528"] == (
        "陇县人民政府关于划定畜禽禁养区的通告", "2025-05-06")
    # The pager's ordinary links are followed as pages once the rows make the page a list.
    assert {link.url for link in again.links if link.kind == LinkKind.PAGE} >= {
        "http://www.longxian.gov.cn/zwgk/tzgg/index_2.html"}


def test_rows_whose_data_attribute_no_script_opens_ask_for_nothing_once_known():
    slides = "".join(f'<li data-index="{n}">第{n}张幻灯片标题文字</li>' for n in range(4))
    html = f'<ul class="slides">{slides}</ul><script src="/js/site.js"></script>'

    assert unopened_data_rows(root_of(html)) == {"data-index"}
    # Fewer than three distinct values, rows with a link of their own, or a known opener: nothing.
    assert unopened_data_rows(root_of(html.replace('data-index="3"', 'data-index="2"')
                                      .replace('data-index="1"', 'data-index="0"'))) == set()
    linked = "".join(f'<li data-index="{n}"><a href="/a/{n}.html">第{n}条</a></li>' for n in range(4))
    assert unopened_data_rows(root_of(f"<ul>{linked}</ul>")) == set()
    assert unopened_data_rows(root_of(html), {"data-index"}) == set()
    own = html + ('<script>$("li").click(function(){ location.href = "/p/" + $(this).data("index")'
                  ' + ".html"; });</script>')
    assert unopened_data_rows(root_of(own)) == set()
    reading = read_page(PageToRead(url="http://www.example.gov.cn/list/", body=own.encode(),
                                   encoding="utf-8"))
    assert {link.url for link in reading.links} >= {f"http://www.example.gov.cn/p/{n}.html" for n in range(4)}
