"""URL canonicalisation, scope and trap tests."""

from crawler.discovery.urls import (
    canonical_url,
    is_calendar_page,
    is_calendar_url,
    is_mirror_url,
    is_repetitive_query,
    is_search_url,
    refines_query,
    registrable_domain,
)


def test_canonical_url_drops_sessions_tracking_and_fragment():
    url = "HTTP://WWW.X.GOV.CN:80/show.asp;jsessionid=ABC?id=3&sid=f00&utm_source=wx#top"
    assert canonical_url(url) == "http://www.x.gov.cn/show.asp?id=3"


def test_canonical_url_drops_aspnet_cookieless_sessions():
    assert canonical_url("http://a.gov.cn/(S(qm5sjsml32lfsqu))/Item/48015.aspx") == \
        "http://a.gov.cn/Item/48015.aspx"
    assert canonical_url("http://a.gov.cn/(X(1)S(abc))/Index.aspx") == "http://a.gov.cn/Index.aspx"


def test_canonical_url_keeps_the_query_order_as_linked():
    assert canonical_url("http://A.gov.cn:80/l.asp?page=2&utm_source=x&classid=5#top") == \
        "http://a.gov.cn/l.asp?page=2&classid=5"


def test_registrable_domain_under_gov_cn():
    assert registrable_domain("www.hlq.gov.cn") == "hlq.gov.cn"
    assert registrable_domain("xxgk.hlq.gov.cn") == "hlq.gov.cn"
    assert registrable_domain("www.taizhou.com.cn") == "taizhou.com.cn"
    assert registrable_domain("www.gov.hk") == "www.gov.hk"


def test_trap_and_mirror_urls():
    assert is_calendar_url("http://a.gov.cn/calendar/?y=2024&m=3")
    assert is_calendar_url("http://a.gov.cn/events.html?date=2024-03-01")
    assert not is_calendar_url("http://a.gov.cn/list.asp?classid=5&page=2")
    assert is_search_url("http://a.gov.cn/search/?q=法治")
    assert is_search_url("http://a.gov.cn/jsearchfront/search.do?websiteid=1&q=x")
    assert is_mirror_url("http://a.gov.cn/gate/big5/www.a.gov.cn/zwgk/t1.html")
    assert is_mirror_url("http://a.gov.cn/zwgk/t1.html?print=1")


def test_request_url_drops_sessions_but_keeps_the_query_order():
    from crawler.discovery.urls import request_url

    assert request_url("http://a.gov.cn/(S(qm5sjs))/Item/1.aspx?b=2&a=1&sid=ff#top") == \
        "http://a.gov.cn/Item/1.aspx?b=2&a=1"
    assert request_url("http://a.gov.cn/show.jsp;jsessionid=ABC?id=3&pageIndex=2") == \
        "http://a.gov.cn/show.jsp?id=3&pageIndex=2"


def test_faceted_filter_combinations():
    tags = "http://a.gov.cn/tags.jsp?tags="
    assert refines_query(tags + "法治", tags + "法治,依法行政")
    assert refines_query(tags + "法治,依法行政", tags + "依法行政,法治,普法")
    assert not refines_query(tags + "法治", tags + "普法")  # another filter, not a finer one
    assert not refines_query("http://a.gov.cn/list.jsp?cat=1", "http://a.gov.cn/list.jsp?cat=1&page=2")
    assert not refines_query(tags + "法治", "http://a.gov.cn/other.jsp?tags=法治,普法")
    search = "http://a.gov.cn/module/sitesearch/index.jsp?keyvalue="
    assert refines_query(search + "法治政府", search + "法治政府依法")
    assert not refines_query(search + "法治政府", search + "依法行政")
    # Codes of a column tree grow the same way and are not typed words.
    assert not refines_query("http://a.gov.cn/l.jsp?cat=001", "http://a.gov.cn/l.jsp?cat=001002")
    assert is_repetitive_query(tags + "法治,依法行政,法治")
    assert not is_repetitive_query(tags + "法治,依法行政")
    assert not is_repetitive_query('http://a.gov.cn/api?paramJson={"a":1,"b":1}')


def test_a_day_page_is_a_calendar_page_and_an_article_id_is_not():
    assert is_calendar_page("http://a.gov.cn/zwrl/2024-03-05.html")
    assert is_calendar_page("http://a.gov.cn/rili/20240305.shtml")
    assert not is_calendar_page("http://www.shouxian.gov.cn/public/6616061/2005588.html")
    assert not is_calendar_page("http://a.gov.cn/art/20240399.html")
