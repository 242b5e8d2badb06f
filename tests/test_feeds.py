"""RSS and Atom feeds read as lists, and the feeds a page announces, on saved bytes of the
kinds3 web and on small feeds in the forms real sites write."""

from __future__ import annotations

from pathlib import Path

from crawler.discovery.feeds import FeedItem, FeedLink, feed_items, feed_links, is_feed
from crawler.discovery.links import SCORE_OTHER_COLUMN, Link, LinkKind, score_link
from crawler.discovery.reading import PageToRead, html_root, read_page

PAGES = Path(__file__).parent / "fixtures" / "pages" / "kinds3"
FEED_URL = "http://www.zjkzl.gov.cn/rss/fzzfjs.xml"

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>通知公告</title>
<entry><title type="html"><![CDATA[某县2023年法治政府建设年度报告]]></title>
<link rel="alternate" href="/art/2024/3/1/art_5_1.html"/><updated>2024-03-01T08:00:00+08:00</updated></entry>
<entry><title>无链接</title><updated>2024-02-01</updated></entry>
</feed>"""

RSS_INDEX = """<html><head><title>RSS订阅_某县人民政府</title>
<link rel="alternate" type="application/rss+xml" title="最新信息" href="/rss/all.xml"></head><body>
<table class="rss"><tr><td>法治政府建设</td><td><a href="/rss/fzzfjs.xml">http://www.a.gov.cn/rss/fzzfjs.xml</a></td></tr>
<tr><td>要闻</td><td><a href="/rss/yw.xml">订阅</a></td></tr></table>
<a href="/sitemap.xml">网站地图</a></body></html>"""


def test_an_rss_feed_gives_every_item_with_its_date():
    text = (PAGES / "5_zhuolu_rss.xml").read_text("utf-8")
    assert is_feed(text)
    items = feed_items(text, FEED_URL)
    assert FeedItem("http://www.zjkzl.gov.cn/zwgk/fzzfjs/202401/t20240126_61227030.html",
                    "涿鹿县2023年法治政府建设情况的报告", "2024-01-26") in items
    assert all(item.date for item in items) and len(items) > 5


def test_an_atom_feed_gives_its_entries_with_links_and_dates():
    assert is_feed(ATOM)
    assert feed_items(ATOM, "http://www.a.gov.cn/feed.xml") == [FeedItem(
        "http://www.a.gov.cn/art/2024/3/1/art_5_1.html", "某县2023年法治政府建设年度报告", "2024-03-01")]


def test_html_and_sitemaps_are_not_feeds():
    assert not is_feed("<html><body><a href='/rss/a.xml'>RSS</a></body></html>")
    assert not is_feed('<?xml version="1.0"?><urlset><url><loc>http://a/</loc></url></urlset>')


def test_a_page_announces_feeds_by_link_element_and_by_named_xml_links():
    root = html_root(RSS_INDEX, "http://www.a.gov.cn/rss.html")
    assert feed_links(root, "http://www.a.gov.cn/rss.html", "RSS订阅_某县人民政府") == [
        FeedLink("http://www.a.gov.cn/rss/all.xml", "最新信息"),
        FeedLink("http://www.a.gov.cn/rss/fzzfjs.xml", "法治政府建设"),
        FeedLink("http://www.a.gov.cn/rss/yw.xml", "订阅"),
    ]
    # On a page that is not about feeds, an .xml link must be named as one.
    assert feed_links(root, "http://www.a.gov.cn/", "某县人民政府")[1:] == [
        FeedLink("http://www.a.gov.cn/rss/yw.xml", "订阅")]


def test_feed_links_are_columns_scored_by_their_names_and_the_feed_is_a_list():
    index = read_page(PageToRead(url="http://www.a.gov.cn/rss.html", body=RSS_INDEX.encode(),
                                 encoding="utf-8"))
    feeds = {link.url: link for link in index.links if link.kind == LinkKind.COLUMN}
    assert feeds["http://www.a.gov.cn/rss/fzzfjs.xml"].score > feeds["http://www.a.gov.cn/rss/yw.xml"].score
    assert "http://www.a.gov.cn/sitemap.xml" not in feeds
    feed = read_page(PageToRead(url=FEED_URL, body=(PAGES / "5_zhuolu_rss.xml").read_bytes(),
                                encoding="utf-8", markup="xml", score=80, kind="column"))
    reports = {link.url for link in feed.links if link.kind == LinkKind.REPORT}
    assert reports == {"http://www.zjkzl.gov.cn/zwgk/fzzfjs/202401/t20240126_61227030.html",
                       "http://www.zjkzl.gov.cn/zwgk/fzzfjs/202301/t20230123_72057339.html"}


def test_a_link_to_a_feed_index_is_an_unknown_column_not_avoided():
    link = score_link(Link("http://www.a.gov.cn/rss.html", "RSS订阅"))
    assert link.kind != LinkKind.SKIP and link.score == SCORE_OTHER_COLUMN
