"""The sandbox that runs a list page's scripts (crawler/discovery/sandbox.py): the requests they
make, signed lists read from saved bytes, and what a hostile or broken script gets."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, html_root, read_page
from crawler.discovery.sandbox import answered_request, list_calls, page_elements, page_request, pager_pages

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
PAGE = "http://www.a.gov.cn/xxgk/tzgg/index.html"


def sent(script: str, page_url: str = PAGE):
    return [call.request for call in list_calls([script], page_url)]


def test_jquery_fetch_axios_and_xhr_requests_are_recorded_as_sent():
    script = """
    $.ajax({url: '/api/a', type: 'post', data: {pageNo: 1, name: '法治'}, headers: {'X-T': 5}});
    $.getJSON('/api/b?x=1', {pageNo: 1}, function (r) {});
    fetch('/api/c', {method: 'POST', body: JSON.stringify({page: 1}),
                     headers: {'Content-Type': 'application/json'}});
    axios.get('/api/d', {params: {page: 1, size: 10}});
    var x = new XMLHttpRequest(); x.open('GET', '/api/e?page=1'); x.setRequestHeader('X-K', 'v'); x.send();
    $('#listBox').load('/col/list_' + 1 + '.shtml #listCon');
    """
    a, b, c, d, e, f = sent(script)
    assert (a.method, a.url, a.form, a.headers) == (
        "POST", "http://www.a.gov.cn/api/a", (("pageNo", "1"), ("name", "法治")), (("X-T", "5"),))
    assert b.url == "http://www.a.gov.cn/api/b?x=1&pageNo=1" and b.method == "GET"
    assert c.method == "POST" and json.loads(c.body) == {"page": 1} and c.form == ()
    assert d.url == "http://www.a.gov.cn/api/d?page=1&size=10"
    assert e.url == "http://www.a.gov.cn/api/e?page=1" and e.headers == (("X-K", "v"),)
    assert f.url == "http://www.a.gov.cn/col/list_1.shtml"  # the part after the space selects


def test_hashes_are_those_of_the_libraries_they_stand_for():
    script = """
    var t = '法治政府建设' + 1700000000000;
    $.get('/h', {md5: hex_md5(t), sha1: sha1(t), sha256: sha256(t),
                 hmac: CryptoJS.HmacSHA256(t, 'k').toString(),
                 b64: CryptoJS.MD5(t).toString(CryptoJS.enc.Base64),
                 page: 1});
    """
    (request,) = sent(script)
    query = {key: values[0] for key, values in parse_qs(urlsplit(request.url).query).items()}
    text = "法治政府建设1700000000000".encode()
    assert query["md5"] == hashlib.md5(text).hexdigest()
    assert query["sha1"] == hashlib.sha1(text).hexdigest()
    assert query["sha256"] == hashlib.sha256(text).hexdigest()
    assert query["hmac"] == hmac.new(b"k", text, "sha256").hexdigest()

    assert query["b64"] == base64.b64encode(hashlib.md5(text).digest()).decode()


def test_the_page_function_is_called_again_for_the_next_page():
    script = """
    var secret = 's3';
    function loadList(pageNo) {
      var params = 'channelId=7&pageNo=' + pageNo;
      $.getJSON('/api/list?' + params + '&sign=' + md5(params + secret), function (res) {});
    }
    $(function () { loadList(1); });
    """
    (call,) = list_calls([script], PAGE)
    assert call.pages is not None and call.pages.function == "loadList" and call.pages.arguments == (1,)
    second = page_request(call.pages.following())
    assert second is not None
    assert second.url == ("http://www.a.gov.cn/api/list?channelId=7&pageNo=2&sign="
                          + hashlib.md5(b"channelId=7&pageNo=2s3").hexdigest())


def test_unknown_globals_get_stand_ins_and_page_elements_are_read():
    script = """
    layui.use(['laypage'], function () {});
    var cid = document.getElementById('cid').value;
    $.post('/api/list', {columnId: cid, catalog: $('#box').data('catalog'), pageIndex: 1});
    """
    elements = json.dumps({"elements": {"cid": {"attrs": {"id": "cid", "value": "88"}, "text": ""},
                                        "box": {"attrs": {"id": "box", "data-catalog": "5"}, "text": ""}}})
    (call,) = list_calls([script], PAGE, elements)
    assert dict(call.request.form) == {"columnId": "88", "catalog": "5", "pageIndex": "1"}


def test_a_script_that_never_ends_or_fails_is_left_in_good_time():
    start = time.monotonic()
    assert sent("while (true) {}") == []
    # Fifty callbacks that never end take the page's budget, not fifty seconds.
    assert sent("for (var i = 0; i < 50; i++) { $(function () { while (true) {} }); }") == []
    assert sent("throw new Error('broken');") == []
    assert sent("this is not javascript {") == []
    assert sent("var a = []; while (true) { a.push(new Array(100000).fill(1)); }") == []  # memory
    assert sent("function f() { f(); } f();") == []  # the stack
    assert time.monotonic() - start < 10
    # Requests made before the failure stand.
    assert [r.url for r in sent("$.get('/api/x', {page: 1}); undefinedCall();")] == [
        "http://www.a.gov.cn/api/x?page=1"]


def test_a_list_whose_requests_its_script_signs_is_read_and_paged_signed():
    # 襄垣县: `sign = hex_md5(ts + secret + params).toUpperCase()` in the URL; the API refuses
    # unsigned requests.
    url = "https://www.xiangyuan.gov.cn/zwgk/list.html?channelId=1021"
    page = (PAGES / "blind18" / "xiangyuan_list_1021.html").read_bytes()
    (first,) = read_page(PageToRead(url=url, encoding="utf-8", body=page)).next_pages
    query = parse_qs(urlsplit(first.url).query)
    params = "channelId=1021&pageNo=1&pageSize=15"
    secret = first.scripted_list.scripts[-1].split('var secret = "')[1].split('"')[0]
    expected = hashlib.md5(f"{query['timestamp'][0]}{secret}{params}".encode()).hexdigest().upper()
    assert query["sign"] == [expected] and query["pageNo"] == ["1"]
    answer = read_page(PageToRead(url=first.url, encoding="utf-8", item_templates=first.item_templates,
                                  scripted_list=first.scripted_list,
                                  body=(PAGES / "blind18" / "xiangyuan_api_1021_1.json").read_bytes()))
    assert len({link.url for link in answer.links if "/art/" in link.url}) == 15
    (second,) = answer.next_pages
    query = parse_qs(urlsplit(second.url).query)
    params = "channelId=1021&pageNo=2&pageSize=15"
    signed = f"{query['timestamp'][0]}{secret}{params}"
    assert query["sign"] == [hashlib.md5(signed.encode()).hexdigest().upper()]
    assert second.page_number == 2 and second.scripted_list.arguments == (2,)


def test_a_list_whose_script_signs_its_headers_is_asked_with_them():
    # 大丰区: `X-Timestamp` and `X-Sign: md5(sorted k=v& + ts + SALT)` headers on `$.ajax`.
    url = "https://www.dafeng.gov.cn/xxgk/tzgg/index.html"
    page = (PAGES / "blind19" / "dafeng_tzgg.html").read_bytes()
    (first,) = read_page(PageToRead(url=url, encoding="utf-8", body=page)).next_pages
    headers = dict(first.headers)
    salt = page.decode().split('var SALT = "')[1].split('"')[0]
    signed = f"catalogId=1005&pageIndex=1&pageSize=12{headers['X-Timestamp']}{salt}"
    assert headers["X-Sign"] == hashlib.md5(signed.encode()).hexdigest()
    answer = read_page(PageToRead(url=first.url, encoding="utf-8", item_templates=first.item_templates,
                                  scripted_list=first.scripted_list,
                                  body=(PAGES / "blind19" / "dafeng_api_tzgg_1.json").read_bytes()))
    assert any(link.kind != LinkKind.SKIP and "/xxgk/tzgg/" in link.url for link in answer.links)
    (second,) = answer.next_pages
    assert "pageIndex=2" in second.url and dict(second.headers)["X-Sign"] != headers["X-Sign"]


def test_a_list_the_home_page_loads_for_several_columns_keeps_each_call_s_arguments():
    # 康乐县: `$.each([1, 2, 5], function (i, t) { loadList(t, 1); })`, the items written as
    # `'/content?id=' + o.newManageId + '&newType=' + t`.
    url = "https://www.gskanglexian.gov.cn/"
    requests = read_page(PageToRead(url=url, encoding="utf-8",
                                    body=(PAGES / "blind10" / "kangle_home.html").read_bytes())).next_pages
    assert [dict(request.item_templates[0].defaults)["t"] for request in requests] == ["1", "2", "5"]
    assert all(request.scripted_list.function == "loadList" and request.scripted_list.page_argument == 1
               for request in requests)
    assert "newType=2" in page_request(requests[1].scripted_list.following()).url


def test_a_pager_plugin_that_goes_to_the_page_it_is_given_is_followed():
    # 万宁市: `$("#pagination").jqPaginator({totalPages: 3, onPageChange: function (num, type) {
    # if (type === "change") { location.href = num == 1 ? "list4.shtml" : "list4_" + num + ".shtml"; } }})`.
    url = "https://www.wanning.gov.cn/wanning/tzgg/list4.shtml"
    reading = read_page(PageToRead(url=url, encoding="utf-8",
                                   body=(PAGES / "blind23" / "wanning_tzgg_list4.html").read_bytes()))
    assert {(request.url, request.page_number) for request in reading.next_pages if request.bounded} == {
        ("https://www.wanning.gov.cn/wanning/tzgg/list4_2.shtml", 2),
        ("https://www.wanning.gov.cn/wanning/tzgg/list4_3.shtml", 3)}
    laypage = ("layui.use(['laypage'], function () { layui.laypage.render({elem: 'p', count: 40, limit: 15,"
               " jump: function (obj, first) { if (!first) { location.href = '?cid=5&page=' + obj.curr; } }"
               " }); });")
    assert pager_pages([laypage], "http://www.a.gov.cn/col/list?cid=5") == [
        ("http://www.a.gov.cn/col/list?cid=5&page=2", 2), ("http://www.a.gov.cn/col/list?cid=5&page=3", 3)]
    random = "$('.x').slick({onChange: function () { location.href = '/a?r=' + Math.random(); }});"
    assert pager_pages([random], "http://www.a.gov.cn/") == []


def test_a_list_paged_in_its_path_with_a_json_body_is_paged_by_its_page_function():
    # 菏泽: `$.ajax({url: '/els-service/article/' + p + '/' + pageSize, type: 'POST', data:
    # JSON.stringify({dw: [dw], catas: [catas], …})})` in a site file, the answer `{"data": {"total": 38,
    # "contents": [{"xxid", "subject", "fwdate"}]}}`, items `'/' + dw + '/' + c.xxid + '.html'`.
    url = "http://www.caoxian.gov.cn/zfxxgk/1590011.html"
    script = (PAGES / "blind25" / "caoxian_els-list.js").read_text(encoding="utf-8")
    body = (PAGES / "blind25" / "caoxian_zfxxgk_1590011.html").read_bytes()
    page = PageToRead(url=url, encoding="utf-8", body=body,
                      included=(("http://www.caoxian.gov.cn/static/js/els-list.js", script),))
    (first,) = read_page(page).next_pages
    assert (first.url, first.method) == ("http://www.caoxian.gov.cn/els-service/article/1/15", "POST")
    assert json.loads(first.body)["catas"] == ["1590011"]
    answer = read_page(PageToRead(url=first.url, encoding="utf-8", json_body=first.body,
                                  item_templates=first.item_templates, scripted_list=first.scripted_list,
                                  body=(PAGES / "blind25" / "caoxian_els_1_15.json").read_bytes()))
    assert len({link.url for link in answer.links if link.url.endswith(".html")}) == 15
    (second,) = answer.next_pages
    assert second.url == "http://www.caoxian.gov.cn/els-service/article/2/15" and second.page_number == 2
    assert second.bounded  # 38 in all: three pages


def test_a_jump_box_is_followed_to_the_page_count_its_handler_checks():
    # 湖南 集约化: `转到第<input id="num">页 <button onclick="goPage()">`, with `goPage` reading the box
    # and `else if (num > 3) {alert('超出最大页数');} else {window.location = (num == 1) ? 'default.htm'
    # : 'default_' + num + '.htm';}`.
    base = "https://www.yyx.gov.cn/37584/38152/38160/38161/"
    reading = read_page(PageToRead(url=base + "default.htm", encoding="utf-8",
                                   body=(PAGES / "blind26" / "yueyangxian_tzgg_default.html").read_bytes()))
    assert [(request.url, request.page_number) for request in reading.next_pages] == [
        (base + "default_2.htm", 2), (base + "default_3.htm", 3)]
    base = "https://www.pingjiang.gov.cn/35048/40718/40730/40731/"
    reading = read_page(PageToRead(url=base + "default.htm", encoding="utf-8",
                                   body=(PAGES / "blind26" / "pingjiang_tzgg_default.html").read_bytes()))
    assert [request.url for request in reading.next_pages] == [base + "default_2.htm"]
    # A search box's handler also goes where its box says, but with words, not a page.
    search = 'function go() { location.href = "/search?q=" + document.getElementById("kw").value; }'
    elements = page_elements(html_root('<input id="kw" value="">', "http://www.a.gov.cn/"))
    assert pager_pages([search], "http://www.a.gov.cn/", elements, handlers=["go()"]) == []


def test_a_jump_box_that_goes_anywhere_it_is_told_leads_to_the_next_page_only():
    # No count in the handler: the page after this one, walked on while the list shows new items.
    script = ("function jump() { location.href = 'PublicInfoList.aspx?ThemeId=7&page=' "
              "+ document.getElementById('pg').value; }")
    page = "http://www.a.gov.cn/Government/PublicInfoList.aspx?ThemeId=7&page=3"
    elements = page_elements(html_root('<input id="pg" type="text">', page))
    assert pager_pages([script], page, elements, handlers=["jump()"]) == [
        ("http://www.a.gov.cn/Government/PublicInfoList.aspx?ThemeId=7&page=4", 4)]


def test_a_handler_bound_to_a_pager_event_that_counts_from_0_is_followed():
    # 绵阳: `$("#page").page({pageIndex: 0, pageSize: 20, total: 54}).on("pageClicked", go)` with
    # `go(event, pageIndex)` going to `pageIndex == 0 ? 'index.html' : 'index_' + (pageIndex + 1) + '.html'`.
    base = "https://www.jiangyou.gov.cn/jiangyou/288798823663271952/"
    reading = read_page(PageToRead(url=base + "index.html", encoding="utf-8",
                                   body=(PAGES / "blind27" / "jiangyou_tzgg_index.html").read_bytes()))
    assert [(request.url, request.page_number) for request in reading.next_pages] == [
        (base + "index_2.html", 2), (base + "index_3.html", 3)]


TOKEN_FIRST = """
var siteGuid = "58892d69", categorynum = "001005";
function getToken(cb) {
  $.ajax({url: "/rest/getOauthInfoAction/getNoUserAccessToken", type: "POST", dataType: "json",
          success: function (r) { cb(r.custom.access_token); }});
}
function loadInfo(pageIndex) {
  getToken(function (t) {
    $.ajax({url: "/rest/GetInfoListAction/getInfoList", type: "POST",
            headers: {"Authorization": "Bearer " + t},
            data: "params=" + JSON.stringify({siteGuid: siteGuid, categorynum: categorynum,
                                              pageIndex: pageIndex, pageSize: 20}),
            dataType: "json", success: function (r) {}});
  });
}
loadInfo(1);
"""


def test_a_list_asked_with_a_token_is_asked_once_the_token_s_answer_is_known():
    # The list call is made only in the token call's callback: the first run records the token
    # call; given its answer, the list call with the token's header; its next page likewise.
    (call,) = list_calls([TOKEN_FIRST], PAGE)
    token_url = "http://www.a.gov.cn/rest/getOauthInfoAction/getNoUserAccessToken"
    assert call.request.url == token_url and call.pages is not None
    answer = json.dumps({"custom": {"access_token": "tk-42"}})
    request, pages = answered_request(call.pages, token_url, answer)
    assert request.url == "http://www.a.gov.cn/rest/GetInfoListAction/getInfoList"
    assert dict(request.headers)["Authorization"] == "Bearer tk-42"
    assert json.loads(dict(request.form)["params"])["pageIndex"] == 1
    second = page_request(pages.following())
    assert dict(second.headers)["Authorization"] == "Bearer tk-42"
    assert json.loads(dict(second.form)["params"])["pageIndex"] == 2
    # An answer that leads to no new request gives none.
    assert answered_request(pages, request.url, json.dumps({"custom": {"infodata": []}})) is None


def test_a_token_fetched_with_promises_feeds_the_list_call():
    script = """
    function load(page) {
      fetch("/api/token").then(function (r) { return r.json(); }).then(function (d) {
        axios.post("/api/list", {page: page, size: 15}, {headers: {token: d.token}});
      });
    }
    load(1);
    """
    (call,) = list_calls([script], PAGE)
    request, pages = answered_request(call.pages, "http://www.a.gov.cn/api/token", '{"token": "abc"}')
    assert request.url == "http://www.a.gov.cn/api/list" and dict(request.headers)["token"] == "abc"
    assert json.loads(page_request(pages.following()).body) == {"page": 2, "size": 15}


DWR_PAGE = """<html><head><title>通知公告</title>
<script type="text/javascript" src="/dwr/engine.js"></script>
<script type="text/javascript" src="/dwr/interface/NoticeService.js"></script></head>
<body><ul id="rows"></ul><div id="pager"></div>
<script type="text/javascript">
dwr.engine.setAsync(true);
function showPage(n) {
  NoticeService.findNotices({channel: "tzgg", size: 15}, n, function (data) {
    var h = "";
    for (var i = 0; i < data.list.length; i++) {
      h += '<li><a href="' + data.list[i].link + '">' + data.list[i].title + '</a>'
        + '<span>' + data.list[i].day + '</span></li>';
    }
    document.getElementById("rows").innerHTML = h;
  });
}
showPage(1);
</script></body></html>"""
DWR_URL = "http://www.a.gov.cn/dwr/call/plaincall/NoticeService.findNotices.dwr"


def dwr_lines(body: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in body.splitlines() if "=" in line)


def test_a_dwr_list_is_asked_by_a_plaincall_and_its_reply_read_as_records():
    # The page loads DWR's engine and a class's interface file; its function calls the class's
    # method with the page number: a text/plain plaincall POST, never a form.
    page = read_page(PageToRead(url=PAGE, body=DWR_PAGE.encode(), encoding="utf-8", score=60))
    (asked,) = [request for request in page.next_pages if request.url == DWR_URL]
    assert asked.method == "POST" and asked.formdata == () and asked.scripted_list is not None
    lines = dwr_lines(asked.body)
    assert (lines["c0-scriptName"], lines["c0-methodName"]) == ("NoticeService", "findNotices")
    assert lines["c0-param0"] == "Object_Object:{channel:reference:c0-e1, size:reference:c0-e2}"
    assert (lines["c0-e1"], lines["c0-e2"], lines["c0-param1"]) == ("string:tzgg", "number:15", "number:1")
    # DWR 3's reply (script-tag guard, a closure, objects built by assignment) is read as the
    # records it gives the callback; the list's next page is asked as the page asks it.
    reply = ("throw 'allowScriptTagRemoting is false.';\n(function(){\nvar r=window.dwr._[0];\n"
             "//#DWR-INSERT\n//#DWR-REPLY\nvar s0=[];" + "".join(
                 f"var s{i}={{}};s{i}.title=\"关于第{i}号事项的通知\";"
                 f"s{i}.link=\"/tzgg/202403/t2024030{i % 9}_{i}.html\";"
                 f"s{i}.day=\"2024-03-0{i % 9 + 1}\";s0[{i - 1}]=s{i};" for i in range(1, 16))
             + "r.handleCallback(\"0\",\"0\",{list:s0,total:40,pageCount:3});\n})();\n")
    answer = read_page(PageToRead(url=DWR_URL, body=reply.encode(), encoding="utf-8", score=60,
                                  json_body=asked.body, item_templates=asked.item_templates,
                                  scripted_list=asked.scripted_list))
    urls = {link.url for link in answer.links}
    assert "http://www.a.gov.cn/tzgg/202403/t20240301_1.html" in urls and len(urls) >= 15
    (following,) = answer.next_pages
    assert following.url == DWR_URL and dwr_lines(following.body)["c0-param1"] == "number:2"


def test_dwr_classes_are_defined_only_beside_a_dwr_engine():
    from crawler.discovery.sandbox import dwr_interfaces, dwr_reply
    assert dwr_interfaces(["http://a.cn/app/dwr/engine.js", "http://a.cn/app/dwr/interface/List.js",
                           "http://a.cn/js/interface/Menu.js"]) == [("/app/dwr", "List")]
    assert dwr_interfaces(["http://a.cn/js/interface/Menu.js"]) == []
    # DWR 2's reply with a literal; anything else is no reply.
    assert dwr_reply("//#DWR-REPLY\ndwr.engine._remoteHandleCallback('1','0',{rows:[{url:'/a.html'}]});") == {
        "rows": [{"url": "/a.html"}]}
    assert dwr_reply("//#DWR-REPLY\ndwr.engine._remoteHandleException('1','0',{message:'x'});") is None
    assert dwr_reply("handleCallback(1)") is None


def test_a_frame_s_document_set_by_script_is_read_as_part_of_the_page():
    page = ('<h2>法治政府建设</h2><iframe id="listFrame" name="listFrame"></iframe>'
            '<script>var cid="2355";var frm=document.getElementById("listFrame");'
            'frm.setAttribute("src","/module/xxgk/list.jsp?cid="+cid+"&curpage=1");</script>')
    reading = read_page(PageToRead(url=PAGE, body=page.encode(), encoding="utf-8", score=60))
    framed = [link for link in reading.links if "list.jsp" in link.url]
    assert [link.url for link in framed] == ["http://www.a.gov.cn/module/xxgk/list.jsp?cid=2355&curpage=1"]
    # jQuery's `.attr("src", …)` and the `src` property alike; a frame with a document of its own
    # is not run.
    for setter in ('$("#listFrame").attr("src", "/list/2355.html");',
                   'document.getElementById("listFrame").src = "/list/2355.html";'):
        page = f'<iframe id="listFrame"></iframe><script>{setter}</script>'
        reading = read_page(PageToRead(url=PAGE, body=page.encode(), encoding="utf-8", score=60))
        assert "http://www.a.gov.cn/list/2355.html" in {link.url for link in reading.links}


CONFIG_FIRST = """<ul id="list"></ul><script>
var columnKey = "tzgg";
fetch('/static/config/site.json').then(function (r) { return r.json(); }).then(function (cfg) {
  function go(p) {
    var query = '?columnId=' + cfg.columns[columnKey] + '&pageNum=' + p + '&pageSize=' + cfg.pageSize;
    fetch(cfg.api.list + query)
      .then(function (r) { return r.json(); }).then(function (d) {
        document.getElementById('list').innerHTML = d.rows.map(function (x) {
          return '<li><a href="' + x.linkUrl + '">' + x.title + '</a></li>'; }).join('');
      });
  }
  go(1);
});
</script>"""


def test_a_list_whose_api_a_configuration_names_is_asked_once_the_configuration_is_known():
    # The page asks only for its site's configuration as it loads; given its answer, the
    # scripts ask for the list, whose next pages follow from the list request itself.
    page = read_page(PageToRead(url=PAGE, body=CONFIG_FIRST.encode(), encoding="utf-8", score=60))
    (config,) = page.next_pages
    assert config.url == "http://www.a.gov.cn/static/config/site.json" and config.scripted_list.at_load
    answer = json.dumps({"pageSize": 15, "api": {"list": "/prod-api/portal/article/page"},
                         "columns": {"tzgg": "1602", "fzzfjs": "1617"}})
    reading = read_page(PageToRead(url=config.url, body=answer.encode(), encoding="utf-8", score=60,
                                   scripted_list=config.scripted_list))
    (listed,) = reading.next_pages
    assert listed.url == "http://www.a.gov.cn/prod-api/portal/article/page?columnId=1602&pageNum=1&pageSize=15"
    rows = json.dumps({"total": 40, "rows": [{"title": f"关于第{n}号事项的通知", "linkUrl": f"/art/{n}.html"}
                                             for n in range(15)]})
    reading = read_page(PageToRead(url=listed.url, body=rows.encode(), encoding="utf-8", score=60,
                                   item_templates=listed.item_templates, scripted_list=listed.scripted_list))
    assert "http://www.a.gov.cn/art/3.html" in {link.url for link in reading.links}
    assert [parse_qs(urlsplit(r.url).query)["pageNum"] for r in reading.next_pages] == [["2"]]


def test_an_article_s_visit_counter_is_not_asked():
    # A request made as the page loads, on a page without an empty list awaiting it.
    article = ('<h1>某县2023年法治政府建设年度报告</h1><div class="zoom"><p>正文……</p></div>'
               '<span id="hits"></span><script>fetch("/api/visit?id=8812").then(function (r) {'
               ' return r.json(); }).then(function (d) { document.getElementById("hits").innerHTML = d.n; });'
               '</script>')
    reading = read_page(PageToRead(url=PAGE, body=article.encode(), encoding="utf-8", score=60))
    assert not any("/api/visit" in request.url for request in reading.next_pages)


def test_an_axios_instance_s_base_url_and_interceptor_headers_are_sent():
    script = """
    var service = axios.create({baseURL: '/portal-api', timeout: 10000});
    service.interceptors.request.use(function (config) {
      config.headers['X-Timestamp'] = 1700000000123;
      return config;
    });
    function load(n) {
      service.get('/content/list', {params: {chnlId: '2301', pageNo: n}}).then(function (r) {});
    }
    load(1);
    """
    (call,) = list_calls([script], PAGE)
    assert call.request.url == "http://www.a.gov.cn/portal-api/content/list?chnlId=2301&pageNo=1"
    assert dict(call.request.headers)["X-Timestamp"] == "1700000000123"
    # The instance is a function holding methods: still whole when its page's functions are
    # watched, so the next page is asked as the first was.
    following = page_request(call.pages.following())
    assert following.url.endswith("pageNo=2") and dict(following.headers)["X-Timestamp"] == "1700000000123"


def test_fetch_of_a_request_object_and_get_script_are_recorded():
    (posted,) = sent("fetch(new Request('/site/info/list.do', {method: 'POST',"
                     " body: new URLSearchParams({catalogId: '4410', pageIndex: 1})}));")
    assert posted.method == "POST" and posted.form == (("catalogId", "4410"), ("pageIndex", "1"))
    (script,) = sent("function go(n) { $.getScript('/c5012/list_' + n + '.js'); } go(1);")
    assert script.method == "GET" and script.url == "http://www.a.gov.cn/c5012/list_1.js"


MODULE_PAGE = """<ul id="list"></ul><div id="box" data-column="fzzfjs"></div><script type="module">
import { pageList } from '/static/js/api.js';
const show = async (page) => {
  const d = await pageList(document.getElementById('box').dataset.column, page);
  const rows = d.items.map((x) => `<li><a href="${x.href}">${x.title}</a></li>`);
  document.getElementById('list').innerHTML = rows.join('');
};
show(1);
</script>"""
API_MODULE = """const BASE = '/cms-api/v1';
export async function pageList(column, page) {
  const res = await fetch(`${BASE}/columns/${column}/articles?page=${page}`);
  return res.json();
}
"""


def test_an_es_module_and_the_file_it_imports_are_read_as_scripts():
    first = read_page(PageToRead(url=PAGE, body=MODULE_PAGE.encode(), encoding="utf-8", score=60))
    assert first.include_urls == ("http://www.a.gov.cn/static/js/api.js",)
    again = read_page(PageToRead(url=PAGE, body=MODULE_PAGE.encode(), encoding="utf-8", score=60,
                                 included=(("http://www.a.gov.cn/static/js/api.js", API_MODULE),)))
    assert [request.url for request in again.next_pages] == [
        "http://www.a.gov.cn/cms-api/v1/columns/fzzfjs/articles?page=1"]


def test_a_csrf_cookie_the_script_reads_is_sent_back_and_a_meta_tag_names_the_api():
    from scrapy.http import HtmlResponse
    from scrapy.http import Request as ScrapyRequest

    from crawler.responses import page_cookies
    page = """<html><head><meta name="api-base" content="/cms-api/v2"></head><body><ul id="list"></ul>
    <script>
    var base = document.querySelector('meta[name="api-base"]').getAttribute('content');
    function getCookie(k) { var m = document.cookie.match(new RegExp('(?:^|; )' + k + '=([^;]*)'));
                            return m ? decodeURIComponent(m[1]) : ''; }
    function page(n) {
      fetch(base + '/article/page', {method: 'POST', headers: {'Content-Type': 'application/json',
            'X-XSRF-TOKEN': getCookie('XSRF-TOKEN')}, body: JSON.stringify({pageNum: n})});
    }
    page(1);
    </script></body></html>"""
    request = ScrapyRequest(PAGE, headers={"Cookie": "JSESSIONID=abc"})
    response = HtmlResponse(PAGE, body=page.encode(), encoding="utf-8", request=request,
                            headers={"Set-Cookie": "XSRF-TOKEN=c28e; Path=/"})
    cookies = page_cookies(response)
    assert cookies == "JSESSIONID=abc; XSRF-TOKEN=c28e"
    reading = read_page(PageToRead(url=PAGE, body=page.encode(), encoding="utf-8", score=60, cookies=cookies))
    (asked,) = reading.next_pages
    assert asked.url == "http://www.a.gov.cn/cms-api/v2/article/page"
    assert dict(asked.headers)["X-XSRF-TOKEN"] == "c28e" and json.loads(asked.body) == {"pageNum": 1}


def test_an_answer_behind_an_xssi_prefix_is_read():
    rows = json.dumps({"result": {"list": [{"title": f"关于第{n}号事项的通知", "href": f"/art/{n}.html"}
                                           for n in range(12)], "pageCount": 2}})
    answer = (")]}',\n" + rows).encode()
    reading = read_page(PageToRead(url="http://www.a.gov.cn/list/query.do?pageNo=1", body=answer,
                                   encoding="utf-8", score=60))
    assert "http://www.a.gov.cn/art/3.html" in {link.url for link in reading.links}


def test_pager_links_calling_a_page_function_go_where_the_function_sends_the_browser():
    rows = "".join(f'<li><a href="/zwgk/tzgg/202403/t2024031{n % 9}_{n}.html">关于第{n}号事项的通知</a>'
                   f"<span>2024-03-1{n % 9}</span></li>" for n in range(15))
    page = (f'<ul class="list">{rows}</ul><div class="page"><a href="javascript:go(1)">1</a>'
            '<a href="javascript:go(2)">2</a><a href="javascript:go(3)">3</a></div>'
            "<script>var tpl='/zwgk/tzgg/list_{n}.html',first='/zwgk/tzgg/index.html';"
            "function go(n){location.href=n==1?first:tpl.replace('{n}',n);}</script>")
    url = "http://www.a.gov.cn/zwgk/tzgg/index.html"
    reading = read_page(PageToRead(url=url, body=page.encode(), encoding="utf-8", score=60))
    assert [(r.url, r.page_number) for r in reading.next_pages] == [
        ("http://www.a.gov.cn/zwgk/tzgg/list_2.html", 2), ("http://www.a.gov.cn/zwgk/tzgg/list_3.html", 3)]


def test_of_a_count_and_a_list_asked_together_the_list_is_paged():
    script = """
    function show(n) {
      Promise.all([fetch('/api/info/count?catalogId=41').then(function (r) { return r.json(); }),
                   fetch('/api/info/list?catalogId=41&offset=' + (n - 1) * 15 + '&limit=15')
                     .then(function (r) { return r.json(); })]).then(function (res) {});
    }
    show(1);
    """
    calls = list_calls([script], PAGE)
    listed = next(call for call in calls if "/list" in call.request.url)
    assert page_request(listed.pages.following()).url == "http://www.a.gov.cn/api/info/list?catalogId=41&offset=15&limit=15"
