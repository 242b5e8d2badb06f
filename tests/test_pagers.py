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
