"""Pagers that are not links, and frames, on saved pages of the `kinds2` development web: an
ASP.NET `__doPostBack` pager, a `goPage(n)` form post, a pager a script writes from a page
count, and a frameset home page."""

from __future__ import annotations

from pathlib import Path

from crawler.discovery.links import LinkKind
from crawler.discovery.reading import PageToRead, read_page

KINDS2 = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds2"


def read(name: str, url: str, encoding: str = "utf-8", form: tuple = (), kind=LinkKind.COLUMN):
    return read_page(PageToRead(url=url, body=(KINDS2 / name).read_bytes(), encoding=encoding,
                                form=form, score=60, kind=kind))


def test_an_aspnet_pager_posts_the_form_with_the_next_pages_event():
    (following,) = read("4_suining_list.html", "http://www.cnsn.gov.cn/zwgk/List.aspx?cid=52").next_pages
    form = dict(following.formdata)
    assert following.method == "POST" and following.url == "http://www.cnsn.gov.cn/zwgk/List.aspx?cid=52"
    assert (form["__EVENTTARGET"], form["__EVENTARGUMENT"]) == ("AspNetPager1", "2")
    assert form["__VIEWSTATE"] and following.page_number == 2
    # Page 3 of 3, posted, links pages 1 and 2 only: the walk ends there.
    sent = (("__EVENTTARGET", "AspNetPager1"), ("__EVENTARGUMENT", "3"), ("__VIEWSTATE", "x"))
    last = read("4_suining_list_p3.html", "http://www.cnsn.gov.cn/zwgk/List.aspx?cid=52", form=sent)
    assert last.next_pages == []


def test_a_form_with_a_page_number_is_posted_for_the_next_page():
    first = read("4_baiquan_list.html", "http://www.baiquan.gov.cn/xxgk/list.jsp?catId=fzzfjs")
    (following,) = first.next_pages
    assert following.method == "POST" and following.url == "http://www.baiquan.gov.cn/xxgk/list.jsp"
    assert dict(following.formdata) == {"catId": "fzzfjs", "pageNo": "2"}
    (after,) = read("4_baiquan_list_p3.html", "http://www.baiquan.gov.cn/xxgk/list.jsp",
                    form=(("catId", "fzzfjs"), ("pageNo", "3"))).next_pages
    assert dict(after.formdata)["pageNo"] == "4"


def test_a_pager_written_from_a_page_count_gives_its_pages_once():
    first = read("4_ninghai_sfj_list.html", "http://www.ninghai.gov.cn/zwgk/list.jsp?cid=sfj_fzzf")
    assert [(p.url, p.page_number) for p in first.next_pages] == [
        ("http://www.ninghai.gov.cn/zwgk/list.jsp?cid=sfj_fzzf&page=2", 2)]
    # Page 2 asks the script pager for nothing more (the plain `?page=N` walk goes on while
    # the pages list dated items).
    second = read("4_ninghai_sfj_list.html", "http://www.ninghai.gov.cn/zwgk/list.jsp?cid=sfj_fzzf&page=2")
    assert [p.page_number for p in second.next_pages] == [3]


def test_a_frameset_home_page_leads_to_its_frames():
    home = read("2_kedong_frameset.html", "http://www.kedong.gov.cn/", encoding="gb2312",
                kind=LinkKind.HOME)
    frames = {link.url: link.kind for link in home.links}
    assert frames == {f"http://www.kedong.gov.cn/{name}.asp": LinkKind.COLUMN
                      for name in ("top", "left", "main")}


def _list_page(rows: int, extra: str) -> bytes:
    items = "".join(f'<li><a href="/art/{n}.html">关于做好第{n}期工作的通知</a>'
                    f'<span>2024-03-{n + 1:02d}</span></li>' for n in range(rows))
    return f"<html><body><ul>{items}</ul>{extra}</body></html>".encode()


def _read_inline(url: str, body: bytes):
    return read_page(PageToRead(url=url, body=body, encoding="utf-8", score=60, kind=LinkKind.COLUMN))


def test_a_pager_that_goes_to_its_pages_by_script():
    """A layui pager whose `jump` sets `location.href`, counted from its `count` and `limit`;
    a 转到 box whose handler does, counted from the 共N页 it shows; and, without any count,
    the page after this one, from whichever page."""
    laypage = ("<div id='page_list'></div><script>layui.use('laypage',function(){layui.laypage.render({"
               "elem:'page_list',count:44,limit:15,curr:1,jump:function(obj,first){if(!first){"
               "location.href='/site/tpl/6782290?p_pageIndex='+obj.curr;}}});});</script>")
    url = "http://www.a.gov.cn/site/tpl/6782290?p_pageIndex=1"
    pages = _read_inline(url, _list_page(15, laypage)).next_pages
    assert [(p.url, p.bounded) for p in pages] == [
        ("http://www.a.gov.cn/site/tpl/6782290?p_pageIndex=2", True),
        ("http://www.a.gov.cn/site/tpl/6782290?p_pageIndex=3", True)]
    box = ("<div class='pager'>共52条记录 共4页 当前第1页 转到第<input id='no'>页 <input type='button' "
           "onclick='GoPage()'></div><script>function GoPage(){var p=document.getElementById('no').value;"
           "if(p){location.href='PublicInfoList.aspx?ThemeId=5&page='+p;}}</script>")
    url = "http://www.a.gov.cn/Government/PublicInfoList.aspx?ThemeId=5&page=1"
    pages = _read_inline(url, _list_page(15, box)).next_pages
    assert sorted(p.page_number for p in pages) == [2, 3, 4]
    uncounted = box.replace("共52条记录 共4页", "")
    (following,) = _read_inline(url.replace("page=1", "page=3"), _list_page(15, uncounted)).next_pages
    assert following.url.endswith("ThemeId=5&page=4")


def test_a_list_file_numbered_by_its_page_is_followed_by_the_next_file():
    """`list1.html` whose pager a script draws from a count it fetches: `list2.html` next; a
    list with pager links, or an article, is not paged so."""
    script = ("<script>$.getJSON('script.json',function(d){createPage('pageBox',d.endPage,1,'list');});"
              "</script>")
    url = "http://www.a.gov.cn/sitesources/x/page_pc/tzgg/list1.html"
    (following,) = _read_inline(url, _list_page(15, script)).next_pages
    assert following.url.endswith("/tzgg/list2.html") and following.page_number == 2
    linked = _list_page(15, '<a href="list2.html">下一页</a>')
    assert all(p.url != following.url for p in _read_inline(url, linked).next_pages)
    assert _read_inline(url, _list_page(1, script)).next_pages == []


def test_a_pager_whose_links_call_a_page_function_building_file_names():
    """`javascript:goPage(2)` links and `goPage(p)` writing `"index_" + p + ".jhtml"` next to
    the page's own file: the page after this one."""
    pager = ('<div class="pagination"><a>1</a><a href="javascript:goPage(2);">2</a>'
             '<a href="javascript:goPage(2);">下一页</a><span>共4页</span></div>'
             '<script>function goPage(p){var u=window.location.pathname.replace(/index(_\\d+)?\\.jhtml$/,"");'
             'window.location.href=u+(p>1?"index_"+p+".jhtml":"index.jhtml");}</script>')
    first = _read_inline("http://www.a.gov.cn/tzgg/index.jhtml", _list_page(15, pager)).next_pages
    assert [p.url for p in first] == ["http://www.a.gov.cn/tzgg/index_2.jhtml"]
    later = _read_inline("http://www.a.gov.cn/tzgg/index_2.jhtml", _list_page(15, pager)).next_pages
    assert [p.url for p in later] == ["http://www.a.gov.cn/tzgg/index_3.jhtml"]


def test_a_previewer_link_leads_to_the_document_it_shows():
    from crawler.discovery.links import _resolve

    preview = "/preview/onlinePreview?url=aHR0cDovL3d3dy5hLmdvdi5jbi91cGxvYWRmaWxlLzIwMjUvMDMzMS8xLnBkZg=="
    assert _resolve("http://www.a.gov.cn/zwgk/a.html", preview) == "http://www.a.gov.cn/uploadfile/2025/0331/1.pdf"
    assert _resolve("http://www.a.gov.cn/x/", "/news/view.jsp?id=5") == "http://www.a.gov.cn/news/view.jsp?id=5"


def test_a_pager_a_script_writes_as_markup():
    """The 衡阳 platform's pager: written into `#pagination` from `pageCount` and a `pageUrl(i)`
    helper, the later pages in a `pages/` folder; each page names the next. A pager that writes
    its page numbers gives them all."""
    pager = ("<div id='pagination'></div><script>var pageCount=4,currentPage=CUR,columnUrl='/zwgk/tzgg/';"
             "function pageUrl(i){return i==1?columnUrl+'index.html':columnUrl+'pages/'+i+'.html';}"
             "(function(){var h='';if(currentPage<pageCount){h+='<a href=\"'+pageUrl(currentPage+1)+"
             "'\">下一页</a><a href=\"'+pageUrl(pageCount)+'\">尾页</a>';}"
             "document.getElementById('pagination').innerHTML=h;})();</script>")
    base = "http://www.a.gov.cn/zwgk/tzgg/"
    (second,) = _read_inline(base + "index.html", _list_page(15, pager.replace("CUR", "1"))).next_pages
    assert (second.url, second.page_number) == (base + "pages/2.html", 2)
    (third,) = _read_inline(second.url, _list_page(15, pager.replace("CUR", "2"))).next_pages
    assert (third.url, third.page_number) == (base + "pages/3.html", 3)
    assert _read_inline(base + "pages/4.html", _list_page(15, pager.replace("CUR", "4"))).next_pages == []
    numbers = ("<div id='pg'></div><script>var h='';for(var i=1;i<=3;i++){h+='<a href=\"list_'+i+"
               "'.html\">'+i+'</a>';}h+='<a href=\"list_2.html\">下一页</a>';$('#pg').html(h);</script>")
    pages = _read_inline("http://www.a.gov.cn/c/list_1.html", _list_page(15, numbers)).next_pages
    assert [(p.url, p.page_number) for p in pages] == [("http://www.a.gov.cn/c/list_2.html", 2),
                                                      ("http://www.a.gov.cn/c/list_3.html", 3)]
