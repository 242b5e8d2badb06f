"""Saved raw pages of the ``kinds`` profile for unit tests: ``tests/fixtures/pages/kinds/``.

    $ python -m simweb.kinds.fixtures        # (re)write the files and their README.md

Each entry: file name, URL, method and body (for API answers), what it is. The README lists per
file the truth URLs (reports, their pages and files, look-alikes) a crawler should find on it by
the page's own mechanism, or the trap prefix it belongs to.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlencode

from ..web import SimWeb, build_web
from .walker import Walker

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "pages" / "kinds"
JP = "/api-gateway/jpaas-publish-server/front/page/build/unit"


def _report(web: SimWeb, key: str) -> dict:
    return next(r for r in web.truth["reports"] if r["key"] == key)


def _listing(web: SimWeb, prefix: str, url: str) -> str:
    """The list page under ``prefix`` that links ``url``."""
    host = url.split("/")[2]
    for (h, path, _query), res in sorted(web.resources.items()):
        listing = path.endswith(("index.html", "index.shtml")) or "index_" in path
        if h == host and path.startswith(prefix) and listing and url.split(host, 1)[1].encode() in res.body:
            return f"{url.split(host)[0]}{host}{path}"
    raise LookupError(url)


def entries(web: SimWeb) -> list[tuple[str, str, str, bytes, str]]:
    r = lambda k: _report(web, k)["copies"][0]["url"]  # noqa: E731
    tpl = {d["site"]: d["url"] for d in web.truth["lookalikes"] if d["kind"] == "template"}
    unit = {
        "webId": "330328",
        "tplSetId": "kQmP3xWcYtR8vBn2sJd6f",
        "pageType": "column",
        "tagId": "当前栏目_list",
        "editType": "null",
        "pageId": "1229412873",
    }
    irs = {
        "tenantId": "82",
        "tableName": "t_18a3c1f07e2",
        "pageNo": 1,
        "pageSize": 10,
        "searchFields": [{"fieldName": "f_202163381596", "searchWord": "5871234"}],
    }
    igs = lambda ch: urlencode(  # noqa: E731
        {
            "index": "gy-govdoc",
            "type": "govdoc",
            "pageNumber": 1,
            "pageSize": 10,
            "filter[CHANNELID]": ch,
            "filter[SITEID]": "45",
        }
    )
    get = lambda name, url, what: (name, url, "GET", b"", what)  # noqa: E731
    return [
        get(
            "1_jiaocheng_ghjh.html",
            "http://www.jiaocheng.gov.cn/zwgk/ghjh/",
            "规划计划 section page: sub-column links with title attributes and their latest items",
        ),
        get(
            "1_jiaocheng_gzzj.html",
            _listing(web, "/zwgk/ghjh/gzzj/", r("交城县-2023")),
            "工作总结 list page (TRS createPageHTML pager) holding the 2023 report",
        ),
        get(
            "1_qinyuan_tzgg.html",
            _listing(web, "/tzgg/", r("沁源县-2023")),
            "通知公告 list page (GBK) whose items live in dated sub-folders",
        ),
        get(
            "2_kailu_sfj_qtfdgkxx.html",
            "http://www.kailu.gov.cn/zwgk/bmxxgk/bm07/fdzdgknr/qtfdgkxx/",
            "部门信息公开 → 县司法局 → 法定主动公开内容 → 其他法定公开信息 (depth 5), report inside",
        ),
        get(
            "2_kailu_news_index_5.html",
            "http://www.kailu.gov.cn/xwzx/kldt/index_5.html",
            "page 6 of 15 of the 开鲁动态 news list (no report)",
        ),
        get(
            "2_yuexi_ndbg_2023.html",
            "http://www.yuexi.gov.cn/xxgk/zdly/fzzfjs/ndbg/2023/",
            "year folder of 年度报告 (GBK, charset only in the meta)",
        ),
        get(
            "3_wencheng_column.html",
            "http://www.wencheng.gov.cn/col/col1229412873/index.html",
            "JPaaS column page: only a unitbuild.js tag with url and queryData",
        ),
        get(
            "3_wencheng_unit_page2.json",
            "http://www.wencheng.gov.cn"
            + JP
            + "?"
            + urlencode({**unit, "paramJson": json.dumps({"pageNo": 2, "pageSize": 15})}),
            "JPaaS build/unit answer, page 2 (GET paramJson)",
        ),
        (
            "3_qingzhen_irs_page1.json",
            "https://www.gzqz.gov.cn/irs/front/list",
            "POST",
            json.dumps(irs).encode(),
            "TRS IRS answer (POST JSON body)",
        ),
        get(
            "3_yuanan_listdo_page1.json",
            "http://www.yuanan.gov.cn/openapi/info/list.do?channelId=fdzdgknr&pageNo=1&pageSize=12",
            "id-only list.do answer; URLs are built by detailUrl(id)",
        ),
        get(
            "4_yuanan_tzgg.html",
            "http://www.yuanan.gov.cn/tzgg/index.shtml",
            "通知公告 with onclick=opendetail('id') and the helper in the page",
        ),
        get(
            "4_jiangling_fzzfjs.html",
            "http://www.jiangling.gov.cn/zwgk/fzzfjs/",
            "法治政府建设 list with href=javascript:void(0) data-url=…",
        ),
        get(
            "4_shangyou_qtfdgkxx.html",
            "http://www.shangyou.gov.cn/syxxgk/fdzdgknr/qtfdgkxx/",
            "其他法定公开信息 as <tr onclick=window.open(…)> rows",
        ),
        get("5_sihong_report_p1.html", r("泗洪县-2023"), "report page 1 of 3, createPageHTML on the article"),
        get("5_sihong_report_p3.html", _report(web, "泗洪县-2023")["pages"][2], "report page 3 of 3"),
        get("5_xiayi_report_p1.html", r("夏邑县-2023"), "report page 1 of 4, plain 1 2 3 4 / 下一页 links"),
        get(
            "6_kailu_xgwz.html",
            "http://www.kailu.gov.cn/xgwz/12345678.html",
            "a page of the 相关文章 chain (trap): five links with new ids",
        ),
        get(
            "6_xiangshan_search.html",
            "http://www.xiangshan.gov.cn/jrobot/search.do?webid=330225&q=%E6%B3%95%E6%B2%BB&p=1",
            "search echoing its query, 相关搜索 links (trap)",
        ),
        get(
            "6_jiaocheng_print.html",
            "http://www.jiaocheng.gov.cn/print.jsp?docid=1&t=abc",
            "print view with rotating t (trap), no text of its own",
        ),
        get(
            "7_lvliang_wzq.html", "http://www.lvliang.gov.cn/wzq/", "吕梁市 网站群 page linking county sites"
        ),
        get("7_baise_home.html", "https://www.baise.gov.cn/", "百色市 home with a 县区政府网站 <select>"),
        get(
            "8_guanyang_sjwj_igs.json",
            "http://www.guanyang.gov.cn/igs/front/search/list.html?" + igs("37430"),
            "TRS IGS answer of 上级文件 with the 广西壮族自治区 report",
        ),
        get(
            "8_jiangling_sjwj.html",
            "http://www.jiangling.gov.cn/zcwj/sjwj/",
            "上级文件 with <li onclick=location.href=…> and the 荆州市 report",
        ),
        get("9_qinyuan_template.html", tpl["qinyuan"], "a 范文 without a place name, reposted (look-alike)"),
        get(
            "9_xiayi_template.html", tpl["xiayi"], 'a 范文 "2023年区五年…" reposted in 工作动态 (look-alike)'
        ),
    ]


def fetch(web: SimWeb, url: str, method: str, body: bytes) -> tuple[bytes, str]:
    walker = Walker(web)
    ctype = "application/json" if body.startswith(b"{") else ""
    status, data, res_type = walker.get(url, method, body, ctype)
    assert status == 200, (url, status)
    return data, res_type


def expected(web: SimWeb, url: str, data: bytes, ctype: str) -> list[str]:
    """JSON answers: every item URL; pages: the truth URLs linked, or unseeded county homes."""
    base = "/".join(url.split("/")[:3])
    if ctype.startswith("application/json"):
        value = json.loads(data)
        inner = value.get("data") or {}
        if "html" in inner:
            return [base + u for u in re.findall(r'href="([^"]+)"', inner["html"])]
        if "list" in inner:
            return [r["doc_pub_url"] for r in inner["list"]]
        if "page" in value:
            return [r["DOCPUBURL"] for r in value["page"]["content"]]
        return [
            f"{base}/zfxxgk/content/{r['infoId'][:6]}/{r['infoId']}.html" for r in value["result"]["records"]
        ]
    truth = {c["url"] for r in web.truth["reports"] for c in r["copies"]}
    truth |= {d["url"] for d in web.truth["lookalikes"]}
    unseeded = {f"http://{s['host']}/" for s in web.truth["sites"] if not s["seeded"]}
    walker = Walker(web)
    links = walker.links(url, walker.decode(data, ctype))
    return sorted({u for u in links if u in truth or u in unseeded})


def write(web: SimWeb | None = None) -> None:
    web = web or build_web(profile="kinds")
    write_pages(web, "kinds", OUT, entries(web), fetch, expected)


def write_pages(web: SimWeb, profile: str, out: Path, items: list, fetch_one, expect, note: str = "") -> None:
    """Save each entry's bytes under ``out`` and a README.md with, per file, what a crawler should
    find on it (``expect``), or the trap or look-alike it is."""
    out.mkdir(parents=True, exist_ok=True)
    lines = [
        f"# Saved pages of the `{profile}` profile",
        "",
        f'Bytes as served by `build_web(profile="{profile}")` (seed 0). File names are '
        f"`<kind>_<site>_<what>`. Written by `python -m simweb.{profile}.fixtures`; "
        f"`tests/test_simweb_{profile}.py` checks they still match the web.{note}",
        "",
        "| file | URL (method) | what | a crawler should find |",
        "| --- | --- | --- | --- |",
    ]
    copies = {c["url"] for r in web.truth["reports"] for c in r["copies"]}
    for name, url, method, body, what in items:
        data, ctype = fetch_one(web, url, method, body)
        (out / name).write_bytes(data)
        found = expect(web, url, data, ctype)
        trap = next((t for t in web.truth["traps"] if url.startswith(t)), "")
        look = next((d for d in web.truth["lookalikes"] if d["url"] == url), None)
        should = "<br>".join(found) or "no truth URL"
        if trap:
            should = f"trap `{trap}`: nothing to archive"
        elif look:
            should = f"a look-alike ({look['kind']}): nothing to archive"
        elif url in copies and profile != "kinds":
            should = f"itself (a report copy); {should}"
        call = f"{url} ({method}{' ' + body.decode() if body else ''})"
        lines.append(f"| `{name}` | {call} | {what} | {should} |")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
