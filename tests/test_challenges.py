"""Script-challenge firewalls told from pages, on answers in the shapes these firewalls give,
and the accounting of a site behind one."""

from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse, Request
from twisted.python.failure import Failure

from archive.records import EndReason
from crawler.challenges import ChallengeKind, ScriptChallenge, challenge_kind, literal_cookies
from crawler.discovery.pages import error_kind
from vocabulary.keywords import SCRIPT_REDIRECT

BLIND15 = Path(__file__).resolve().parent / "fixtures" / "pages" / "blind15"

# 瑞数-style: 412, a long token in a meta tag, an external script and an inline bootstrap.
RS_412 = (b'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
          b'<meta id="9DhefwqGPrzGxEp9hPaoag" content="' + b"x" * 800 + b'" r="m">'
          b'<script type="text/javascript" r="m">$_ts=window[\'$_ts\'];if(!$_ts)$_ts={};$_ts.nsd=12345;'
          b"$_ts.cd='qqqq';</script><script type=\"text/javascript\" charset=\"utf-8\" "
          b'src="/4QbVtADbnLVIc/d.FxJzG50F.dfe1675.js" r="m"></script></head><body></body></html>')
# 加速乐-style: 521 with a script that computes the clearance cookie and reloads.
JSL_521 = (b"<script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')"
           b"+('a')+('n')+('c')+('e')+('_')+('s')+('=')+(-~[]+'')+(1+[[]][0]+'')+'|-1|'+"
           b"(+!+[]+'')+';max-age=3600;path=/';location.href=location.pathname+location.search</script>")
COOKIE_200 = (b"<html><head><script>var t=Date.now().toString(16);document.cookie='wzws_cid='+t+';path=/';"
              b"window.location.reload();</script></head><body>\xe8\xaf\xb7\xe7\xa8\x8d\xe5\x80\x99</body></html>")


def test_challenges_are_told_by_status_and_script():
    assert challenge_kind(412, RS_412) == ChallengeKind.STATUS_412
    assert challenge_kind(521, JSL_521) == ChallengeKind.STATUS_521
    assert challenge_kind(200, COOKIE_200) == ChallengeKind.COOKIE_SCRIPT


def test_a_yunsuo_challenge_sends_the_browser_to_a_url_it_computes():
    # 云锁: 200, `document.cookie = "srcurl=" + stringToHex(…)` and `self.location =
    # "/?security_verify_data=" + stringToHex(screen size)`: not a redirect to a named page.
    yunsuo = (BLIND15 / "ningjin_yunsuo_challenge.html").read_bytes()
    assert challenge_kind(200, yunsuo) == ChallengeKind.COOKIE_SCRIPT
    assert SCRIPT_REDIRECT.search(yunsuo.decode("utf-8")) is None
    assert SCRIPT_REDIRECT.search("self.location = '/index.html';").group(1) == "/index.html"


def test_ordinary_answers_are_not_challenges():
    # A conditional request's 412 has no script; a stub that sets a cookie and sends the
    # browser to a named page is a redirect; a page with text is a page.
    assert challenge_kind(412, b"<html><body>Precondition Failed</body></html>") is None
    stub = b"<script>document.cookie='lang=zh';location.href='/index.html';</script>"
    assert challenge_kind(200, stub) is None
    page = COOKIE_200.replace(b"\xe8\xaf\xb7\xe7\xa8\x8d\xe5\x80\x99", "政府信息公开".encode() * 20)
    assert challenge_kind(200, page) is None
    assert challenge_kind(404, JSL_521) is None
    assert challenge_kind(521, JSL_521 * 3000) is None  # too long for a challenge


def test_a_challenged_home_page_ends_the_site_as_blocked():
    failure = Failure(ScriptChallenge("script challenge (412) at http://www.a.gov.cn/"))
    assert error_kind(failure) == "script_challenge"
    assert EndReason.for_failed_home("script_challenge") == EndReason.BLOCKED
    assert EndReason.for_failed_home("robots") == EndReason.ROBOTS
    assert EndReason.for_failed_home("dns") == EndReason.UNREACHABLE


def test_without_a_browser_the_middleware_fails_a_challenge_and_passes_a_page():
    import asyncio

    import pytest
    from scrapy.utils.test import get_crawler

    from crawler.middlewares import ScriptChallengeMiddleware

    crawler = get_crawler(settings_dict={"BROWSER_CHALLENGES": "off"})
    crawler.stats.open_spider()
    middleware = ScriptChallengeMiddleware.from_crawler(crawler)
    request = Request("http://www.a.gov.cn/")
    challenge = HtmlResponse("http://www.a.gov.cn/", status=521, body=JSL_521, request=request)
    with pytest.raises(ScriptChallenge):
        asyncio.run(middleware.process_response(request, challenge))
    assert crawler.stats.get_value("challenges/521") == 1
    page = HtmlResponse("http://www.a.gov.cn/", body=b"<html><body>ok</body></html>", request=request)
    assert asyncio.run(middleware.process_response(request, page)) is page


# The simple 加速乐 first stage: the clearance cookie written out as text.
JSL_LITERAL = (b"<script>document.cookie='__jsl_clearance_s=1717209600.123|0|9f2c;max-age=3600;path=/';"
               b"location.href=location.pathname+location.search</script>")


def test_a_cookie_written_out_by_the_script_is_read_and_a_computed_one_is_not():
    assert literal_cookies(JSL_LITERAL) == {"__jsl_clearance_s": "1717209600.123|0|9f2c"}
    pieces = (b"<script>document.cookie=('__jsl_')+('clearance=')+(\"15|0|x\")+';path=/';"
              b"location.reload()</script>")
    assert literal_cookies(pieces) == {"__jsl_clearance": "15|0|x"}
    assert literal_cookies(JSL_521) == {}
    assert literal_cookies(COOKIE_200) == {}


def test_without_a_browser_a_written_out_cookie_passes_the_challenge():
    import asyncio

    from scrapy.utils.test import get_crawler

    from crawler.middlewares import ScriptChallengeMiddleware

    crawler = get_crawler(settings_dict={"BROWSER_CHALLENGES": "off", "BROWSER_PASSES_PER_HOST": 5})
    crawler.stats.open_spider()
    middleware = ScriptChallengeMiddleware.from_crawler(crawler)
    request = Request("http://www.a.gov.cn/zwgk/", headers={"User-Agent": "gov-reports"})
    challenge = HtmlResponse(request.url, status=521, body=JSL_LITERAL, request=request)
    again = asyncio.run(middleware.process_response(request, challenge))
    assert isinstance(again, Request) and again.url == request.url and again.dont_filter
    later = Request("http://www.a.gov.cn/zwgk/tzgg/")
    middleware.process_request(later)
    assert later.cookies == {"__jsl_clearance_s": "1717209600.123|0|9f2c"}
    assert crawler.stats.get_value("challenges/literal_cookie_passes") == 1
