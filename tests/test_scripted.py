"""Links inline scripts hold (`crawler.discovery.scripted`), JSONP answers and `<base href>`,
read through `read_page` as the spider reads a page."""

from __future__ import annotations

from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, read_page

PAGE = "http://www.example.gov.cn/zwgk/fzzf/index.html"
REPORT = "某县2023年法治政府建设工作情况报告"


def links_of(text: str, markup: str = "html", url: str = PAGE) -> dict[str, str]:
    reading = read_page(PageToRead(url=url, body=text.encode("utf-8"), encoding="utf-8", markup=markup,
                                   score=60, kind=LinkKind.COLUMN))
    assert reading.error is None
    return {link.url: link.text for link in reading.links}


def test_items_written_by_document_write_are_links():
    page = ("<ul><script>document.write('<li><a href=\"t20240328_81.html\" title=\"" + REPORT + "\">"
            + REPORT + "</a><span>2024-03-28</span></li>');\n"
            "document.writeln(\"<li><a href='/zwgk/tzgg/'>通知公告</a></li>\");</script></ul>")
    links = links_of(page)
    assert links["http://www.example.gov.cn/zwgk/fzzf/t20240328_81.html"].startswith(REPORT)
    assert "http://www.example.gov.cn/zwgk/tzgg/" in links


def test_a_link_built_from_a_run_time_value_is_dropped_not_guessed():
    page = ("<div id='l'></div><script>el.innerHTML = '<a href=\"' + item.url + '\">' + item.title"
            " + '</a>';</script>")
    assert not any("item" in url for url in links_of(page))
    assert PAGE not in links_of(page)


def test_records_of_a_data_island_are_links():
    page = ("<div id='app'></div><script>window.__INITIAL_STATE__ = {list: [{title: '" + REPORT + "', "
            "url: '/art/2024/3/28/art_1229_81.html', publishDate: '2024-03-28'}], total: 1};\n"
            "var listData = [{\"title\": \"关于印发法治政府建设实施方案的通知\", "
            "\"link\": \"/art/2024/1/5/art_1229_7.html\"}];"
            "</script>")
    links = links_of(page)
    assert links["http://www.example.gov.cn/art/2024/3/28/art_1229_81.html"] == REPORT
    assert "http://www.example.gov.cn/art/2024/1/5/art_1229_7.html" in links


def test_a_jsonp_answer_is_read_as_json():
    answer = ('jQuery18306_1712({"data": [{"title": "' + REPORT + '", "url": "/art/2024/3/28/art_1_2.html", '
              '"pubDate": "2024-03-28"}], "total": 1});')
    assert "http://www.example.gov.cn/art/2024/3/28/art_1_2.html" in links_of(
        answer, url="http://www.example.gov.cn/api/list?callback=jQuery18306_1712&page=1")


def test_relative_links_resolve_against_the_base_element():
    page = f'<head><base href="/site/xxgk/"></head><body><a href="fzzf/t1.html">{REPORT}</a></body>'
    assert "http://www.example.gov.cn/site/xxgk/fzzf/t1.html" in links_of(page)


def test_a_minified_script_is_tried_a_bounded_number_of_times():
    from crawler.discovery.reading import html_root
    from crawler.discovery.scripted import MAX_ISLAND_TRIES, data_islands

    noise = "".join(f"a{i} = {{\"b\" c{i}}};" for i in range(MAX_ISLAND_TRIES + 50))  # unparsable
    island = "var listData = [{title: '" + REPORT + "', url: '/art/1.html'}];"
    assert data_islands(html_root(f"<script>{island}{noise}</script>", PAGE))
    assert data_islands(html_root(f"<script>{noise}{island}</script>", PAGE)) == []
