"""Links inline scripts hold (`crawler.discovery.scripted`), JSONP answers and `<base href>`,
read through `read_page` as the spider reads a page."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.discovery.jsvalues import js_unescape
from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, html_root, read_page
from crawler.discovery.scripted import data_islands, unpacked

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


BLIND21 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind21"


def test_a_list_written_by_a_packed_script_file_is_read_unpacked():
    # `/module/list/1229187005_3.js` is `eval(function(p,a,c,k,e,d){…}('0.1(\'<2><3 4="/5/6/…',62,…,
    # 'document|write|li|a|href|…'.split('|'),0,{}))`: no link in plain text.
    packed = (BLIND21 / "wuyi_list_1229187005_3.js").read_text(encoding="utf-8")
    assert 'href="' not in packed
    code = unpacked(packed)
    assert 'document.write(\'<li><a href="/art/2025/3/26/art_1229187005_22032739.html"' in code
    url = "https://www.zjwy.gov.cn/col/col1229187005/index_2.html"
    body = (BLIND21 / "wuyi_col1229187005_index_2.html").read_bytes()
    page = PageToRead(url=url, body=body, encoding="utf-8",
                      included=(("https://www.zjwy.gov.cn/module/list/1229187005_3.js", packed),))
    reports = {link.url for link in read_page(page).links if link.kind == LinkKind.REPORT}
    assert reports == {"https://www.zjwy.gov.cn/art/2025/3/26/art_1229187005_22032739.html"}
    assert unpacked("var a = 1;") == "var a = 1;"


def test_a_list_written_as_unescaped_markup_and_one_held_as_escaped_json():
    # `document.write(unescape("%3Cli%3E%3Ca%20href%3D…"))`, and `var listData = {"list": [{"title":
    # "\u6daa…", "url": "\/zwgk_fzzfjs\/…"}]}` paged by layui in the browser.
    bishan = read_page(PageToRead(url="https://www.bishan.gov.cn/zwgk_fzzfjs/index.html", encoding="utf-8",
                                  body=(BLIND21 / "bishan_fzzfjs.html").read_bytes()))
    assert "https://www.bishan.gov.cn/zwgk_fzzfjs/202203/t20220329_27465173.html" in {
        link.url for link in bishan.links if link.kind == LinkKind.REPORT}
    fuling = read_page(PageToRead(url="https://www.fl.gov.cn/zwgk_fzzfjs/index.html", encoding="utf-8",
                                  body=(BLIND21 / "fuling_fzzfjs.html").read_bytes()))
    reports = {link.url: link.text for link in fuling.links if link.kind == LinkKind.REPORT}
    report = reports["https://www.fl.gov.cn/zwgk_fzzfjs/202303/t20230328_30537745.html"]
    assert report == "涪陵区2022年法治政府建设年度报告"
    assert js_unescape("%3Ca%20href%3D%22/x%22%3E%u6CD5%3C/a%3E") == '<a href="/x">法</a>'


BLIND20 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind20"


def test_an_inline_packed_script_listing_rows_as_arrays():
    # Unpacked: `var list=[["/xxgk/fzzfjs/202203/eb5f….html","澧县2021年度…","2022-03-29"],…];
    # for(…)document.write("<li><a href=\\""+list[i][0]+…)`: the rows are arrays, the markup computed.
    url = "http://www.lixian.gov.cn/xxgk/fzzfjs/index.html"
    body = (BLIND20 / "lixian_fzzfjs.html").read_bytes()
    reading = read_page(PageToRead(url=url, body=body, encoding="utf-8"))
    reports = {link.url: link.text for link in reading.links if link.kind == LinkKind.REPORT}
    assert reports["http://www.lixian.gov.cn/xxgk/fzzfjs/202203/eb5f89cbddd7b86f0eb1e807c3147e14.html"] == \
        "澧县2021年度法治政府建设工作报告"
    rows = [["/a/1.html", "某县2023年法治政府建设年度报告", "2024-03-28"], ["x", "y"]]
    page = (f"<script>var rows = {json.dumps(rows, ensure_ascii=False)};for (var i = 0; i < rows.length; i++)"
            ' document.write("<li><a href=\\"" + rows[i][0] + "\\">" + rows[i][1] + "</a></li>");</script>')
    links = read_page(PageToRead(url="http://www.a.gov.cn/l/", body=page.encode(), encoding="utf-8")).links
    assert [(link.url, link.date) for link in links] == [("http://www.a.gov.cn/a/1.html", "2024-03-28")]


BLIND23 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind23"


def test_json_in_a_data_attribute_is_an_island_and_its_paginator_names_the_next_page():
    # Inertia.js: `<div id="app" data-page="{&quot;props&quot;:{&quot;articles&quot;:{&quot;data&quot;:
    # [{…&quot;url&quot;:…}], &quot;next_page_url&quot;: …}}}">`, rendered in the browser only.
    url = "https://www.shcm.gov.cn/zwgk/fzzfjs"
    reading = read_page(PageToRead(url=url, encoding="utf-8",
                                   body=(BLIND23 / "chongming_fzzfjs.html").read_bytes()))
    assert len({link.url for link in reading.links if link.url.startswith(url + "/")}) == 12
    assert [(request.url, request.page_number) for request in reading.next_pages] == [(url + "?page=2", 2)]
    held = ('<script type="application/json" id="state">{"list": [{"title": "甲县2023年法治政府建设年度报告",'
            ' "url": "/a/1.html", "date": "2024-03-01"}]}</script>')
    assert data_islands(html_root(held, PAGE))[0]["list"][0]["url"] == "/a/1.html"
