"""Item templates on saved bytes: how a column page's script writes a JSON API's id-only
records into list items, read from the page and rendered for each record of the answer."""

from __future__ import annotations

from pathlib import Path

from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, read_page
from crawler.discovery.templates import find_item_templates, render_records

KINDS = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds"

# A column page's script in the shape of the saved id-only `list.do` answer's page: the URL is
# built by a helper from the record's id, and a pager is written from a loop counter.
LIST_DO_PAGE = """<html><body><ul id="gkList"></ul><div id="gkPage"></div>
<script src="/js/jquery.min.js"></script>
<script>
function detailUrl(id){ return '/zfxxgk/content/' + id.substring(0, 6) + '/' + id + '.html'; }
function showPage(no){
  $.get('/openapi/info/list.do', {channelId: 'fdzdgknr', pageNo: no, pageSize: 12}, function(res){
    var h = '';
    for(var i = 0; i < res.result.records.length; i++){ var r = res.result.records[i];
      h += '<li><a href="' + detailUrl(r.infoId) + '" target="_blank">' + r.title + '</a><span>'
        + r.pubTime + '</span></li>'; }
    $('#gkList').html(h);
    var n = Math.ceil(res.result.total / 12), p = '';
    for(var k = 1; k <= n; k++){ p += '<a href="javascript:showPage(' + k + ');">' + k + '</a>'; }
    $('#gkPage').html(p);
  }, 'json');
}
showPage(1);
</script></body></html>"""
SITE = "http://www.yuanan.gov.cn"


def read(url: str, body: bytes, templates=()) -> object:
    return read_page(PageToRead(url=url, body=body, encoding="utf-8", score=80, kind=LinkKind.COLUMN,
                                item_templates=templates))


def test_the_column_page_asks_the_api_with_its_item_template_and_the_answer_gives_links():
    column = read(f"{SITE}/zfxxgk/fdzdgknr/index.html", LIST_DO_PAGE.encode())
    (request,) = column.next_pages
    assert request.url.startswith(f"{SITE}/openapi/info/list.do?") and "pageNo=1" in request.url
    assert request.item_templates
    answer = read_page(PageToRead(url=request.url, body=(KINDS / "3_yuanan_listdo_page1.json").read_bytes(),
                                  encoding="utf-8", score=80, kind=LinkKind.PAGE,
                                  item_templates=request.item_templates))
    reports = {link.url: link for link in answer.links if link.kind == LinkKind.REPORT}
    assert f"{SITE}/zfxxgk/content/202303/20230321171366728.html" not in reports  # 信息公开年报
    report = reports[f"{SITE}/zfxxgk/content/202301/20230125154490234.html"]
    assert report.text == "远安县2022年度法治政府建设情况报告"
    assert report.date == "2023-01-25"
    # The answer's next page carries the templates on.
    (following,) = answer.next_pages
    assert "pageNo=2" in following.url and following.item_templates == request.item_templates


def test_an_answer_without_the_asking_pages_templates_gives_no_id_links():
    answer = read(f"{SITE}/openapi/info/list.do?channelId=fdzdgknr&pageNo=1&pageSize=12",
                  (KINDS / "3_yuanan_listdo_page1.json").read_bytes())
    assert not [link for link in answer.links if "/zfxxgk/content/" in link.url]


def test_a_template_literal_and_an_unknown_formatter_outside_the_url():
    script = ("res.data.forEach(item => { html += `<li><a href=\"/xxgk/${item.year}/${item.id}.html\">"
              "${item.title}</a><span>${formatDate(item.time)}</span></li>`; });")
    (template,) = find_item_templates([script])
    record = {"id": "a1b2", "year": 2024, "title": "某县2023年法治政府建设年度报告", "time": "2024-03-01"}
    assert render_records({"data": [record]}, (template,)) == [
        '<li><a href="/xxgk/2024/a1b2.html">某县2023年法治政府建设年度报告</a><span>2024-03-01</span></li>']


def test_an_unknown_call_inside_the_url_drops_the_template():
    script = """html += '<li><a href="' + buildUrl(item.id, item.type) + '">' + item.title + '</a></li>';"""
    assert find_item_templates([script]) == ()


def test_a_template_block_and_an_onclick_helper():
    block = ('{{each list as value i}}<li><a href="/art/{{value.year}}/{{ value.id }}.html">{{value.title}}'
             '</a><span>{{value.date | dateFormat}}</span></li>{{/each}}')
    (template,) = find_item_templates([], [block])
    assert render_records([{"id": 7, "year": 2024, "title": "t", "date": "2024-01-02"}], (template,)) == [
        '<li><a href="/art/2024/7.html">t</a><span>2024-01-02</span></li>']
    helper = "function opendetail(id){ window.open('/tzgg/' + id.substring(0, 6) + '/' + id + '.shtml'); }"
    item = ("""html += '<li><a href="javascript:;" onclick="opendetail(\\'' + row.id + '\\')">'"""
            """ + row.title + '</a></li>';""")
    templates = find_item_templates([helper, item])
    body = ('{"rows": [{"id": "20240307173212129", "title": "某县2023年法治政府建设年度报告"}]}').encode()
    answer = read(f"{SITE}/api/list?page=1", body, templates)
    assert [link.url for link in answer.links] == [f"{SITE}/tzgg/202403/20240307173212129.shtml"]


def test_records_missing_a_field_and_markup_in_values_are_safe():
    (template,) = find_item_templates(["""h += '<a href="/c/' + r.id + '.html">' + r.title + '</a>';"""])
    assert render_records([{"title": "no id"}], (template,)) == []
    assert render_records([{"id": "1", "title": 'a "b" <c>'}], (template,)) == [
        '<a href="/c/1.html">a &quot;b&quot; &lt;c&gt;</a>']


def test_a_path_built_from_a_date_and_local_variables():
    script = """res.data.records.forEach(item => {
      const d = new Date(item.publishTime);
      const url = `/art/${d.getFullYear()}/${d.getMonth() + 1}/${d.getDate()}/`
        + `art_${item.columnId}_${item.id}.html`;
      html += `<li><a href="${url}">${item.title}</a><span>${d.toLocaleDateString()}</span></li>`;
    });"""
    (template,) = find_item_templates([script])
    # 2024-03-28 00:30 in China is still the 27th in UTC: the date is the browser's, in China.
    record = {"id": 7, "columnId": 1229607, "title": "t", "publishTime": 1711557000000}
    assert render_records([record], (template,)) == [
        '<li><a href="/art/2024/3/28/art_1229607_7.html">t</a><span>2024-03-28</span></li>']
    assert render_records([{**record, "publishTime": "2023-12-05 09:00:00"}], (template,)) == [
        '<li><a href="/art/2023/12/5/art_1229607_7.html">t</a><span>2023-12-05</span></li>']
    assert render_records([{**record, "publishTime": "soon"}], (template,)) == []


def test_a_month_added_to_after_a_string_is_concatenated_as_javascript_does():
    script = """var d = new Date(r.time);
    h += '<a href="/art/' + d.getMonth() + 1 + '/' + r.id + '.html">' + r.title + '</a>';"""
    (template,) = find_item_templates([script])
    assert render_records([{"id": 5, "title": "t", "time": "2024-03-02"}], (template,)) == [
        '<a href="/art/21/5.html">t</a>']


KINDS2 = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds2"
GANNAN = "http://www.gannan.gov.cn"


def test_a_list_whose_script_builds_hanweb_paths_from_a_date():
    column = read("http://www.zh.gov.cn/col/col1229607/index.html",
                  (KINDS2 / "3_zhenhai_column.html").read_bytes())
    (request,) = column.next_pages
    assert request.method == "POST" and request.item_templates
    answer = read_page(PageToRead(url=request.url, body=(KINDS2 / "3_zhenhai_list_page1.json").read_bytes(),
                                  encoding="utf-8", score=80, kind=LinkKind.PAGE, form=request.formdata,
                                  item_templates=request.item_templates))
    urls = [link.url for link in answer.links if "/art/" in link.url]
    assert urls[:2] == ["http://www.zh.gov.cn/art/2024/12/25/art_1229607_7041884.html",
                        "http://www.zh.gov.cn/art/2024/12/4/art_1229607_9324937.html"]
    assert all(link.date for link in answer.links if "/art/" in link.url)


def test_an_article_shell_asks_for_its_article_and_the_json_answer_is_the_report():
    title = "甘南县2023年法治政府建设情况报告"
    shell_url = f"{GANNAN}/content/detail.html?id=219392"
    shell = read_page(PageToRead(url=shell_url, body=(KINDS2 / "3_gannan_detail_shell.html").read_bytes(),
                                 encoding="utf-8", score=90, kind=LinkKind.REPORT, link_text=title))
    assert not shell.candidate
    (api,) = [link for link in shell.links if "/api/" in link.url]
    assert api.url == f"{GANNAN}/api/content/detail?id=219392"
    assert api.kind == LinkKind.REPORT and api.text == title
    answer = read_page(PageToRead(url=api.url, body=(KINDS2 / "3_gannan_detail.json").read_bytes(),
                                  encoding="utf-8", score=api.score, kind=api.kind, link_text=title))
    assert answer.candidate and answer.article_fields.publish_date is not None
    # Another page of the site, without an id in its query, asks for nothing.
    plain = read_page(PageToRead(url=f"{GANNAN}/content/detail.html", encoding="utf-8", score=90,
                                 body=(KINDS2 / "3_gannan_detail_shell.html").read_bytes(),
                                 kind=LinkKind.REPORT, link_text=title))
    assert not [link for link in plain.links if "/api/" in link.url]
