"""A small simulated web for the registry: a city portal that links its counties' sites.

濮阳市's portal lists its county sites in a `<select>` menu of 县区政府网站 and on a
网站群 page its footer links. Each county site shows its 网站标识码 (SiteIDCode). The truth
says which site belongs to which unit, and which matches must be refused as dubious:
台前县 is linked twice to two different sites, and the site linked as 濮阳县 shows the
code of 清丰县. The seed list also carries a deliberately wrong seed: 范县's URL points to
清丰县's site, which the crawl must flag.
"""

from __future__ import annotations

from simweb.model import Resource
from simweb.web import SimWeb

PORTAL = "www.puyang.gov.cn"
SITES = {
    # host: (name shown on the site, SiteIDCode or None)
    "www.hlq.gov.cn": ("华龙区人民政府", "4109020001"),
    "www.qingfeng.gov.cn": ("清丰县人民政府", "4109220001"),
    "www.nanle.gov.cn": ("南乐县人民政府", "4109230001"),
    "www.fanxian.gov.cn": ("范县人民政府", "4109260002"),
    "www.taiqian.gov.cn": ("台前县人民政府", None),
    "www.tq.gov.cn": ("台前县人民政府网", None),
    "www.pyx.gov.cn": ("濮阳县人民政府", "4109220001"),
}
EXPECTED = {
    "410922": ("confirmed", "http://www.qingfeng.gov.cn/"),
    "410923": ("confirmed", "http://www.nanle.gov.cn/"),
    "410926": ("confirmed", "http://www.fanxian.gov.cn/"),
    "410902": ("confirmed", "http://www.hlq.gov.cn/"),
    "410927": ("dubious", None),
    "410928": ("dubious", None),
}


def _page(title: str, body: str, code: str | None = None) -> Resource:
    meta = f'<meta name="SiteIDCode" content="{code}">' if code else ""
    html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{meta}'
            f"</head><body>{body}</body></html>")
    return Resource(html.encode("utf-8"))


def build_registry_web() -> SimWeb:
    """The portal, its 网站群 page, the county sites, and their seed rows."""
    web = SimWeb(seed=0, round=1)
    options = "".join(f'<option value="http://{host}/">{name.removesuffix("人民政府")}</option>'
                      for host, (name, _) in list(SITES.items())[:3])
    web.resources[(PORTAL, "/", "")] = _page(
        "濮阳市人民政府",
        '<div class="nav"><a href="/zwgk/">政务公开</a> <a href="/xwzx/">新闻中心</a></div>'
        f'<select onchange="window.open(this.value)"><option>县区政府网站</option>{options}</select>'
        '<div class="footer"><a href="/wzq.html">县区网站群</a> 网站标识码:4109000001</div>',
        "4109000001")
    web.resources[(PORTAL, "/wzq.html", "")] = _page(
        "县区网站群",
        '<ul><li><a href="http://www.fanxian.gov.cn/">范县</a></li>'
        '<li><a href="http://www.taiqian.gov.cn/">台前县</a></li>'
        '<li><a href="http://www.tq.gov.cn/">台前县人民政府网</a></li>'
        '<li><a href="http://www.pyx.gov.cn/">濮阳县</a></li>'
        '<li><a href="http://www.hlq.gov.cn/">华龙区</a></li></ul>')
    for host, (name, code) in SITES.items():
        footer = f"网站标识码:{code}" if code else "主办单位:" + name
        web.resources[(host, "/", "")] = _page(name, f"<h1>{name}</h1><p>{footer}</p>", code)
    for host in (PORTAL, *SITES):
        web.resources[(host, "/robots.txt", "")] = Resource(b"User-agent: *\nDisallow:\n",
                                                           "text/plain")
    web.rows = [
        {"name": "濮阳市", "url": f"http://{PORTAL}/", "level": "city", "province": "河南省",
         "city": "濮阳市", "adcode": "410900"},
        {"name": "华龙区", "url": "http://www.hlq.gov.cn/", "level": "county", "province": "河南省",
         "city": "濮阳市", "adcode": "410902"},
        # Deliberately wrong: 范县's seed points to 清丰县's site.
        {"name": "范县", "url": "http://www.qingfeng.gov.cn/", "level": "county",
         "province": "河南省", "city": "濮阳市", "adcode": "410926"},
        {"name": "清丰县", "url": "", "level": "county", "province": "河南省", "city": "濮阳市",
         "adcode": "410922"},
    ]
    web.truth = {"reports": [], "lookalikes": [], "robots_disallowed": [], "traps": []}
    return web


# --- sites that moved, a dead host, two candidates, and a seed list without codes ---

MOVED_FROM = "www.zx-old.gov.cn"  # 赵县's old host: 301 to www.zhaoxian.gov.cn
DEAD_HOST = "www.zanhuang-old.gov.cn"  # 赞皇县's old host: every connection reset
WRONG_HOST = "www.zd-wrong.gov.cn"  # 正定县's first candidate: shows 赵县's code
MOVES_UNITS = {"130133": "赵县", "130129": "赞皇县", "130123": "正定县"}


def build_moves_web():
    """Three sites of the base web reached the hard way, and the seed lists and registry.

    Returns:
        The web; seed rows without codes (name and URL, `alt_url` for 正定县); the same
        units' rows with codes and their right URLs; and the registry's rows (赞皇县's URL).
    """
    from simweb.web import build_web

    web = build_web()
    web.resources[(MOVED_FROM, "/", "")] = Resource(
        b"", status=301, headers=(("Location", "http://www.zhaoxian.gov.cn/"),))
    web.resources[(DEAD_HOST, "/", "")] = Resource(b"", fault="reset")
    web.resources[(DEAD_HOST, "/robots.txt", "")] = Resource(b"", fault="reset")
    web.resources[(WRONG_HOST, "/", "")] = _page(
        "县政府", "<h1>县政府</h1><p>网站标识码:1301330099</p>", "1301330099")
    for host in (MOVED_FROM, WRONG_HOST):
        web.resources[(host, "/robots.txt", "")] = Resource(b"User-agent: *\nDisallow:\n",
                                                           "text/plain")
    web.__dict__.pop("hosts", None)  # the host set is computed once: after these
    with_codes = [row for row in web.seed_rows() if row["adcode"] in MOVES_UNITS]
    without_codes = [
        {"name": "赵县人民政府", "url": f"http://{MOVED_FROM}/"},
        {"name": "赞皇县", "url": f"http://{DEAD_HOST}/", "province": "河北省"},
        {"name": "正定县人民政府", "url": f"http://{WRONG_HOST}/",
         "alt_url": "https://www.zhengding.gov.cn/"},
    ]
    registry = [{"adcode": "130129", "name": "赞皇县", "url": "http://www.zanhuang.gov.cn/",
                 "alt_url": ""}]
    return web, without_codes, with_codes, registry
