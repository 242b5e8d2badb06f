"""Unit tests of the script-redirect detection on saved page shapes, and of how the robots.txt
middleware logs a failed download."""

from __future__ import annotations

import logging

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler
from twisted.internet.error import ConnectionRefusedError, DNSLookupError

from crawler.middlewares import RobotsTxtMiddleware, find_script_redirect


def html(body: str, encoding: str = "utf-8") -> HtmlResponse:
    return HtmlResponse("http://www.example.gov.cn/", body=body.encode(encoding), encoding=encoding)


def test_stub_page_redirects():
    assert find_script_redirect(html(
        "<html><head><script>window.location.href='./index.html'</script></head><body></body></html>"
    )) == "./index.html"
    assert find_script_redirect(html(
        '<html><body><script type="text/javascript">location.replace("/col/index.shtml");</script>'
        "</body></html>")) == "/col/index.shtml"


def test_content_page_with_location_is_not_a_redirect():
    text = "县人民政府办公室关于印发工作要点的通知。" * 20
    page = (f'<html><body><div class="location">当前位置：首页</div><p>{text}</p>'
            "<script>window.location.href='/other.html'</script></body></html>")
    assert find_script_redirect(html(page)) is None


def test_breadcrumb_class_or_click_handler_alone_is_not_a_redirect():
    assert find_script_redirect(html('<html><body><div class="location">首页</div></body></html>')) is None
    assert find_script_redirect(html(
        "<html><body><a onclick=\"location.href='/x.html'\">x</a></body></html>")) is None
    assert find_script_redirect(html(
        "<html><body><script>location.href='javascript:void(0)'</script></body></html>")) is None


def test_gbk_stub_page():
    page = ("<html><head><meta charset='gbk'></head><body>正在跳转"
            "<script>top.location='main.asp'</script></body></html>")
    assert find_script_redirect(html(page, "gbk")) == "main.asp"


def test_only_inline_scripts_count_and_every_location_in_them_is_tried():
    # A statistics script reads location first; the redirect comes in a later script.
    page = ("<html><head><script src=\"/js/jump.js\">location.href='/no.html'</script>"
            "<SCRIPT>var u = encodeURIComponent(location.href); LOCATION = u;</SCRIPT>"
            "<script type='text/javascript'>\n  self.Location.href = \"/portal/index.html\";\n"
            "</script></head><body></body></html>")
    assert find_script_redirect(html(page)) == "/portal/index.html"
    # `location` after the last script closes is not in a script.
    assert find_script_redirect(html(
        "<html><body><script>var a = 1;</script><p>location.href='/x.html'</p></body></html>")) is None


def test_an_unreachable_robots_txt_is_one_line_and_a_bug_keeps_its_traceback(caplog):
    middleware = RobotsTxtMiddleware(get_crawler(settings_dict={"ROBOTSTXT_OBEY": True}))
    robots = Request("http://www.example.gov.cn/robots.txt")
    with caplog.at_level(logging.WARNING):
        middleware.log_failure(DNSLookupError("www.example.gov.cn"), robots)
        middleware.log_failure(ConnectionRefusedError(), robots)
    assert [(r.levelname, r.exc_info) for r in caplog.records] == [("WARNING", None)] * 2
    assert "No robots.txt from http://www.example.gov.cn/robots.txt (DNSLookupError" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        middleware.log_failure(KeyError("a bug"), robots)
    (record,) = caplog.records
    assert record.levelname == "ERROR" and record.exc_info is not None


def test_robots_rules_address_the_crawler_by_its_name_despite_the_mozilla_agent():
    from protego import Protego

    from crawler import settings

    robots = Protego.parse("User-agent: gov-reports\nDisallow: /private/\n\nUser-agent: *\nDisallow: /all/\n")
    assert "Mozilla/5.0 (compatible; gov-reports/" in settings.USER_AGENT
    assert not robots.can_fetch("http://a.gov.cn/private/x.html", settings.ROBOTSTXT_USER_AGENT)
    assert robots.can_fetch("http://a.gov.cn/all/x.html", settings.ROBOTSTXT_USER_AGENT)
