"""Single-page portals (`crawler.discovery.apps`), on the saved bytes of kinds3's Vue portal:
the shell, its configuration and bundle read into column links and item templates, and the
shell read again once its script files have come (`crawler.sitescripts`)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from scrapy.http import Request, TextResponse

from crawler.discovery.apps import AppModel, is_app_shell, read_app_script
from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, read_page
from crawler.discovery.templates import render_records
from tests.script_engine import KINDS3, complete, page, root_of, site

HOME = "http://www.tonglu.gov.cn/"
API = "http://www.tonglu.gov.cn/prod-api/cms/article"


def app_model() -> AppModel:
    return AppModel.from_parts(tuple(read_app_script((KINDS3 / name).read_text("utf-8"))
                                     for name in ("2_tonglu_config.js", "2_tonglu_app.js")))


def test_an_empty_mount_with_scripts_is_a_shell_and_a_page_with_links_is_not():
    assert is_app_shell(root_of((KINDS3 / "2_tonglu_home.html").read_text("utf-8"), HOME))
    assert not is_app_shell(root_of('<div id="app"></div><script src="/a.js"></script>'
                                    + "".join(f'<a href="/c{i}/">栏目</a>' for i in range(6))))
    assert not is_app_shell(root_of('<div id="app"><p>首页 新闻</p></div><script src="/a.js"></script>'))


def test_configuration_and_bundle_make_one_list_link_per_column():
    app = app_model()
    assert app.base == "/prod-api" and app.constants["siteId"] == 7
    links = {link.text: link.url for link in app.column_links(HOME)}
    assert links["法治政府建设"] == f"{API}/list?columnId=1207&pageNum=1&pageSize=10&siteId=7"
    assert set(links) == {"桐庐要闻", "法治政府建设", "政府信息公开年报", "政策解读"}


def test_records_become_links_to_their_article_call():
    answer = json.loads((KINDS3 / "2_tonglu_list.json").read_text("utf-8"))
    items = render_records(answer, app_model().item_templates(HOME))
    assert len(items) == len(answer["rows"])
    first = answer["rows"][0]
    assert items[0] == f'<a href="{API}/get?id={first["articleId"]}">{first["title"]}</a>'


def test_a_call_with_two_unknown_values_is_not_used():
    parts = read_app_script('window.C = {columns: [{id: 5, name: "法治政府"}]};'
                            's.get("/api/list", {params: {channelId: e, siteId: q, page: t}})')
    assert AppModel.from_parts((parts,)).column_links(HOME) == []


def test_a_script_that_is_not_an_app_defines_nothing():
    assert not read_app_script("function toDetail(id) { location.href = '/d/' + id + '.html'; }")


def test_the_shell_waits_for_its_scripts_and_is_read_again_with_its_columns():
    crawl = site(HOME)
    files = {f"{HOME}config.js": "2_tonglu_config.js", f"{HOME}static/js/app.4f2a7b1c.js": "2_tonglu_app.js"}

    def answer(request: Request) -> TextResponse:
        body = (KINDS3 / files[request.url]).read_bytes()
        return TextResponse(request.url, status=200, body=body, encoding="utf-8", request=request)

    first, again, crawler, _ = complete(crawl, page("2_tonglu_home.html", HOME), answer)
    assert first.app_needed and not first.links
    assert sorted(request.url for request in crawler.requests) == sorted(files)
    assert {link.text for link in again.links} >= {"法治政府建设", "政策解读"}
    assert not again.app_needed
    # Every later page of the site carries the app: its list answers' records become links.
    answer_page = page("2_tonglu_list.json", f"{API}/list?columnId=1207&pageNum=1&pageSize=10&siteId=7")
    reading = read_page(replace(answer_page, site_app=tuple(crawl.app_parts)))
    assert any(link.url.startswith(f"{API}/get?id=") for link in reading.links)


HASH_SHELL = ('<div class="nav"><a href="/">首页</a><a href="/#/list?cid=11">要闻</a>'
              '<a href="/#/list?cid=15">法治政府建设</a><a href="/wzdt/">网站地图</a></div>'
              '<div id="app"><p>正在加载…</p></div><script src="/static/js/app.js"></script>')
HASH_APP = ('var BASE_API="/prod-api";function q(n){var m=new RegExp("[?&]"+n+"=([^&]*)")'
            '.exec(location.hash);return m?m[1]:"";}function loadList(cid,p){'
            'axios.get(BASE_API+"/cms/article/list",{params:{cid:cid,pageNum:p,pageSize:15}})'
            '.then(function(r){var s="";r.data.rows.forEach(function(o){'
            's+=\'<li><a href="/html/article/\'+o.articleId+\'.html">\'+o.title+"</a></li>";});'
            'document.getElementById("app").innerHTML=s;});}')


def test_an_app_routed_in_the_fragment_lists_each_route_of_its_menu():
    """A Vue shell whose menu links routes in the URL's fragment (`/#/list?cid=15`), showing a
    loading placeholder, with a bundle that GETs `BASE_API + "/cms/article/list"`: one list
    link per route, named as the menu names it, and the bundle's own item markup."""
    from crawler.discovery.apps import hash_routes

    root = root_of(HASH_SHELL)
    assert is_app_shell(root)
    app = AppModel.from_parts((read_app_script(HASH_APP),))
    links = {link.text: link.url for link in app.route_links(HOME, hash_routes(root, HOME))}
    assert links["法治政府建设"] == f"{API}/list?cid=15&pageNum=1&pageSize=15"
    assert set(links) == {"要闻", "法治政府建设"}
    answer = {"total": 1, "rows": [{"articleId": 312, "title": "2023年法治政府建设情况报告"}]}
    assert render_records(answer, app.item_templates(HOME)) == [
        '<li><a href="/html/article/312.html">2023年法治政府建设情况报告</a></li>']


BLIND12 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind12"
XINGAN = "http://www.xingan.gov.cn/"


def test_a_server_rendered_app_state_lists_records_its_bundle_opens_and_pages():
    # Nuxt: rows are `<div class="news-item">` without links; the ids are in `window.__NUXT__ =
    # (function (a, b) {return {…data: [{list: […], total: 64, pageNum: 1, pageSize: 15}]…}}(…))`;
    # the page bundle opens `"/detail/" + t.id` and pushes `{query: {page: t}}`.
    bundle = f"{XINGAN}_nuxt/pages/list/_cat.3f9a1c2.js"

    def answer(request: Request) -> TextResponse:
        body = (BLIND12 / "xingan_pages_list_cat.js").read_bytes() if request.url == bundle else b""
        return TextResponse(request.url, status=200, body=body, encoding="utf-8", request=request)

    listing = PageToRead(url=f"{XINGAN}list/tzgg", body=(BLIND12 / "xingan_list_tzgg.html").read_bytes(),
                         encoding="utf-8")
    crawl = site(XINGAN)
    first, again, crawler, _ = complete(crawl, listing, answer)
    assert first.app_needed and not any("/detail/" in link.url for link in first.links)
    assert bundle in {request.url for request in crawler.requests}
    rows = {link.url: (link.text, link.date) for link in again.links if "/detail/" in link.url}
    assert len(rows) == 15
    assert rows[f"{XINGAN}detail/22183200"] == ("新干县2025年拟认定市级美丽乡村示范村名单公示", "2025-06-19")
    assert [request.url for request in again.next_pages] == [f"{XINGAN}list/tzgg?page=2"]
    # Page 3 of 64 records, 15 a page, holds the report; page 5 is the last.
    third = read_page(PageToRead(url=f"{XINGAN}list/tzgg?page=3", encoding="utf-8",
                                 body=(BLIND12 / "xingan_list_tzgg_page3.html").read_bytes(),
                                 site_app=tuple(crawl.app_parts)))
    assert f"{XINGAN}detail/19276927" in {link.url for link in third.links if link.kind == LinkKind.REPORT}
    assert [request.url for request in third.next_pages] == [f"{XINGAN}list/tzgg?page=4"]
    third_text = (BLIND12 / "xingan_list_tzgg_page3.html").read_text(encoding="utf-8")
    assert "pageNum:3" in third_text
    last = third_text.replace("pageNum:3", "pageNum:5")
    assert read_page(PageToRead(url=f"{XINGAN}list/tzgg?page=5", body=last.encode("utf-8"), encoding="utf-8",
                                site_app=tuple(crawl.app_parts))).next_pages == []
