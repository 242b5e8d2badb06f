"""Guangdong's gkmlpt catalogue: its `window._CONFIG` read into categories, and the categories
become scored links to the list API, on saved bytes of the kinds3 web and on a script literal."""

from __future__ import annotations

from pathlib import Path

from crawler.discovery.gkmlpt import Category, read_catalogue
from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, read_page
from crawler.discovery.urls import canonical_url, request_url

PAGES = Path(__file__).parent / "fixtures" / "pages" / "kinds3"
INDEX_URL = "http://www.cnts.gov.cn/gkmlpt/index"
API_URL = "http://www.cnts.gov.cn/gkmlpt/api/all/2461?page=1&sid=750115"

# As real catalogues write it: a script object literal, bare keys and single quotes.
LITERAL_CONFIG = """<script>
window._CONFIG = {
  SID: '750001', SITE_NAME: '江门市人民政府',
  TREE: [{id: 11, name: '法定主动公开内容', children: [{id: 12, name: '法治政府建设', children: []},
         {id: 13, name: '人事信息', children: []}]}, {id: 20, name: '政府信息公开年报'}]
};
</script>"""


def read(name: str, url: str, **known):
    return read_page(PageToRead(url=url, body=(PAGES / name).read_bytes(), encoding="utf-8", **known))


def test_config_gives_the_site_id_and_the_leaf_categories_with_their_parents():
    catalogue = read_catalogue((PAGES / "2_taishan_gkmlpt_index.html").read_text("utf-8"))
    assert catalogue.sid == "750115"
    assert [c.id for c in catalogue.categories] == ["2461", "2458", "2470", "2480", "2605", "2611"]
    assert catalogue.categories[-1] == Category("2611", "市司法局", ("部门信息公开",))
    assert catalogue.api_url(INDEX_URL, catalogue.categories[0]) == API_URL


def test_a_script_literal_config_is_read_too():
    catalogue = read_catalogue(LITERAL_CONFIG)
    assert catalogue.sid == "750001"
    assert [(c.id, c.name) for c in catalogue.categories] == [
        ("12", "法治政府建设"), ("13", "人事信息"), ("20", "政府信息公开年报")]
    assert catalogue.api_url("https://www.jiangmen.gov.cn/bmpd/gkmlpt/index",
                             catalogue.categories[0]) == \
        "https://www.jiangmen.gov.cn/bmpd/gkmlpt/api/all/12?page=1&sid=750001"


def test_an_unparsable_tree_is_read_by_pattern():
    catalogue = read_catalogue("window._CONFIG = {SID: '9', TREE: [{id: 5, name: '年度报告', x: f()}]}")
    assert catalogue is not None and catalogue.categories == (Category("5", "年度报告"),)


def test_a_page_without_a_config_or_a_tree_is_no_catalogue():
    assert read_catalogue("<script>window._CONFIG = {SID: '2'};</script>") is None
    assert read_catalogue("<p>TREE: [] SID: 2</p>") is None


def test_catalogue_page_links_each_category_scored_by_its_name_most_relevant_first():
    reading = read("2_taishan_gkmlpt_index.html", INDEX_URL, score=55, kind="column")
    api = [link for link in reading.links if "/gkmlpt/api/all/" in link.url]
    assert api[0].url == API_URL and api[0].text == "法治政府建设" and api[0].kind == LinkKind.COLUMN
    assert [link.score for link in api] == sorted((link.score for link in api), reverse=True)
    assert {link.text for link in api} >= {"年度报告", "市司法局", "市发展和改革局"}
    assert api[0].score > next(link.score for link in api if link.text == "市发展和改革局")


def test_the_api_answer_lists_its_articles():
    reading = read("2_taishan_gkmlpt_api.json", API_URL, score=85, kind="column")
    reports = {link.url for link in reading.links if link.kind == LinkKind.REPORT}
    assert reports == {"http://www.cnts.gov.cn/gkmlpt/content/2/2113/post_2113095.html"}
    # The notice about the report is a link too (the fixture's reader finds both).
    assert "http://www.cnts.gov.cn/gkmlpt/content/2/2576/post_2576737.html" in {
        link.url for link in reading.links}
    assert all(link.date for link in reading.links)
    assert reading.next_pages == []  # all 16 of its total are on the first page


def test_a_numeric_sid_is_a_site_id_and_kept_a_session_sid_is_not():
    assert canonical_url(API_URL) == API_URL and request_url(API_URL) == API_URL
    session = "http://www.a.gov.cn/list.jsp?id=3&sid=a81f0c2e9d7b44e1"
    assert canonical_url(session) == request_url(session) == "http://www.a.gov.cn/list.jsp?id=3"
