"""Lists that scripts write or fetch, on the saved bytes of the kinds4 web: JSONP calls bound
to the script's own values, Hanweb's several-column data proxy, pagers written from a total,
zTree catalogues loaded level by level, and script files whose text belongs to a page's list
(a per-column `document.write` file, a `.json.js` menu) fetched and read as if inline."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

from scrapy.http import TextResponse

from crawler.discovery.apis import JSONP_CALLBACK, find_api_calls
from crawler.discovery.clicks import find_values
from crawler.discovery.links import LinkKind
from crawler.discovery.pagers import script_pager_pages
from crawler.discovery.reading import PageToRead, read_page
from crawler.discovery.sitescripts import included_scripts
from crawler.discovery.trees import tree_children
from crawler.sitescripts import SiteScripts
from tests.script_engine import FakeCrawler, InlineReader, root_of, site

KINDS4 = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds4"


def reading_of(name: str, url: str, **fields):
    return read_page(PageToRead(url=url, body=(KINDS4 / name).read_bytes(), encoding="utf-8", score=60,
                                kind=LinkKind.COLUMN, **fields))


def test_values_a_script_declares_also_in_a_declaration_list():
    values = find_values(["var total = 34, perPage = 15, uid = '482716';\nvar cid = \"5\"; var cid = \"6\";"])
    assert values == {"total": 34, "perPage": 15, "uid": "482716"}


def test_values_a_script_joins_from_literals_and_declared_values():
    values = find_values(['var colId = 1203; var base = "/xml/col_" + colId + "_";',
                          "var dir = base + 'p', unknown = base + later;"])
    assert values == {"colId": 1203, "base": "/xml/col_1203_", "dir": "/xml/col_1203_p"}


def test_a_jsonp_list_call_takes_the_declared_column_and_a_callback():
    url = "http://www.tianchang.gov.cn/zwgk/fzzfjs/"
    call, = find_api_calls((KINDS4 / "2_tianchang_column.html").read_text("utf-8"), url)
    first, *_ = call.request(1)
    assert first == ("http://www.tianchang.gov.cn/interface/infoList.jsonp?columnId=2871&pageNo=1"
                     f"&pageSize=15&callback={JSONP_CALLBACK}")


def test_a_jsonp_answer_pages_on_by_the_size_asked_not_the_links_shown():
    column = reading_of("2_tianchang_column.html", "http://www.tianchang.gov.cn/zwgk/fzzfjs/")
    asked = column.next_pages[0]
    answer = reading_of("2_tianchang_list.jsonp", asked.url.replace("pageNo=1", "pageNo=2"),
                        item_templates=asked.item_templates)
    # 23 records at 15 a page: page 2 is the last, though the template and the records each
    # gave every item a link.
    assert answer.links and answer.next_pages == []
    first = reading_of("2_tianchang_list.jsonp", asked.url, item_templates=asked.item_templates)
    assert [request.url for request in first.next_pages] == [asked.url.replace("pageNo=1", "pageNo=2")]


def test_hanweb_several_column_proxy_is_posted_with_every_column():
    reading = reading_of("2_huichang_column.html", "http://www.huichang.gov.cn/col/col10580/index.html")
    request, = reading.next_pages
    assert request.method == "POST"
    assert "/module/web/jpage/morecolumndataproxy.jsp?startrecord=1" in request.url
    assert ("columnid", "10585,10586,10590") in request.formdata


def test_a_pager_written_from_a_total_and_declared_values():
    text = (KINDS4 / "5_shucheng_column.html").read_text("utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    pages = script_pager_pages(scripts, "https://www.shucheng.gov.cn/col/col12493/index.html")
    assert [page.url for page in pages] == [
        f"https://www.shucheng.gov.cn/col/col12493/index.html?uid=482716&pageNum={n}" for n in (2, 3)]
    assert all(page.bounded for page in pages)
    # A value the script does not declare: no pager is guessed.
    undeclared = "h += '<a href=\"?cid=' + cid + '&page=' + i + '\">';"
    assert script_pager_pages([undeclared], "http://a.gov.cn/l") == []


def test_a_ztree_page_links_its_tree_and_the_answer_its_parents_children():
    page = reading_of("3_lanling_tree_page.html", "http://www.lanling.gov.cn/xxgk/bmxxgk.html")
    assert "http://www.lanling.gov.cn/xxgk/getTree.do" in {link.url for link in page.links}
    roots = json.loads((KINDS4 / "3_lanling_tree_root.json").read_text("utf-8"))
    tree = "http://www.lanling.gov.cn/xxgk/getTree.do"
    children = {link.text: link.url for link in tree_children(roots, tree)}
    assert children["县司法局"] == "http://www.lanling.gov.cn/xxgk/getTree.do?id=743"
    leaves = [{"id": "74301", "pId": "743", "name": "法治政府建设",
               "url": "/xxgk/list.jsp?deptId=743&catId=74301"}]
    assert tree_children(leaves, "http://www.lanling.gov.cn/xxgk/getTree.do?id=743") == []


def test_script_files_that_belong_to_the_list_are_named():
    column = (KINDS4 / "1_shouxian_column.html").read_text("utf-8")
    assert included_scripts(root_of(column, "https://www.shouxian.gov.cn/zwgk/fzzfjs/"),
                            "https://www.shouxian.gov.cn/zwgk/fzzfjs/") == [
        "https://www.shouxian.gov.cn/js/col/zwgk_fzzfjs.js"]
    menu = (KINDS4 / "3_xigong_dept_page.html").read_text("utf-8")
    assert included_scripts(root_of(menu, "http://www.xigong.gov.cn/xxgk/bmxxgk/index.html"),
                            "http://www.xigong.gov.cn/xxgk/bmxxgk/index.html") == [
        "http://www.xigong.gov.cn/www/js/dept.json.js"]
    # A box of county sites whose list a script file writes, under the box's heading; a hit
    # counter beside text is not a list.
    portal = ('<div class="xqlink"><h3>县区政府网站</h3><script src="/static/js/link.js"></script></div>'
              '<p><span>阅读：<script src="/hits.jsp?id=1"></script></span></p>')
    home = "http://www.tianshui.gov.cn/"
    assert included_scripts(root_of(portal, home), home) == ["http://www.tianshui.gov.cn/static/js/link.js"]
    # A list left empty, with no inline script to fill it: the page's own files may.
    shell = ('<div id="xxgk-list" data-colid="4402"><h2>法治政府建设</h2><ul></ul></div>'
             '<script src="/js/jquery.min.js"></script><script src="/js/xxgk_list.js"></script>')
    assert included_scripts(root_of(shell, home), home) == ["http://www.tianshui.gov.cn/js/xxgk_list.js"]
    # A page whose scripts iterate only over what they define needs no file.
    plain = '<ul id="l"></ul><script src="/js/common.js"></script><script>var a = [1]; $.each(a, f);</script>'
    assert included_scripts(root_of(plain, "http://www.x.gov.cn/"), "http://www.x.gov.cn/") == []


def _complete(url: str, page_file: str, files: dict[str, str]):
    crawl = site(url)
    crawler = FakeCrawler(lambda request: TextResponse(
        request.url, status=200, request=request, encoding="utf-8",
        body=(KINDS4 / files[request.url]).read_bytes()))
    page = PageToRead(url=url, body=(KINDS4 / page_file).read_bytes(), encoding="utf-8", score=60,
                      kind=LinkKind.COLUMN)
    first = read_page(page)
    again = asyncio.run(SiteScripts(crawler, InlineReader(), 1 << 20).complete(crawl, page, first))
    return first, again, crawler


def test_a_per_column_document_write_file_is_read_as_part_of_the_page():
    url = "https://www.shouxian.gov.cn/zwgk/fzzfjs/"
    column_file = {"https://www.shouxian.gov.cn/js/col/zwgk_fzzfjs.js": "1_shouxian_col.js"}
    first, again, crawler = _complete(url, "1_shouxian_column.html", column_file)
    found = {link.url for link in again.links}
    # Its hrefs (`./202402/…`) are relative to the page that includes it, not to the file.
    assert "https://www.shouxian.gov.cn/zwgk/fzzfjs/202402/t20240222_41300957.html" in found
    assert not any("/js/col/2024" in link for link in found)
    assert len(crawler.requests) == 1 and not any("t20240222" in link.url for link in first.links)


def test_a_menu_fed_by_a_data_file_is_read_with_it():
    url = "http://www.xigong.gov.cn/xxgk/bmxxgk/index.html"
    _, again, _ = _complete(url, "3_xigong_dept_page.html",
                            {"http://www.xigong.gov.cn/www/js/dept.json.js": "3_xigong_dept.json.js"})
    assert "http://www.xigong.gov.cn/xxgk/bmxxgk/sfj/fzzfjs/" in {link.url for link in again.links}


BLIND17 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind17"


def test_a_ztree_whose_click_handler_opens_a_list_makes_its_nodes_links():
    # `onClick: function (event, treeId, treeNode) {if (!treeNode.isParent) {$("#listFrame")
    # .attr("src", "/xxgk/list.jsp?catId=" + treeNode.id);}}`: the nodes carry no URL.
    page_url = "http://www.baiquan.gov.cn/xxgk/index.html"
    tree_url = "http://www.baiquan.gov.cn/xxgk/catalog/tree.do"
    body = (BLIND17 / "baiquan_xxgk.html").read_bytes()
    page = read_page(PageToRead(url=page_url, body=body, encoding="utf-8"))
    (top,) = page.next_pages
    assert top.url == tree_url and top.item_templates
    assert tree_url not in {link.url for link in page.links}  # asked as a list, with the templates

    def answer(name: str, url: str):
        return read_page(PageToRead(url=url, body=(BLIND17 / name).read_bytes(), encoding="utf-8",
                                    item_templates=top.item_templates))

    first = answer("baiquan_tree_top.json", tree_url)
    assert {link.text: link.url for link in first.links}["政府信息公开年报"] == \
        "http://www.baiquan.gov.cn/xxgk/list.jsp?catId=30"
    assert [request.url for request in first.next_pages] == [f"{tree_url}?id=10", f"{tree_url}?id=20"]
    assert all(request.item_templates == top.item_templates for request in first.next_pages)
    second = answer("baiquan_tree_10.json", f"{tree_url}?id=10")
    named = {link.text: link for link in second.links}
    assert named["法治政府建设"].url == "http://www.baiquan.gov.cn/xxgk/list.jsp?catId=1007"
    assert named["法治政府建设"].kind == LinkKind.COLUMN
    assert [request.url for request in second.next_pages] == [f"{tree_url}?id=11"]


def test_a_tree_asked_under_another_name_asks_its_children_under_that_name():
    # `{labelName: 'columnTree', pid: id}`: the nodes' `pId` is the value the answer was asked with.
    nodes = [{"id": 12, "pId": 7, "name": "法定主动公开内容", "isParent": True}]
    (child,) = tree_children(nodes, "http://www.a.gov.cn/tree?labelName=columnTree&pid=7")
    assert child.url == "http://www.a.gov.cn/tree?labelName=columnTree&pid=12"
    (child,) = tree_children([{"id": 12, "name": "目录", "isParent": True}], "http://www.a.gov.cn/tree?pid=7")
    assert child.url == "http://www.a.gov.cn/tree?pid=7&id=12"


def test_a_script_file_a_list_is_cut_from_is_named():
    # The inline script pages through an array no inline script defines (`articles.slice(…)`):
    # the page's own script file holds it.
    page = ('<ul class="list" id="list"></ul><script src="/js/data/col_1031.js"></script>'
            '<script>var per=15;function show(p){var rows=articles.slice((p-1)*per,p*per);var h="";'
            "for(var i=0;i<rows.length;i++){h+='<li><a href=\"'+rows[i].u+'\">'+rows[i].t+'</a></li>';}"
            "document.getElementById('list').innerHTML=h;}show(1);</script>")
    url = "https://www.a.gov.cn/zwgk/tzgg/"
    assert included_scripts(root_of(page, url), url) == ["https://www.a.gov.cn/js/data/col_1031.js"]
