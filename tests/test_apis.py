"""List APIs on saved bytes: the calls column pages' scripts make, and the JSON answers' links
and next pages (JPaaS, TRS IRS and IGS)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from parsel import Selector

from crawler.discovery.answers import decrypt_answer, next_api_page, parse_json, xml_data
from crawler.discovery.apis import article_calls, csrf_headers, element_values, find_api_calls
from crawler.discovery.jsvalues import ScriptQuery, Variable, parse_js
from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, read_page

KINDS = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds"
SCRIPTS = """<script>
var pageNo = 1;
function loadList(){
  $.post('/api-gateway/jpaas-publish-server/front/page/build/unit', {webId:'d6f1', pageId:'1229109841',
    tagId:'信息列表', paramJson: JSON.stringify({pageNo: pageNo, pageSize: 15})}, function(res){
    if(res.success && res.data.html){ $('#listBox').append(res.data.html); pageNo++; }
  }, 'json');
}
function getList(pageNo){
  $.ajax({url: '/irs/front/list', type: 'post', contentType: 'application/json', dataType: 'json',
    data: JSON.stringify({tenantId: '82', pageNo: pageNo, pageSize: 10,
                          searchFields: [{fieldName: 'f_1', searchWord: '5871234'}], isPage: true}),
    success: function(res){ var html = ''; $.each(res.data.list, function(i, r){ html += '<li>'; }); }
  });
}
function loadPage(n){
  $.getJSON('/igs/front/search/list.html', {index: 'gy-govdoc', pageNumber: n, pageSize: 10,
    'filter[CHANNELID]': '37421'}, function(res){ });
}
function refresh(){ $.get('/stats/visits', {}, function(){}); }
</script>"""


def test_calls_are_read_from_tags_and_scripts():
    column = (KINDS / "3_wencheng_column.html").read_text(encoding="utf-8")
    (tag,) = find_api_calls(column, "http://www.wencheng.gov.cn/col/col1229412873/index.html")
    url, method, form, body = tag.request(2)
    query = parse_qs(urlsplit(url).query)
    assert method == "GET" and form == () and body == ""
    assert urlsplit(url).path == "/api-gateway/jpaas-publish-server/front/page/build/unit"
    assert json.loads(query["paramJson"][0]) == {"pageNo": 2, "pageSize": 15}
    assert query["pageId"] == ["1229412873"]

    jpaas, irs, igs = find_api_calls(SCRIPTS, "http://www.a.gov.cn/col/col1/index.html")
    assert jpaas.request(3)[1:3] == ("POST", (("webId", "d6f1"), ("pageId", "1229109841"),
                                               ("tagId", "信息列表"),
                                               ("paramJson", '{"pageNo":3,"pageSize":15}')))
    url, method, form, body = irs.request(1)
    assert (url, method, form) == ("http://www.a.gov.cn/irs/front/list", "POST", ())
    assert json.loads(body)["pageNo"] == 1 and json.loads(body)["searchFields"][0]["searchWord"] == "5871234"
    assert parse_qs(urlsplit(igs.request(4)[0]).query)["pageNumber"] == ["4"]


def read_answer(name: str, url: str, body: str = ""):
    return read_page(PageToRead(url=url, body=(KINDS / name).read_bytes(), encoding="utf-8",
                                json_body=body, score=80, kind=LinkKind.PAGE))


def test_a_jpaas_answer_gives_its_html_links_and_the_next_page():
    url = ("http://www.wencheng.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?pageId=1"
           "&paramJson=%7B%22pageNo%22%3A2%2C%22pageSize%22%3A15%7D")
    reading = read_answer("3_wencheng_unit_page2.json", url)
    assert reading.error is None and len(reading.links) == 7
    assert all(link.date for link in reading.links)
    (following,) = reading.next_pages
    assert json.loads(parse_qs(urlsplit(following.url).query)["paramJson"][0])["pageNo"] == 3


def test_records_give_links_and_a_posted_json_body_pages_on():
    body = json.dumps({"tenantId": "82", "pageNo": 1, "pageSize": 10})
    reading = read_answer("3_qingzhen_irs_page1.json", "https://www.gzqz.gov.cn/irs/front/list", body)
    reports = [link for link in reading.links if link.kind == LinkKind.REPORT]
    assert [link.url for link in reports] == [
        "https://www.gzqz.gov.cn/zwgk/zdlygk/fzzfjs/202402/t20240201_41732125.html",
        "https://www.gzqz.gov.cn/zwgk/zdlygk/fzzfjs/202303/t20230324_79983861.html"]
    assert reports[0].date == "2024-02-01"
    (following,) = reading.next_pages
    assert following.method == "POST" and json.loads(following.body)["pageNo"] == 2


def test_an_igs_answer_names_its_records_in_capitals():
    reading = read_answer("8_guanyang_sjwj_igs.json",
                          "http://www.guanyang.gov.cn/igs/front/search/list.html?pageNumber=1&pageSize=10")
    assert len(reading.links) == 10
    assert reading.links[0].text == "广西壮族自治区人民政府关于2023年法治政府建设情况的报告"


def test_a_jpaas_tag_with_single_quoted_attributes():
    from parsel import Selector

    from crawler.discovery.families import Page, ScriptApiFamily
    from crawler.discovery.reading import html_root

    text = ("<html><body><script src='/module/AuthorizedRead/unitbuild.js' "
            "url='/api-gateway/jpaas-publish-server/front/page/build/unit' "
            """queryData='{"webId":"330523","pageId":"1229","tplSetId":"x"}' """
            """paramJson='{"pageNo":1,"pageSize":20}'></script></body></html>""")
    url = "https://www.a.gov.cn/col/col1229/index.html"
    page = Page(url, text, Selector(root=html_root(text, url), type="html"))
    (request,) = ScriptApiFamily().next_pages(page)
    query = parse_qs(urlsplit(request.url).query)
    assert query["webId"] == ["330523"] and json.loads(query["paramJson"][0]) == {"pageNo": 1, "pageSize": 20}


def test_a_load_more_list_is_asked_by_offset_and_its_answers_page_on():
    from crawler.discovery.answers import bump_offset

    page = """<table id="infoList"></table><a href="javascript:;" onclick="loadMore()">more</a><script>
    var offset = 8;
    function loadMore() {
        $.get('/zwgk/moreInfo.jsp', {catId: '1021', offset: offset, limit: 8}, function (html) {
            $('#infoList').append(html); offset += 8; });
    }</script>"""
    (call,) = find_api_calls(page, "http://www.chaling.gov.cn/zwgk/infoList.jsp?catId=1021")
    # The page shows the first 8 (`var offset = 8`): the first call asks for the next 8.
    assert call.request(1)[0] == "http://www.chaling.gov.cn/zwgk/moreInfo.jsp?catId=1021&offset=8&limit=8"
    assert call.request(3)[0] == "http://www.chaling.gov.cn/zwgk/moreInfo.jsp?catId=1021&offset=24&limit=8"
    assert bump_offset([("catId", "1021"), ("offset", "16"), ("limit", "8")]) == (
        [("catId", "1021"), ("offset", "24"), ("limit", "8")], 4)
    assert bump_offset([("offset", "16")]) is None


def test_a_url_built_by_concatenation_with_only_a_callback_after_it():
    page = """<ul id="list"></ul><script>var catId='1042';
    function load(n){$.getJSON('/api/content/list.do?catId='+catId+'&pageNo='+n+'&pageSize=15',
      function(d){var h='';$.each(d.data.list,function(i,o){h+='<li>'+o.title+'</li>'});});}
    load(1);</script>"""
    (call,) = find_api_calls(page, "http://www.a.gov.cn/xxgk/c1042/index.html")
    assert call.request(2)[:2] == ("http://www.a.gov.cn/api/content/list.do?catId=1042&pageNo=2&pageSize=15",
                                   "GET")


def test_a_url_written_as_a_template_literal():
    page = """<div id="list"></div><script>const channelId = "3317";
    async function loadPage(page) {
      const res = await fetch(`/api/article/list?channelId=${channelId}&page=${page}&size=20`);
      render((await res.json()).data.records);
    }
    loadPage(1);</script>"""
    (call,) = find_api_calls(page, "https://www.a.gov.cn/fzzf/index.html")
    assert call.request(3)[0] == "https://www.a.gov.cn/api/article/list?channelId=3317&page=3&size=20"


def test_a_list_asked_by_xmlhttprequest():
    page = """<ul id="list"></ul><script>var columnId = '88';
    function getPage(pageIndex) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', '/common/list.ashx?columnId=' + columnId + '&pageIndex=' + pageIndex, true);
      xhr.onload = function () { document.getElementById('list').innerHTML = xhr.responseText; };
      xhr.send();
      window.open('/print.html', '_blank');
    }
    getPage(1);</script>"""
    (call,) = find_api_calls(page, "http://www.a.gov.cn/xxgk/fzzf/")
    assert call.request(2)[0] == "http://www.a.gov.cn/common/list.ashx?columnId=88&pageIndex=2"


KINDS6 = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds6"


def test_a_cache_buster_is_sent_as_one_fixed_value():
    from crawler.discovery.apis import CACHE_BUSTER_VALUE

    column = (KINDS6 / "1_qimen_column.html").read_text(encoding="utf-8")
    (call,) = find_api_calls(column, "https://www.ahqimen.gov.cn/public/column/6615904?type=4&catId=6718734")
    query = parse_qs(urlsplit(call.request(2)[0]).query)
    assert query["_"] == [str(CACHE_BUSTER_VALUE)] and query["pageIndex"] == ["2"]
    assert query["catId"] == ["6718734"] and query["siteId"] == ["6793339"]
    later = "<script>$.get('/list.do', {catId: '5', page: p, t: +new Date()}, function () {});</script>"
    (call,) = find_api_calls(later, "http://a.gov.cn/")
    assert call.request(3)[0] == f"http://a.gov.cn/list.do?catId=5&page=3&t={CACHE_BUSTER_VALUE}"


def test_an_html_answer_to_a_posted_list_call_pages_on_in_its_form():
    form = (("labelName", "publicInfoList"), ("siteId", "6795111"), ("pageSize", "15"),
            ("pageIndex", "2"), ("organId", "6616131"), ("type", "4"), ("catId", "6719034"))
    reading = read_page(PageToRead(url="https://www.xiuning.gov.cn/site/label/8888",
                                   body=(KINDS6 / "1_xiuning_label_post.html").read_bytes(),
                                   encoding="utf-8", form=form, score=80, kind=LinkKind.PAGE))
    assert "https://www.xiuning.gov.cn/public/6616131/389290829.html" in {link.url for link in reading.links}
    (following,) = reading.next_pages
    assert following.method == "POST" and following.page_number == 3
    assert dict(following.formdata)["pageIndex"] == "3"


def test_a_catalogue_whose_entries_call_a_list_helper_links_each_entry_s_list():
    from parsel import Selector

    from crawler.discovery.links import links_from_anchors, score_link

    page = """<ul><li><a href="javascript:void(0)" onclick="getList('A0105')">法治政府建设</a></li>
    <li><a href="javascript:void(0)" onclick="getList('A0101')">综合政务</a></li></ul>
    <div id="div1229001"></div><script>var webid='3199',divid='div1229001';
    function getList(id,p){$.ajax({url:'/module/xxgk/search.jsp',type:'GET',data:{divid:divid,
    infotypeId:id,vc_title:'',currpage:p||1,webid:webid,_:Math.random()},
    success:function(h){$('#'+divid).html(h);}});}</script>"""
    rule_of_law, _ = links_from_anchors(Selector(text=page), "http://www.zjtt.gov.cn/col/col1229001/index.html")
    assert rule_of_law.url == ("http://www.zjtt.gov.cn/module/xxgk/search.jsp?divid=div1229001"
                               "&infotypeId=A0105&vc_title=&currpage=1&webid=3199&_=1700000000000")
    scored = score_link(rule_of_law)  # a list, though its path says search
    assert rule_of_law.listing and scored.kind == LinkKind.COLUMN and scored.score >= 75


def test_a_first_page_written_into_the_url_and_values_read_from_the_page_s_elements():
    from parsel import Selector

    from crawler.discovery.apis import element_values

    page = """<div id="xxgk-list" data-colid="4402" data-channel-id="77"><ul></ul></div><script>
    fetch('/api/cms/article/page?channelId=140&pageNum=1&pageSize=10'.replace('pageNum=1', 'pageNum=' + n));
    function loadList(n) { var colId = $('#xxgk-list').data('colid');
      var channel = document.getElementById('xxgk-list').dataset.channelId;
      $.ajax({url: '/module/api/articleList', type: 'POST', data: {colId: colId, chan: channel,
              pageNo: n, pageSize: 15}}); }</script>"""
    url = "http://www.a.gov.cn/col/col4402/index.html"
    values = element_values(page, Selector(text=page).root)
    assert values == {"colId": "4402", "channel": "77"}
    fetched, posted = find_api_calls(page, url, page_values=values)
    assert fetched.request(2)[0] == "http://www.a.gov.cn/api/cms/article/page?channelId=140&pageNum=2&pageSize=10"
    assert posted.request(3)[1:3] == ("POST", (("colId", "4402"), ("chan", "77"), ("pageNo", "3"),
                                               ("pageSize", "15")))


def test_an_endpoint_and_values_read_from_an_element_held_in_a_variable():
    from parsel import Selector

    from crawler.discovery.apis import element_values

    page = """<ul id="list" data-api="/site/api/list" data-column="3011" data-size="15"></ul><script>
    $(function(){var box=$('#list');var api=box.data('api'),col=box.data('column'),size=box.data('size');
    function load(n){$.get(api,{columnId:col,pageIndex:n,pageSize:size},function(r){});}
    load(1);});</script>"""
    values = element_values(page, Selector(text=page).root)
    assert values == {"api": "/site/api/list", "col": "3011", "size": "15"}
    (call,) = find_api_calls(page, "http://www.dlt.gov.cn/zwgk/fzzfjs/index.html", page_values=values)
    assert call.request(2)[0] == "http://www.dlt.gov.cn/site/api/list?columnId=3011&pageIndex=2&pageSize=15"


def test_a_list_read_from_numbered_files_by_a_function_the_page_calls():
    """`loadList(folder, pages)` fetches `folder + 'page_' + n + '.json'` with a counter it
    starts at 1: the folder is the call's argument, the page the counter; the files page on by
    their names, and a `total` smaller than the items shown counts pages."""
    page = """<ul id="list"></ul><script>function loadList(p,total){var n=1;function go(){
      fetch(p+'page_'+n+'.json').then(function(r){return r.json();}).then(function(j){
      document.getElementById('list').innerHTML=j.list.map(function(o){return '<li>'+o.title+'</li>';})
      .join('');});}window.turn=function(k){n=Math.min(Math.max(k,1),total);go();};go();}</script>
      <script>loadList('/gk/fzzfjs/data/', 3);</script>"""
    (call,) = find_api_calls(page, "http://www.a.gov.cn/gk/fzzfjs/index.html")
    assert call.request(1)[0] == "http://www.a.gov.cn/gk/fzzfjs/data/page_1.json"
    answer = {"page": 1, "total": 3, "list": [{"title": f"t{n}", "link": f"/a/{n}.shtml"} for n in range(12)]}
    (url, *_), number, bounded = next_api_page(call.request(1)[0], "GET", (), "", answer, shown=12)
    assert (url, number, bounded) == ("http://www.a.gov.cn/gk/fzzfjs/data/page_2.json", 2, True)
    assert next_api_page(url.replace("_2", "_3"), "GET", (), "", {**answer, "page": 3}, shown=12) is None


def test_a_path_page_needs_a_counter_and_a_bound_folder():
    """A path built from a value the page never gives, or with two counters, is left alone; a
    file named by an id is not paged on."""
    unbound = """<script>function show(p){var n=1;$.getJSON(base+'list_'+n+'.json', function(d){});}
      show('x');</script>"""
    assert find_api_calls(unbound, "http://www.a.gov.cn/") == []
    by_id = "http://www.a.gov.cn/api/col/1042.json"
    assert next_api_page(by_id, "GET", (), "", {"list": [1]}, shown=1) is None


def test_a_posted_form_field_of_json_with_a_capitalised_page_number_pages_on():
    """ASP.NET handlers: `$.post(url, {args: JSON.stringify({PageNo: String(n), …})})` inside a
    function the page calls with the first page; `PageNo` is a page number whatever its case."""
    page = """<ul id="newslist"></ul><script>var classifyId='7c1e';function loadList(n){
      $.post('/Ashx/PostHandler.ashx?action=News-GetPublishNewsList',
      {args:JSON.stringify({PageNo:String(n),PageSize:'15',ClassifyID:classifyId})},function(r){});}
      loadList(1);</script>"""
    (call,) = find_api_calls(page, "http://www.a.gov.cn/Default.aspx?key=list")
    url, method, form, _ = call.request(1)
    assert method == "POST"
    assert url == "http://www.a.gov.cn/Ashx/PostHandler.ashx?action=News-GetPublishNewsList"
    assert form == (("args", '{"PageNo":1,"PageSize":"15","ClassifyID":"7c1e"}'),)
    answer = {"result": True, "total": 40, "data": [{"NewsID": str(n)} for n in range(15)]}
    (_, _, following, _), number, _ = next_api_page(url, "POST", form, "", answer, shown=15)
    assert number == 2 and following == (("args", '{"PageNo":2,"PageSize":"15","ClassifyID":"7c1e"}'),)


def test_an_article_shell_posts_for_its_article_with_a_value_its_script_declares():
    shell = """<div id="content"></div><script>var newsId='5b2f-91';
      $.post('/Ashx/PostHandler.ashx?action=News-GetById&NewsID='+newsId,{args:JSON.stringify({NewsID:newsId})},
      function(r){$('#content').html(JSON.parse(r).data.NewsContent);});
      $.post('/Ashx/Count.ashx', {site: siteId});</script>"""
    (call,) = article_calls(shell, "http://www.a.gov.cn/Info.aspx?Id=5b2f-91&c=7c1e")
    url, method, form, _ = call
    assert (url, method) == ("http://www.a.gov.cn/Ashx/PostHandler.ashx", "POST")
    assert dict(form) == {"action": "News-GetById", "NewsID": "5b2f-91", "args": '{"NewsID":"5b2f-91"}'}
    detail = """<script>$.getJSON('/api/content/detail', {id: id}, function(d){});</script>"""
    assert article_calls(detail, "http://www.a.gov.cn/detail.html?id=7") == [
        ("http://www.a.gov.cn/api/content/detail?id=7", "GET", (), "")]


def test_a_list_loaded_into_a_box_from_a_path_built_with_the_channel():
    """`$('#listBox').load('/common/search/' + channelId + '?…&page=' + p)`: a GET list call
    whose path holds a declared value and whose query holds the page."""
    page = """<div id="listBox"></div><script>var channelId = '293e72f9';function go(p){
      $('#listBox').load('/common/search/'+channelId+'?_isJson=false&_pageSize=20&page='+p);}go(1);
      $(window).load(function(){});$('#zoom').load('/content/49907860.html');</script>"""
    (call,) = find_api_calls(page, "http://www.a.gov.cn/c110231/xxgk_list.shtml")
    assert call.request(2)[:2] == (
        "http://www.a.gov.cn/common/search/293e72f9?_isJson=false&_pageSize=20&page=2", "GET")


def test_values_from_a_declared_object_and_a_named_jsonp_callback():
    """`var cfg = {"catId": "1203"}` gives `cfg.catId`; `encodeURIComponent(x)` is `x` in a
    URL built by concatenation; jQuery sends the callback the script names."""
    page = """<ul id="infoList"></ul><script>var cfg = {"catId":"1203","pageSize":15};
      var igs = {"index": "nh-alias", "chnl": "其他法定公开信息"};
      function loadPage(n){$.ajax({url:"/interface/cms/infoList.jsonp",dataType:"jsonp",jsonp:"callback",
        jsonpCallback:"infoListCallback",data:{catId:cfg.catId,pageNo:n,pageSize:cfg.pageSize},success:function(d){}});}
      function loadList(p){$.getJSON("/igs/front/search/list.html?index="+igs.index+"&pageNumber="+p
        +"&filter[CHNLDESC]="+encodeURIComponent(igs.chnl),function(d){});}
      loadPage(1);loadList(1);</script>"""
    first, second = find_api_calls(page, "http://www.a.gov.cn/xxgk/1203/list.html")
    assert first.request(2)[0] == ("http://www.a.gov.cn/interface/cms/infoList.jsonp?catId=1203&pageNo=2"
                                   "&pageSize=15&callback=infoListCallback")
    query = parse_qs(urlsplit(second.request(1)[0]).query)
    assert query == {"index": ["nh-alias"], "pageNumber": ["1"], "filter[CHNLDESC]": ["其他法定公开信息"]}


def test_a_load_more_list_starts_after_the_items_the_page_shows():
    """`var start = $("#newsList li").length` counts the page's items: the first call asks for
    the ones after them, `num` being the page size."""
    from lxml import html

    rows = "".join(f"<li><a href='/a/{n}.html'>第{n}条</a></li>" for n in range(12))
    page = (f"<ul id='newsList'>{rows}</ul><a id='getMore'>点击加载更多</a><script>"
            "$('#getMore').click(function(){var start=$('#newsList li').length;"
            "$.get('/e/extend/getmore.php',{classid:2,start:start,num:10},function(h){});});</script>")
    values = element_values(page, html.fromstring(page))
    (call,) = find_api_calls(page, "http://www.a.gov.cn/xwzx/", None, values)
    assert [call.request(n)[0].rsplit("?", 1)[1] for n in (1, 2)] == [
        "classid=2&start=12&num=10", "classid=2&start=22&num=10"]


SPA_SHELL = (
    '<div id="app"></div><script>var API={list:"/publicResourceAction!eachJsonQueryAllNewManageList.action",'
    'one:"/publicResourceAction!eachJsonQueryNewManageById.action"};var ROWS=15;'
    "function q(n){var m=new RegExp('[?&]'+n+'=([^&]*)').exec(location.search);"
    "return m?decodeURIComponent(m[1]):'';}"
    "function loadList(t,p){$.getJSON(API.list,{'newManage.newType':t,page:p,rows:ROWS},function(d){var s='';"
    "$.each(d.rows,function(i,o){s+='<li><a href=\"/content?id='+o.newManageId+'&newType='+t+'\">'"
    "+o.title+'</a></li>';});$('#app').html(s);});}"
    "function loadOne(id){$.getJSON(API.one,{'newManage.newManageId':id},function(d){"
    "$('#app').html(d.newManage.content);});}"
    "$(function(){if(location.pathname=='/list'){loadList(q('newType'),1);}else{loadOne(q('id'));}});</script>")


def test_a_single_page_site_lists_by_the_query_its_router_reads():
    """A shell answering every route: `/list?newType=5` calls `loadList(q('newType'), 1)`, where
    `q` reads the page's query; the items its template writes use the function's argument;
    `/content?id=7` asks the by-id action named in a declared object."""
    from crawler.discovery.reading import PageToRead, read_page
    from crawler.discovery.templates import render_records

    url = "http://www.a.gov.cn/list?newType=5&nav=3"
    (call,) = find_api_calls(SPA_SHELL, url)
    assert call.request(2)[0] == ("http://www.a.gov.cn/publicResourceAction!eachJsonQueryAllNewManageList"
                                  ".action?newManage.newType=5&page=2&rows=15")
    page = read_page(PageToRead(url=url, body=SPA_SHELL.encode(), encoding="utf-8", score=60,
                                kind=LinkKind.COLUMN))
    (request,) = [r for r in page.next_pages if r.kind == "api"]
    answer = {"total": 1, "rows": [{"newManageId": "304", "title": "康乐县2023年法治政府建设工作报告"}]}
    assert render_records(answer, request.item_templates) == [
        '<li><a href="/content?id=304&newType=5">康乐县2023年法治政府建设工作报告</a></li>']
    by_id = "http://www.a.gov.cn/publicResourceAction!eachJsonQueryNewManageById.action"
    assert article_calls(SPA_SHELL, "http://www.a.gov.cn/content?id=7&newType=5") == [
        (by_id + "?newManage.newManageId=7", "GET", (), "")]


def test_a_thinkphp_list_posts_its_page_as_p():
    page = """<table id="newsTable"></table><script>var type = 25;function getList(p){
      $.post("/index.php/home/Index/getnewslist/",{type:type,p:p},function(d){},"json");}
      $(function(){getList(1);});</script>"""
    (call,) = find_api_calls(page, "http://www.a.gov.cn/index.php/home/Index/newslist/type/25.html")
    assert call.request(2)[1:3] == ("POST", (("type", "25"), ("p", "2")))


def test_a_datatables_table_in_server_side_mode_posts_its_offset():
    """`$('#t').DataTable({serverSide: true, ajax: {url, type: 'POST', data: function (d)
    {d.columnId = '1041';}}, pageLength: 15, columns: [{data: 'title', render: …}]})`: draw,
    start and length with the column, paged by offset; the render function writes the items."""
    from crawler.discovery.reading import PageToRead, read_page
    from crawler.discovery.templates import render_records

    page = ("<table id='dataList'><thead><tr><th>标题</th></tr></thead><tbody></tbody></table><script>"
            "$(function(){$('#dataList').DataTable({serverSide:true,pageLength:15,"
            "ajax:{url:'/xxgk/article/pageList.do',type:'POST',data:function(d){d.columnId=\"1041\";}},"
            "columns:[{data:'title',render:function(data,type,row)"
            "{return '<a href=\"/xxgk/article/detail.do?id='+row.id+'\">'+data+'</a>';}},"
            "{data:'publishDate'}]});});</script>")
    url = "http://www.a.gov.cn/xxgk/list.html?columnId=1041"
    (request,) = [r for r in read_page(PageToRead(url=url, body=page.encode(), encoding="utf-8", score=60,
                                                  kind=LinkKind.COLUMN)).next_pages if r.kind == "api"]
    assert (request.url, request.method) == ("http://www.a.gov.cn/xxgk/article/pageList.do", "POST")
    assert request.formdata == (("draw", "1"), ("start", "0"), ("length", "15"), ("columnId", "1041"))
    answer = {"draw": 1, "recordsTotal": 40, "data": [{"id": 7, "title": "2023年法治政府建设情况报告"}]}
    assert render_records(answer, request.item_templates) == [
        '<a href="/xxgk/article/detail.do?id=7">2023年法治政府建设情况报告</a>']
    following_request = next_api_page(request.url, "POST", request.formdata, "", answer, shown=15)
    (_, _, following, _), number, _ = following_request
    assert number == 2 and dict(following)["start"] == "15"


BLIND13 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind13"


def test_a_list_filled_from_xml_files_asks_for_its_first_file():
    # `var listXml = "/xxgk/xml/col_" + colId + "_";` then `$.ajax({url: listXml + page + ".xml",
    # dataType: "xml"})` in `loadPage(page)`, called as `loadPage(1)`.
    url = "http://www.taibai.gov.cn/xxgk/list.html?colId=1203"
    body = (BLIND13 / "taibai_list.html").read_bytes()
    reading = read_page(PageToRead(url=url, body=body, encoding="utf-8"))
    assert [request.url for request in reading.next_pages] == ["http://www.taibai.gov.cn/xxgk/xml/col_1203_1.xml"]


def test_an_xml_list_file_is_read_as_records_and_pages_on_by_its_name():
    url = "http://www.taibai.gov.cn/xxgk/xml/col_1203_3.xml"
    reading = read_page(PageToRead(url=url, body=(BLIND13 / "taibai_col_1203_3.xml").read_bytes(),
                                   encoding="utf-8", markup="xml"))
    reports = {link.url: (link.text, link.date) for link in reading.links if link.kind == LinkKind.REPORT}
    assert reports == {"http://www.taibai.gov.cn/xxgk/content/39834651.html":
                       ("太白县人民政府关于2023年度法治政府建设工作情况的报告", "2024-03-28")}
    # `<page>3</page>` of `<totalpage>4</totalpage>`: the file of page 4 is the last.
    assert [request.url for request in reading.next_pages] == ["http://www.taibai.gov.cn/xxgk/xml/col_1203_4.xml"]
    third = (BLIND13 / "taibai_col_1203_3.xml").read_text(encoding="utf-8")
    assert "<page>3</page>" in third
    last = third.replace("<page>3</page>", "<page>4</page>")
    reading = read_page(PageToRead(url=url.replace("_3.xml", "_4.xml"), body=last.encode("utf-8"),
                                   encoding="utf-8", markup="xml"))
    assert reading.next_pages == []


def test_xml_data_reads_records_in_any_declared_encoding_and_leaves_pages_and_feeds_alone():
    gbk = ('<?xml version="1.0" encoding="GBK"?><list><total>2</total>'
           '<item><title>某县2023年法治政府建设年度报告</title><link>/a/1.html</link></item>'
           '<item><title>某县召开常务会议</title><link>/a/2.html</link></item></list>')
    data = xml_data(gbk)  # decoded already: the declaration no longer applies
    assert data == {"list": {"total": "2", "item": [
        {"title": "某县2023年法治政府建设年度报告", "link": "/a/1.html"},
        {"title": "某县召开常务会议", "link": "/a/2.html"}]}}
    assert xml_data('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>') is None
    assert xml_data('<?xml version="1.0"?><rss version="2.0"><channel/></rss>') is None
    assert xml_data("not xml at all") is None


BLIND14 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind14"


def test_a_call_whose_data_is_a_declared_object_and_its_art_template_items():
    # `var q = {channelId: channelId, pageNum: 1, pageSize: 15}; $.ajax({url: "/api/content/list",
    # data: q, …})`; the answer's records carry no URL, the `tpl-list` art-template builds it.
    url = "http://www.yilong.gov.cn/xxgk/list.html?channelId=1501"
    body = (BLIND14 / "yilong_list.html").read_bytes()
    column = read_page(PageToRead(url=url, body=body, encoding="utf-8"))
    (first,) = column.next_pages
    assert first.url == "http://www.yilong.gov.cn/api/content/list?channelId=1501&pageNum=1&pageSize=15"
    third = first.url.replace("pageNum=1", "pageNum=3")
    answer = read_page(PageToRead(url=third, body=(BLIND14 / "yilong_api_1501_3.json").read_bytes(),
                                  encoding="utf-8", item_templates=first.item_templates))
    reports = {link.url for link in answer.links if link.kind == LinkKind.REPORT}
    assert reports == {"http://www.yilong.gov.cn/xxgk/1501/202403/t25422071.html"}
    assert [request.url for request in answer.next_pages] == [third.replace("pageNum=3", "pageNum=4")]


BLIND15 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind15"


def test_an_aspnet_page_method_answer_encoded_twice_and_items_relative_to_the_page():
    # `$.ajax({type: "POST", url: "NewsList.aspx/GetNewsList", data: JSON.stringify({classId,
    # pageIndex, pageSize: 15})})`; the answer is `{"d": "{\"total\": 61, \"rows\": […]}"}` and the
    # script writes `'<a href="NewsShow.aspx?Id=' + item.NewsId`, relative to the page, not the API.
    url = "https://www.longyao.gov.cn/xxgk/NewsList.aspx?ClassId=11"
    body = (BLIND15 / "longyao_newslist_11.html").read_bytes()
    (first,) = read_page(PageToRead(url=url, body=body, encoding="utf-8")).next_pages
    assert (first.url, first.method) == ("https://www.longyao.gov.cn/xxgk/NewsList.aspx/GetNewsList", "POST")
    assert json.loads(first.body) == {"classId": "11", "pageIndex": 1, "pageSize": 15}
    third = json.dumps({"classId": "11", "pageIndex": 3, "pageSize": 15}, separators=(",", ":"))
    page_3 = (BLIND15 / "longyao_getnewslist_11_3.json").read_bytes()
    answer = read_page(PageToRead(url=first.url, body=page_3, encoding="utf-8", json_body=third,
                                  item_templates=first.item_templates))
    reports = {link.url for link in answer.links if link.kind == LinkKind.REPORT}
    assert reports == {"https://www.longyao.gov.cn/xxgk/NewsShow.aspx?Id=22697935"}
    (following,) = answer.next_pages
    assert json.loads(following.body)["pageIndex"] == 4  # of 61 records, 15 a page: 5 pages


def test_json_encoded_again_inside_a_string_is_read_as_what_it_encodes():
    assert parse_json('{"d": "{\\"rows\\": [{\\"id\\": 1}]}", "note": "{not json}"}') == {
        "d": {"rows": [{"id": 1}]}, "note": "{not json}"}


BLIND17 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind17"


def test_a_list_api_guarded_by_a_csrf_token_is_asked_with_the_page_token():
    # `<meta name="_csrf" content="…"/><meta name="_csrf_header" content="X-CSRF-TOKEN"/>` and
    # `$.ajaxSetup({beforeSend: xhr.setRequestHeader(header, token)})` (Spring Security).
    url = "https://www.keshan.gov.cn/news/list/7"
    body = (BLIND17 / "keshan_list_7.html").read_bytes()
    (first,) = read_page(PageToRead(url=url, body=body, encoding="utf-8")).next_pages
    assert first.headers == (("X-CSRF-TOKEN", "48b41caf-9be1-4376-0081-b7dcf8faf27c"),)
    assert dict(first.formdata) == {"columnId": "7", "pageNum": "1", "pageSize": "15"}
    laravel = Selector(text='<meta name="csrf-token" content="t0k">').root
    assert csrf_headers(laravel) == (("X-CSRF-TOKEN", "t0k"),)
    assert csrf_headers(Selector(text="<p>no token</p>").root) == ()


def test_a_load_more_list_paged_by_a_cursor_the_answers_move_on():
    # `<a id="loadMore" data-catid="34" data-last="34196323">`, clicked: `var btn = $(this);
    # $.get("/api/article/more", {catId: btn.data("catid"), lastId: btn.data("last"), size: 10})`;
    # each answer names the next `lastId`, the last says `"hasMore": false`.
    url = "http://www.sinan.gov.cn/fzzfjs/index.html"
    body = (BLIND17 / "sinan_fzzfjs.html").read_bytes()
    (first,) = read_page(PageToRead(url=url, body=body, encoding="utf-8")).next_pages
    assert first.url == "http://www.sinan.gov.cn/api/article/more?catId=34&lastId=34196323&size=10"
    more = (BLIND17 / "sinan_more_after_34196323.json").read_bytes()
    answer = read_page(PageToRead(url=first.url, body=more, encoding="utf-8",
                                  item_templates=first.item_templates))
    assert len({link.url for link in answer.links}) == 10
    assert [request.url for request in answer.next_pages] == [first.url.replace("34196323", "34354703")]
    last = first.url.replace("34196323", "34354703")
    ending = read_page(PageToRead(url=last, body=(BLIND17 / "sinan_more_last.json").read_bytes(),
                                  encoding="utf-8"))
    assert ending.links and ending.next_pages == []


BLIND18 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind18"


def test_a_form_data_body_a_script_builds_is_posted_as_a_form():
    # `var fd = new FormData(); fd.append("columnCode", columnCode); fd.append("current", current);
    # fd.append("size", 12); fetch("/lh/cms/article/pageList", {method: "POST", body: fd})`.
    url = "http://www.lnlh.gov.cn/lh/column/TZGG.html"
    (first,) = read_page(PageToRead(url=url, body=(BLIND18 / "linghai_tzgg.html").read_bytes(),
                                    encoding="utf-8")).next_pages
    assert (first.url, first.method) == ("http://www.lnlh.gov.cn/lh/cms/article/pageList", "POST")
    assert first.formdata == (("columnCode", "TZGG"), ("current", "1"), ("size", "12"))


def test_a_next_js_list_pages_on_through_its_data_route():
    # `__NEXT_DATA__` holds page 1's props (`total: 45`, `page: 1`, `pageSize: 10`) and the
    # build id; later pages come from `/_next/data/<buildId>/xxgk/tzgg.json?page=N`.
    url = "http://www.lnyx.gov.cn/xxgk/tzgg"
    page = read_page(PageToRead(url=url, body=(BLIND18 / "yixian_tzgg.html").read_bytes(), encoding="utf-8"))
    data_url = "http://www.lnyx.gov.cn/_next/data/1tLcHHkq-kOR8w9F6Qo_/xxgk/tzgg.json?col=tzgg&page=2"
    assert [request.url for request in page.next_pages] == [data_url]
    second = read_page(PageToRead(url=data_url, body=(BLIND18 / "yixian_next_tzgg_2.json").read_bytes(),
                                  encoding="utf-8"))
    assert "http://www.lnyx.gov.cn/xxgk/detail/27678986" in {link.url for link in second.links}
    assert [request.url for request in second.next_pages] == [data_url.replace("page=2", "page=3")]


def test_answers_the_page_decrypts_with_its_script_key_and_a_list_asked_from_page_0():
    # `var key = CryptoJS.enc.Utf8.parse("…"); var iv = …; CryptoJS.AES.decrypt(data, key, {iv: iv,
    # mode: CryptoJS.mode.CBC, padding: CryptoJS.pad.Pkcs7})` over `$.get(…, {catId, pg: pg,
    # pgsz: 15})` with `getList(0)`.
    url = "http://www.pingshun.gov.cn/tzgg/index.html"
    (first,) = read_page(PageToRead(url=url, body=(BLIND18 / "pingshun_tzgg.html").read_bytes(),
                                    encoding="utf-8")).next_pages
    assert first.url == "http://www.pingshun.gov.cn/ps/api/info/list?catId=tzgg&pg=0&pgsz=15"
    assert first.cipher == ("CBC", "2457acf452040972", "4ccb6c4bfc80650c")
    encrypted = (BLIND18 / "pingshun_list_tzgg_0.txt").read_bytes()
    assert read_page(PageToRead(url=first.url, body=encrypted, encoding="utf-8")).links == []
    answer = read_page(PageToRead(url=first.url, body=encrypted, encoding="utf-8",
                                  item_templates=first.item_templates, cipher=first.cipher))
    assert len({link.url for link in answer.links}) == 15
    assert [request.url for request in answer.next_pages] == [first.url.replace("pg=0", "pg=1")]
    assert decrypt_answer("bm90IGNpcGhlcnRleHQ=", first.cipher) is None


BLIND19 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind19"


def test_an_answer_whose_data_field_the_page_decrypts():
    # `{"code": 200, "data": "<base64>"}`, decrypted by `CryptoJS.AES.decrypt(res.data, key, {iv…})`.
    url = "http://www.yandu.gov.cn/col/col24017/index.html"
    (first,) = read_page(PageToRead(url=url, body=(BLIND19 / "yandu_col24017.html").read_bytes(),
                                    encoding="utf-8")).next_pages
    assert first.cipher and first.cipher[0] == "CBC"
    body = (BLIND19 / "yandu_articlelist_24017_1.json").read_bytes()
    assert not [link for link in read_page(PageToRead(url=first.url, body=body, encoding="utf-8")).links
                if "/art/" in link.url]
    answer = read_page(PageToRead(url=first.url, body=body, encoding="utf-8", cipher=first.cipher,
                                  item_templates=first.item_templates))
    articles = {link.url for link in answer.links if "/art/" in link.url}
    assert len(articles) == 15 and all(url.startswith("http://www.yandu.gov.cn/art/") for url in articles)
    assert [request.url for request in answer.next_pages] == [first.url.replace("pageNo=1", "pageNo=2")]


BLIND20 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind20"


def test_an_answer_the_page_inflates_from_base64():
    # `JSON.parse(pako.inflate(atob(res.data), {to: "string"}))` over `{"code": 200, "data": "<base64>"}`.
    url = "http://www.dingcheng.gov.cn/col/col24017/index.html"
    (first,) = read_page(PageToRead(url=url, body=(BLIND20 / "dingcheng_col.html").read_bytes(),
                                    encoding="utf-8")).next_pages
    assert first.cipher == ("INFLATE", "", "")
    answer = read_page(PageToRead(url=first.url, body=(BLIND20 / "dingcheng_articlelist_1.json").read_bytes(),
                                  encoding="utf-8", cipher=first.cipher, item_templates=first.item_templates))
    articles = {link.url for link in answer.links if "/art/" in link.url}
    assert len(articles) == 15
    assert [request.url for request in answer.next_pages] == [first.url.replace("pageNo=1", "pageNo=2")]


BLIND16 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind16"


def test_a_call_whose_url_ends_in_a_cache_buster_call_is_read():
    # `url: "/site/label/8888?IsAjax=1&dataType=html&_=" + Math.random()`, POSTed with the page.
    url = "https://www.yingshang.gov.cn/public/column/11681?type=4&catId=6821131&action=list&nav=3"
    (first,) = read_page(PageToRead(url=url, body=(BLIND16 / "yingshang_column_6821131.html").read_bytes(),
                                    encoding="utf-8")).next_pages
    form = dict(first.formdata)
    assert first.url == "https://www.yingshang.gov.cn/site/label/8888" and first.method == "POST"
    assert form["pageIndex"] == "1" and form["catId"] == "6821131" and form["labelName"] == "publicInfoList"
    assert form["_"].isdigit()


def test_a_tree_its_script_loads_node_by_node_is_asked_level_by_level():
    # `function loadTree(pid, ul) { $.getJSON("/site/label/8888", {labelName: "columnTree", …, id: pid},
    # … loadTree(node.id, sub) …) }` called as `loadTree("6822001", $("#columnTree"))`; the nodes
    # open `/public/column/<organId>?type=4&catId=<id>&action=list&nav=3`.
    url = "https://www.funan.gov.cn/public/column/11691?type=4&action=list&nav=3"
    (first,) = read_page(PageToRead(url=url, body=(BLIND16 / "funan_public_column_11691.html").read_bytes(),
                                    encoding="utf-8")).next_pages
    assert first.url == ("https://www.funan.gov.cn/site/label/8888?labelName=columnTree&isJson=true"
                         "&isChild=true&id=6822001")
    nodes = (BLIND16 / "funan_column_tree_6822001.json").read_bytes()
    answer = read_page(PageToRead(url=first.url, body=nodes, encoding="utf-8",
                                  item_templates=first.item_templates))
    assert {link.url for link in answer.links} >= {
        "https://www.funan.gov.cn/public/column/11691?type=4&catId=6822051&action=list&nav=3"}
    assert [request.url for request in answer.next_pages] == [first.url.replace("6822001", "6822011")]


def test_a_function_that_calls_itself_only_with_run_time_values_asks_nothing():
    script = ("<script>function loadTree(pid, ul) { $.getJSON('/tree', {id: pid}, function (nodes) {"
              " loadTree(nodes[0].id, ul); }); } loadTree(window.rootId, $('#t'));</script>")
    assert find_api_calls(script, "http://www.a.gov.cn/") == []


def test_a_concatenated_value_ending_in_a_call_is_read_whole():
    value, _ = parse_js('{url: "/a?x=1&t=" + new Date().getTime(), size: 15}')
    assert value == {"url": ScriptQuery("/a", {"x": "1", "t": Variable("new")}), "size": 15}
    assert parse_js('"/a?t=" + Date.now() + "&b=2"')[0] == ScriptQuery(
        "/a", {"t": Variable("Date.now"), "b": "2"})


def test_a_hanweb_jpage_that_names_its_proxy_is_asked_by_record_range():
    # `$('#40211').jpage({dataStore: dataStore, perPage: 15, proxyUrl: '/module/web/jpage/dataproxy.jsp',
    # totalRecord: 59, ajaxParam: {col: 1, …, columnid: 8130, …}})` beside a `<nextgroup>` link.
    url = "http://www.zichuan.gov.cn/col/col8130/index.html"
    body = (Path(__file__).resolve().parent / "fixtures" / "pages" / "blind25" / "zichuan_col8130.html"
            ).read_bytes()
    (proxy,) = read_page(PageToRead(url=url, body=body, encoding="utf-8")).next_pages
    assert proxy.method == "POST" and "startrecord=1&endrecord=59" in proxy.url
    assert dict(proxy.formdata)["columnid"] == "8130"


def test_an_xml_list_s_pager_attributes_name_its_next_page_file():
    # A list served as XML for the browser's XSLT: the pager is an element's attributes, the
    # next page a file beside this one.
    rows = "".join(f"<document><title>关于第{n}号事项的通知</title>"
                   f"<url>/tzgg/202403/t2024031{n % 9}_{n}.html</url><date>2024-03-1{n % 9}</date></document>"
                   for n in range(15))
    first = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<?xml-stylesheet type="text/xsl" href="/xsl/list.xsl"?><channel name="通知公告">'
             f'<page current="1" total="2" prev="" next="index_1.xml"/>{rows}</channel>')
    pager = {"current": "1", "total": "2", "prev": "", "next": "index_1.xml"}
    assert xml_data(first)["channel"]["page"] == pager
    url = "http://www.a.gov.cn/zwgk/tzgg/"
    reading = read_page(PageToRead(url=url, body=first.encode(), encoding="utf-8", markup="xml", score=60))
    assert len({link.url for link in reading.links if "/tzgg/2024" in link.url}) == 15
    assert [request.url for request in reading.next_pages] == ["http://www.a.gov.cn/zwgk/tzgg/index_1.xml"]


def test_a_record_s_title_held_in_an_object_of_one_string_is_its_title():
    # WordPress's REST API: `"title": {"rendered": "…"}`, asked by `jQuery.ajax`.
    page = ('<div id="posts"></div><script>function loadPosts(p){jQuery.ajax({url:"/wp-json/wp/v2/posts",'
            'data:{categories:9,per_page:10,page:p},success:function(d){var h="";jQuery.each(d,function(i,o){'
            'h+=\'<a href="\'+o.link+\'">\'+o.title.rendered+"</a>";});jQuery("#posts").html(h);}});}'
            "jQuery(function(){loadPosts(1);});</script>")
    url = "http://www.a.gov.cn/category/fzzfjs/"
    (asked,) = read_page(PageToRead(url=url, body=page.encode(), encoding="utf-8", score=60)).next_pages
    assert urlsplit(asked.url).path == "/wp-json/wp/v2/posts"
    assert parse_qs(urlsplit(asked.url).query)["page"] == ["1"]
    answer = json.dumps([{"id": n, "date": "2024-03-28T09:00:00", "link": f"http://www.a.gov.cn/archives/{n}",
                          "title": {"rendered": f"某区关于第{n}项工作的通知"}} for n in range(10)])
    reading = read_page(PageToRead(url=asked.url, body=answer.encode(), encoding="utf-8", score=60,
                                   item_templates=asked.item_templates))
    texts = {link.url: link.text for link in reading.links}
    assert texts["http://www.a.gov.cn/archives/3"] == "某区关于第3项工作的通知"
    assert parse_qs(urlsplit(reading.next_pages[0].url).query)["page"] == ["2"]


def test_a_graphql_list_is_paged_by_its_variables():
    query = "query L($page: Int!) { articles(channel: \"tzgg\", page: $page) { pages items { title url } } }"
    body = json.dumps({"query": query, "variables": {"channel": "tzgg", "page": 1}})
    items = [{"title": f"关于第{n}号事项的通知", "url": f"/a/{n}.html"} for n in range(15)]
    data = {"data": {"articles": {"pages": 3, "items": items}}}
    (url, method, _, asked), number, bounded = next_api_page("http://www.a.gov.cn/graphql", "POST", (), body,
                                                             data, shown=15)
    assert (url, method, number, bounded) == ("http://www.a.gov.cn/graphql", "POST", 2, True)
    assert json.loads(asked)["variables"] == {"channel": "tzgg", "page": 2}


def test_a_cursor_sent_under_one_name_follows_the_one_answered_under_another():
    data = {"list": [{"title": "关于第1号事项的通知", "url": "/a/1.html"}], "nextCursor": "10700650"}
    (url, *_), _, bounded = next_api_page("http://www.a.gov.cn/api/content/list?catId=3105&size=12&lastId=",
                                          "GET", (), "", data, shown=12)
    assert parse_qs(urlsplit(url).query)["lastId"] == ["10700650"] and not bounded
    assert next_api_page(url, "GET", (), "", {"list": [], "nextCursor": None}, shown=0) is None
