"""Challenge sites: county portals behind script-challenge firewalls (瑞数 412, 加速乐 521, 网站卫士 200).

:func:`add_challenge_sites` adds five county sites to a built :class:`~.web.SimWeb` (any seed,
round or profile), each behind a firewall that answers every request of its host, robots.txt
included, with a challenge until the request carries a cookie that the challenge page's script
computes. The script is small and deterministic, but the value depends on a per-visit nonce and
goes through a hash (SHA-256, SHA-1 or MD5, written out in the page's JavaScript), so no regular
expression over the page produces it: a browser, or any JavaScript engine given ``document`` and
``location``, does. The server keeps each visit and checks the cookie against it. Behind the
challenge is a small ordinary site (home, 新闻动态 with three news items, a 法治政府建设 column with
two true reports, the older one with a PDF attachment), rendered by the fault sites' builder
(``faults.py``).

==========  =======================  =======================================================
kind        hosts                    what the firewall does (modelled on)
==========  =======================  =======================================================
``412``     www.jianhu.gov.cn (s),   瑞数 (River Security) Botgate. Status 412, ``Set-Cookie:
            www.youxian.gov.cn       FSSBBIl1UgzbN7N80S=<visit>`` (``…N443S`` on https), a page
                                     whose head holds ``<meta id="<site id>" content="<long
                                     token>" r="m">``, an inline ``$_ts.nsd``/``$_ts.cd`` script
                                     and an external ``/<dir>/c.<x>.<hex>.js`` (served without
                                     challenge); the body calls the external script's entry,
                                     which sets ``FSSBBIl1UgzbN7N80T`` (``…N443T``) to "0" + the
                                     SHA-256 of content, nsd, cd and host, and reloads.
``521``     www.xxs.gov.cn,          加速乐 (知道创宇 Jiasule), two rounds of 521. First:
            www.qinshui.gov.cn (s)   ``Set-Cookie: __jsluid_h=<32 hex>`` (``__jsluid_s`` on
                                     https) and ``<script>document.cookie=('_')+('_')+('j')+…
                                     ;location.href=location.pathname+location.search</script>``
                                     whose digits are obfuscated arithmetic (``(-~[]+'')`` is
                                     "1"), giving ``__jsl_clearance_s=<ts>.<ms>|-1|<sig>``.
                                     Second (with that cookie): a script with md5/sha1/sha256
                                     and ``go({"bts": [...], "chars": "...", "ct": "<hash>",
                                     "ha": "sha256", "tn": "__jsl_clearance_s", ...})``, which
                                     tries every two characters of ``chars`` between the two
                                     ``bts`` halves until the hash is ``ct``, sets the cookie
                                     ``<ts>.<ms>|0|<sig>`` and reloads. The hash is drawn per
                                     challenge.
``200``     www.fjtn.gov.cn          网站卫士 (知道创宇 wzws) style: status 200, ``Set-Cookie:
                                     wzws_cid=<hex>`` and a page that is only a script: it sums
                                     the character codes of ``wzwschallenge`` +
                                     ``wzwschallengex``, multiplies by ``hash_value``, adds
                                     111111, prefixes ``WZWS_CONFIRM_PREFIX_LABEL<n>``, sets
                                     ``wzwsconfirm`` to the MD5 of that and ``wzwstemplate`` to
                                     ``btoa(<n>)``, and reloads.
==========  =======================  =======================================================

(s): https; their http URLs 301 to https. The http hosts have no TLS: the proxy refuses their
CONNECT (502), so that a browser's HTTPS upgrade falls back to http as it does on the real
hosts. A request whose clearance cookie is missing, guessed, of another visit or expired
gets a fresh challenge (a new visit; on 521 hosts the ``__jsluid`` cookie stays and the two
rounds start again). A clearance serves ``max_uses`` requests (N, per site; pages, assets and
404s alike) or lasts ``max_age`` seconds (M, per site, measured with ``clock``), whichever ends
first; both are arguments of :func:`add_challenge_sites`. Cookies are not bound to the
User-Agent or the client address. Every visit is kept in memory by the site's gate (a bounded
number of them), for as long as the web object lives.

**robots.txt is behind the challenge** on every challenge host, like every other path: these
firewalls are reverse proxies in front of the whole host, and a challenge layer answers
robots.txt with its HTML challenge unless a rule exempts the path explicitly (the open issue
TecharoHQ/anubis#1865 shows a challenge proxy answering /robots.txt with a 202 challenge page;
wellcomecollection/wellcomecollection.org#13474 had to add an ``allow-robots-txt`` rule ahead
of its bot rules). Once passed it is ``Disallow: /search/`` (no page lives there).

Evidence, from public code and notes found with the project's search tool (reference only):
scrapers of 瑞数-protected sites (wenshu.court.gov.cn, app1.cfda.gov.cn, www.nhfpc.gov.cn,
chinadrugtrials) read ``//meta[@id="9DhefwqGPrzGxEp9hPaoag"]/@content`` and the
``<script type="text/javascript" r="m">`` code from the first answer, run it in a JavaScript
engine to get ``FSSBBIl1UgzbN7N80T`` and send it with the server's ``FSSBBIl1UgzbN7N80S``
(``N82S``/``N443S`` on other ports); a CDE WAF test fixture shows the external
``/4QbVtADbnLVIc/c.FxJzG50F.6152bb9.js?D9PVtGL=6152bb`` script; a crawler-notes page sums up 瑞数
as "first answer 412, the page is requested twice, cookies ``…S``/``…T``". For 加速乐: scrapers
(q1731748928/tuling ``图灵/爬虫15期进阶/逆向课/day21/04-加速乐请求.py`` and many others) do three
requests, ``re.search("document.cookie=(.*?);location")`` + eval, then
``re.findall(";go\\((.*?)\\)</script>")`` and a brute force over ``chars`` with
``ha`` in md5/sha1/sha256; a measured note on www.gsxt.gov.cn records "521, body 866 B, pure JS
``document.cookie=('_')+('_')+('j')+('s')+…``, changing the UA does not help"; cookie dumps
show ``__jsluid_h`` on http and ``__jsluid_s`` on https hosts and values
``1706868478.978|0|eKlX…%3D``; a captured ``go`` argument is ``{"bts": ["1714542141.604|0|y1V",
"2BUXThJU4u5DZnyknaWHEG48%3D"], "chars": "yK%jBlbzgKbwIsHlQFMmOf", "ct": "b739…",
"ha": "sha1", "is": true, "tn": "__jsl_clearance_s", "vt": "3600", "wt": "1500"}``. For wzws:
crawlers of jyt.ah.gov.cn and www.pbc.gov.cn carry ``wzws_cid``, ``wzwsconfirm``,
``wzwstemplate`` and ``wzwschallenge`` cookies, and the challenge script's
``QWERTASDFGXYSF(wzwschallenge, wzwschallengex, hash_value, WZWS_CONFIRM_PREFIX_LABEL)`` sums
character codes, multiplies by ``hash_value`` and adds 111111. Simplified here: the real 瑞数
code is a large obfuscated VM that also fingerprints the browser, the real wzws script goes
through a ``/WZWSRE…?wzwschallenge=`` URL before the page; ours computes one hash and reloads.

The county names, adcodes and hosts are real rows of ``gov_sites.csv`` that no other site of
the simulated web uses. The description :func:`add_challenge_sites` returns (also
``web.truth["challenges"]``) lists per host the kind, the firewall family, the cookie names,
N and M, and the report URLs that a crawl that passes the challenge must archive.
"""

from __future__ import annotations

import base64
import collections
import datetime as dt
import hashlib
import json
import random
import string
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from . import files
from .faults import COLUMN, FaultSite, FaultSiteBuilder, check_new_sites, seed_row
from .model import STATIC_TIME, Request, Resource
from .web import NOT_FOUND, SimWeb

CHALLENGE_KINDS = ("412", "521", "200")
FAMILIES = {"412": "ruishu", "521": "jiasule", "200": "wzws"}
ROBOTS = b"User-agent: *\nDisallow: /search/\n"
STYLE = b"body{margin:0;font-family:SimSun}"
MAX_VISITS = 4096  # visits a gate remembers; the oldest are forgotten first
LONG_COOKIE = 31536000  # Max-Age of the firewalls' own id cookies: a year
ALNUM = string.ascii_letters + string.digits


@dataclass(frozen=True)
class ChallengeSite(FaultSite):
    """A county site behind a challenge firewall; ``kind`` is the challenge's status."""

    max_uses: int = 40  # N: requests one clearance serves
    max_age: float = 3600.0  # M: seconds one clearance lasts


CHALLENGE_SITES = (
    ChallengeSite("412", "jianhu", "建湖县", "江苏省", "盐城市", "320925", "www.jianhu.gov.cn",
                  "https", max_uses=40, max_age=1800.0),
    ChallengeSite("412", "youxian", "游仙区", "四川省", "绵阳市", "510704", "www.youxian.gov.cn",
                  max_uses=8, max_age=600.0),
    ChallengeSite("521", "xiangxiang", "湘乡市", "湖南省", "湘潭市", "430381", "www.xxs.gov.cn",
                  max_uses=40, max_age=3600.0),
    ChallengeSite("521", "qinshui", "沁水县", "山西省", "晋城市", "140521", "www.qinshui.gov.cn",
                  "https", max_uses=8, max_age=3600.0),
    ChallengeSite("200", "taining", "泰宁县", "福建省", "三明市", "350429", "www.fjtn.gov.cn",
                  max_uses=12, max_age=1200.0),
)

# MD5, SHA-1 and SHA-256 of a string of byte-sized characters, as hex; what the challenge
# scripts run (Chromium has no crypto.subtle on plain-http pages). Checked against hashlib.
JS_HASHES = r"""
function _hx(h,le){var o="",i,b;for(i=0;i<h.length;i++)for(b=0;b<4;b++)
o+=("0"+((h[i]>>>(le?8*b:24-8*b))&255).toString(16)).slice(-2);return o;}
function _rl(x,n){return (x<<n)|(x>>>(32-n));}
function _wb(s){var m=[],i,l=s.length*8;
for(i=0;i<s.length;i++)m[i>>2]|=(s.charCodeAt(i)&255)<<(24-8*(i%4));
m[l>>5]|=128<<(24-l%32);m[((l+64>>9)<<4)+15]=l;return m;}
function md5(s){var m=[],l=s.length*8,h=[1732584193,-271733879,-1732584194,271733878],K=[],
S=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],i,j;
for(i=0;i<64;i++)K[i]=(Math.abs(Math.sin(i+1))*4294967296)|0;
for(i=0;i<s.length;i++)m[i>>2]|=(s.charCodeAt(i)&255)<<(8*(i%4));
m[l>>5]|=128<<(l%32);m[((l+64>>>9)<<4)+14]=l;
for(i=0;i<m.length;i+=16){var A=h[0],B=h[1],C=h[2],D=h[3],f,g,t,x;
for(j=0;j<64;j++){if(j<16){f=(B&C)|(~B&D);g=j;}else if(j<32){f=(D&B)|(~D&C);g=(5*j+1)%16;}
else if(j<48){f=B^C^D;g=(3*j+5)%16;}else{f=C^(B|~D);g=(7*j)%16;}
t=D;D=C;C=B;x=(A+f+K[j]+(m[i+g]|0))|0;B=(B+_rl(x,S[(j>>4)*4+j%4]))|0;A=t;}
h[0]=(h[0]+A)|0;h[1]=(h[1]+B)|0;h[2]=(h[2]+C)|0;h[3]=(h[3]+D)|0;}return _hx(h,1);}
function sha1(s){var m=_wb(s),h=[1732584193,-271733879,-1732584194,271733878,-1009589776],w=[],i,j;
for(i=0;i<m.length;i+=16){var A=h[0],B=h[1],C=h[2],D=h[3],E=h[4],f,k,t;
for(j=0;j<80;j++){w[j]=j<16?m[i+j]|0:_rl(w[j-3]^w[j-8]^w[j-14]^w[j-16],1);
if(j<20){f=(B&C)|(~B&D);k=1518500249;}else if(j<40){f=B^C^D;k=1859775393;}
else if(j<60){f=(B&C)|(B&D)|(C&D);k=-1894007588;}else{f=B^C^D;k=-899497514;}
t=(_rl(A,5)+f+E+k+w[j])|0;E=D;D=C;C=_rl(B,30);B=A;A=t;}
h[0]=(h[0]+A)|0;h[1]=(h[1]+B)|0;h[2]=(h[2]+C)|0;h[3]=(h[3]+D)|0;h[4]=(h[4]+E)|0;}return _hx(h);}
function sha256(s){var m=_wb(s),H=[],K=[],p=2,c=0,w=[],i,j;
for(;c<64;p++){for(j=2;j*j<=p;j++)if(p%j==0)break;
if(j*j>p){if(c<8)H[c]=(Math.pow(p,1/2)*4294967296)|0;K[c++]=(Math.pow(p,1/3)*4294967296)|0;}}
function r(x,n){return (x>>>n)|(x<<(32-n));}
for(i=0;i<m.length;i+=16){var a=H.slice(0);
for(j=0;j<64;j++){if(j<16)w[j]=m[i+j]|0;else{var x=w[j-15],y=w[j-2];
w[j]=(w[j-16]+(r(x,7)^r(x,18)^(x>>>3))+w[j-7]+(r(y,17)^r(y,19)^(y>>>10)))|0;}
var e=a[4],b=a[0],t1=a[7]+(r(e,6)^r(e,11)^r(e,25))+((e&a[5])^(~e&a[6]))+K[j]+w[j],
t2=(r(b,2)^r(b,13)^r(b,22))+((b&a[1])^(b&a[2])^(a[1]&a[2]));
a=[(t1+t2)|0].concat(a);a[4]=(a[4]+t1)|0;a.length=8;}
for(j=0;j<8;j++)H[j]=(H[j]+a[j])|0;}return _hx(H);}
""".strip()

# 加速乐's first round spells every character of the cookie; digits as arithmetic on JavaScript
# coercions (each evaluates to the digit as a string; checked by the tests through Node).
DIGIT_EXPRESSIONS = {
    "0": ("(~~[]+'')", "(~~{}+'')", "(+[]+'')", "(~~''+'')", "(~~false+'')"),
    "1": ("(-~[]+'')", "(-~{}+'')", "(+!+[]+'')", "(-~0+'')", "((+true)+'')", "(-~false+'')"),
    "2": ("(-~1+'')", "((1<<1)+'')", "(+!+[]*2+'')", "(-~[1]+'')"),
    "3": ("((2^1)+'')", "(1+2+'')", "(-~[2]+'')", "((1|2)+'')", "((1+[2]>>2)+'')"),
    "4": ("((1<<2)+'')", "((2)*[2]+'')", "(-~(3)+'')", "(2+2+'')"),
    "5": ("(2+3+'')", "(-~[4]+'')", "(-~(4)+'')", "(([2]+0>>2)+'')"),
    "6": ("([2]*(3)+'')", "((1+[2])/[2]+'')", "(-~[5]+'')", "(2+4+'')"),
    "7": ("(3+4+'')", "(1+6+'')", "(-~[6]+'')", "((1+[4]>>1)+'')"),
    "8": ("((1<<3)+'')", "((2)*[4]+'')", "(-~[7]+'')", "(3+5+'')"),
    "9": ("(1+[0]-(1)+'')", "(-~(8)+'')", "(1+8+'')", "(2+7+'')"),
}
HASHES = {"md5": hashlib.md5, "sha1": hashlib.sha1, "sha256": hashlib.sha256}


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("latin-1")).hexdigest()


def request_cookies(req: Request) -> dict[str, str]:
    """The request's cookies by name (the last of a repeated name wins)."""
    out: dict[str, str] = {}
    for key, value in req.headers.items():
        if key.lower() != "cookie":
            continue
        for part in value.split(";"):
            name, sep, val = part.strip().partition("=")
            if sep:
                out[name.strip()] = val.strip()
    return out


def obfuscate(text: str, rng: random.Random) -> str:
    """``text`` as 加速乐's first round writes it: ``('_')+('_')+…`` with arithmetic digits."""
    parts = [rng.choice(DIGIT_EXPRESSIONS[ch]) if ch in DIGIT_EXPRESSIONS else f"('{ch}')"
             for ch in text]
    return "+".join(parts)


def token(rng: random.Random, size: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(size))


@dataclass
class Visit:
    """One challenge handed out: what its script computes, when, and how often it was used."""

    expect: str  # the clearance value the page's script sets
    issued: float
    uses: int = 0
    first: str = ""  # 521: the first round's clearance ("…|-1|…")
    page: bytes = b""  # 521: the second round's page, the same while the visit lasts


class Gate:
    """The firewall of one host: answers challenges, checks cookies, serves the site behind.

    A handler (``web.prefix_handlers`` entry for ``/``) over the site's pages; subclasses say
    how a challenge looks and which cookies pass it.
    """

    def __init__(self, spec: ChallengeSite, pages: dict[str, Resource], seed: int,
                 clock: Callable[[], float], max_uses: int, max_age: float):
        self.spec, self.pages, self.clock = spec, pages, clock
        self.max_uses, self.max_age = max_uses, max_age
        self.https = spec.scheme == "https"
        self.site_rng = random.Random(f"{seed}|challenge|{spec.key}")  # fixed per site
        self.rng = random.SystemRandom()  # per visit: nonces nobody can replay
        self.visits: collections.OrderedDict[str, Visit] = collections.OrderedDict()
        self.lock = threading.Lock()

    # ------------------------------------------------------------------ shared
    def __call__(self, req: Request) -> Resource | None:
        if req.scheme != self.spec.scheme:
            return None  # an http-only host has no TLS: the proxy refuses the tunnel (502)
        with self.lock:
            return self.answer(req, request_cookies(req))

    def answer(self, req: Request, cookies: dict[str, str]) -> Resource:
        raise NotImplementedError

    def fresh(self, visit: Visit) -> bool:
        """Whether a visit's clearance still works (fewer than N uses, younger than M)."""
        return visit.uses < self.max_uses and self.clock() - visit.issued < self.max_age

    def remember(self, key: str, visit: Visit) -> None:
        self.visits[key] = visit
        self.visits.move_to_end(key)
        while len(self.visits) > MAX_VISITS:
            self.visits.popitem(last=False)

    def serve(self, req: Request, visit: Visit) -> Resource:
        """The page behind the firewall (a clearance use)."""
        visit.uses += 1
        return self.pages.get(req.path) or Resource(NOT_FOUND, status=404)

    def now_cst(self) -> dt.datetime:
        """The clock as China Standard Time without a zone (``Resource.modified``'s form)."""
        return dt.datetime.fromtimestamp(self.clock(), dt.UTC).replace(tzinfo=None) + \
            dt.timedelta(hours=8)

    def challenge(self, body: str, status: int, *cookies: str) -> Resource:
        headers = (*(("Set-Cookie", c) for c in cookies),
                   ("Cache-Control", "no-cache, no-store"), ("Pragma", "no-cache"))
        return Resource(body.encode(), "text/html; charset=utf-8", status=status,
                        headers=headers, modified=self.now_cst())

    def cookie_names(self) -> dict[str, str]:
        raise NotImplementedError


class RuishuGate(Gate):
    """瑞数: 412, ``…S`` from the server, ``…T`` from the external script."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        rng = self.site_rng
        port = "443" if self.https else "80"
        self.s_name, self.t_name = f"FSSBBIl1UgzbN7N{port}S", f"FSSBBIl1UgzbN7N{port}T"
        self.meta_id = token(rng, 22)
        self.entry = "_$" + token(rng, 2, string.ascii_letters)
        self.script = (f"/{token(rng, 13)}/c.{token(rng, 8)}."
                       f"{token(rng, 7, '0123456789abcdef')}.js")
        self.script_query = f"{token(rng, 7)}={token(rng, 6, '0123456789abcdef')}"

    def cookie_names(self) -> dict[str, str]:
        return {"server": self.s_name, "clearance": self.t_name}

    def external_script(self) -> bytes:
        """The static script every 412 page loads: computes the T cookie and reloads."""
        js = (f"(function(){{{JS_HASHES}\nwindow['{self.entry}']=function(){{"
              f"var m=document.getElementById('{self.meta_id}'),c=m.getAttribute('content'),"
              "t=window['$_ts']||{},p=location.protocol=='https:'?'443':'80';"
              "var v='0'+sha256(c+'|'+t.nsd+'|'+t.cd+'|'+location.host);"
              "if(m.parentNode)m.parentNode.removeChild(m);"
              "document.cookie='FSSBBIl1UgzbN7N'+p+'T='+v+'; path=/';"
              "location.replace(location.href);};})();\n")
        return js.encode()

    def answer(self, req: Request, cookies: dict[str, str]) -> Resource:
        if req.path == self.script:
            return Resource(self.external_script(), "application/javascript",
                            modified=STATIC_TIME)
        visit = self.visits.get(cookies.get(self.s_name, ""))
        if visit is not None and cookies.get(self.t_name) == visit.expect:
            if self.fresh(visit):
                return self.serve(req, visit)
            del self.visits[cookies[self.s_name]]  # expired: its cookies never work again
        rng = self.rng
        s_value = token(rng, 64, ALNUM + "._")
        content = token(rng, 180, ALNUM + "._")
        nsd, cd = rng.randint(10000, 99999), token(rng, 96, ALNUM + "_")
        expect = "0" + sha256_hex(f"{content}|{nsd}|{cd}|{self.spec.host}")
        self.remember(s_value, Visit(expect, self.clock()))
        body = (
            '<!DOCTYPE html>\n<html><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta http-equiv="Expires" content="0">\n'
            '<meta http-equiv="Cache-Control" content="no-cache">\n'
            '<meta http-equiv="Pragma" content="no-cache">\n'
            f'<meta id="{self.meta_id}" content="{content}" r="m">\n'
            f"<script type=\"text/javascript\" r=\"m\">$_ts=window['$_ts'];if(!$_ts)$_ts={{}};"
            f'$_ts.nsd={nsd};$_ts.cd="{cd}";</script>\n'
            f'<script type="text/javascript" charset="utf-8" src="{self.script}?'
            f'{self.script_query}" r="m"></script>\n</head>\n<body>\n'
            f'<script type="text/javascript" r="m">{self.entry}();</script>\n'
            "</body></html>\n")
        cookie = f"{self.s_name}={s_value}; Path=/; Max-Age={LONG_COOKIE}; HttpOnly"
        return self.challenge(body, 412, cookie)


class JiasuleGate(Gate):
    """加速乐: two rounds of 521 keyed by ``__jsluid``; the clearance ``__jsl_clearance_s``."""

    clearance = "__jsl_clearance_s"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.uid_name = "__jsluid_s" if self.https else "__jsluid_h"

    def cookie_names(self) -> dict[str, str]:
        return {"server": self.uid_name, "clearance": self.clearance}

    def signature(self) -> str:
        """A URL-quoted base64 signature like the real ones (``…%2F…%3D``)."""
        return quote(base64.b64encode(self.rng.randbytes(20)).decode(), safe="")

    def stamp(self) -> str:
        now = self.clock()
        return f"{int(now)}.{int(now * 1000) % 1000:03d}"

    def answer(self, req: Request, cookies: dict[str, str]) -> Resource:
        uid, clearance, now = cookies.get(self.uid_name, ""), cookies.get(self.clearance), \
            self.clock()
        visit = self.visits.get(uid)
        if visit is not None and ((visit.expect and not self.fresh(visit)) or (
                not visit.expect and now - visit.issued >= self.max_age)):
            visit = None  # the clearance, or the first round, expired: both rounds again
        if visit is not None and visit.expect and clearance == visit.expect:
            return self.serve(req, visit)
        if visit is not None and clearance == visit.first:
            if not visit.page:
                visit.expect, visit.page = self.second_round()
                visit.issued = now
            return self.challenge(visit.page.decode(), 521)
        # No cookie, a guessed or stale one: the first round (the same while it lasts).
        set_cookies = []
        if uid not in self.visits:
            uid = self.rng.randbytes(16).hex()
            set_cookies.append(f"{self.uid_name}={uid}; max-age={LONG_COOKIE}; path=/; HttpOnly")
        if visit is None:
            visit = Visit("", now, first=f"{self.stamp()}|-1|{self.signature()}")
        self.remember(uid, visit)
        spelled = obfuscate(f"{self.clearance}={visit.first}", self.rng)
        body = (f"<script>document.cookie={spelled}+';Max-age={int(self.max_age)}; path=/';"
                "location.href=location.pathname+location.search</script>")
        return self.challenge(body, 521, *set_cookies)

    def second_round(self) -> tuple[str, bytes]:
        """The clearance and the ``go({...})`` page of a second round."""
        rng = self.rng
        sig = self.signature()
        spots = [i for i in range(len(sig) - 1) if sig[i] in ALNUM and sig[i + 1] in ALNUM]
        at = rng.choice(spots)
        head, pair, tail = f"{self.stamp()}|0|{sig[:at]}", sig[at:at + 2], sig[at + 2:]
        chars = list(pair) + [rng.choice(ALNUM + "%") for _ in range(20)]
        rng.shuffle(chars)
        expect = head + pair + tail
        algorithm = rng.choice(sorted(HASHES))
        args = {"bts": [head, tail], "chars": "".join(chars),
                "ct": HASHES[algorithm](expect.encode()).hexdigest(), "ha": algorithm,
                "is": True, "tn": self.clearance, "vt": str(int(self.max_age)), "wt": "1500"}
        go = ("function go(c){var H={md5:md5,sha1:sha1,sha256:sha256}[c.ha],n=c.chars.length,"
              "i,j,v;for(i=0;i<n;i++)for(j=0;j<n;j++){v=c.bts[0]+c.chars[i]+c.chars[j]+c.bts[1];"
              "if(H(v)==c.ct){document.cookie=c.tn+'='+v+';Max-age='+c.vt+'; path=/';"
              "if(c.is)location.href=location.pathname+location.search;return v;}}"
              "setTimeout(function(){location.href=location.pathname+location.search;},+c.wt);"
              "return '';}")
        page = f"<script>{JS_HASHES}\n{go};go({json.dumps(args, separators=(',', ':'))})</script>"
        return expect, page.encode()


class WzwsGate(Gate):
    """网站卫士: 200 with a cookie-setting script and a reload; ``wzws_cid`` keys the visit."""

    cid = "wzws_cid"

    def cookie_names(self) -> dict[str, str]:
        return {"server": self.cid, "clearance": "wzwsconfirm"}

    def answer(self, req: Request, cookies: dict[str, str]) -> Resource:
        visit = self.visits.get(cookies.get(self.cid, ""))
        if visit is not None and cookies.get("wzwsconfirm") == visit.expect and \
                cookies.get("wzwstemplate") == visit.first:
            if self.fresh(visit):
                return self.serve(req, visit)
            del self.visits[cookies[self.cid]]
        rng = self.rng
        challenge, challenge_x = rng.randbytes(16).hex(), token(rng, 12)
        template, factor = rng.randint(1, 9), rng.randint(1000, 9999)
        label = f"WZWS_CONFIRM_PREFIX_LABEL{template}"
        total = sum(map(ord, challenge + challenge_x)) * factor + 111111
        expect = hashlib.md5(f"{label}{total}".encode()).hexdigest()
        cid = rng.randbytes(32).hex()
        self.remember(cid, Visit(expect, self.clock(),
                                 first=base64.b64encode(str(template).encode()).decode()))
        body = (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            '<meta http-equiv="Pragma" content="no-cache"></head>\n<body>\n'
            f'<script type="text/javascript">\n{JS_HASHES}\n'
            f'(function(){{var wzwschallenge="{challenge}",wzwschallengex="{challenge_x}",'
            f'template={template},hash_value={factor};'
            "function QWERTASDFGXYSF(){var t=wzwschallenge+wzwschallengex,h=0,i;"
            "for(i=0;i<t.length;i++)h+=t.charCodeAt(i);"
            "return 'WZWS_CONFIRM_PREFIX_LABEL'+template+(h*hash_value+111111);}"
            "document.cookie='wzwstemplate='+btoa(String(template))+'; path=/';"
            "document.cookie='wzwsconfirm='+md5(QWERTASDFGXYSF())+'; path=/';"
            "location.href=location.href;})();\n</script>\n</body></html>\n")
        return self.challenge(body, 200, f"{self.cid}={cid}; path=/; HttpOnly")


GATES: dict[str, type[Gate]] = {"412": RuishuGate, "521": JiasuleGate, "200": WzwsGate}


class ChallengeSiteBuilder(FaultSiteBuilder):
    """Renders the ordinary site behind a challenge: news, two reports (one with a PDF)."""

    def build(self) -> dict:
        self.add_news()
        _newest, older = self.add_reports()
        pdf = files.make_pdf(older.title, older.paras)
        href = older.path.rsplit("/", 1)[0] + f"/P0{older.pub:%Y%m%d}{next(self.uids)}.pdf"
        older.attachments.append((older.title + ".pdf", href))
        self.pages[href] = Resource(pdf, "application/pdf", modified=older.pub)
        for entry in self.reports:
            if entry["preferred_url"] == self.base + older.path:
                entry["copies"].append({"url": self.base + href, "kind": "pdf",
                                        "via": self.base + older.path, "text_layer": True,
                                        "findable": True})
        self.pages["/robots.txt"] = Resource(ROBOTS, "text/plain", modified=STATIC_TIME)
        self.pages["/css/style.css"] = Resource(STYLE, "text/css", modified=STATIC_TIME)
        self.render()
        return {"challenge": self.spec.kind, "family": FAMILIES[self.spec.kind],
                "reports": [r["preferred_url"] for r in self.reports], "site": self.spec.key,
                "name": self.name, "column": self.base + COLUMN}


def add_challenge_sites(web: SimWeb, sites: tuple[ChallengeSite, ...] = CHALLENGE_SITES, *,
                        clock: Callable[[], float] = time.time, max_uses: int | None = None,
                        max_age: float | None = None) -> dict:
    """Add the challenge sites to ``web``: gated pages, seed rows and truth.

    Args:
        web: a built web; call this before starting a ``SimServer`` on it.
        sites: the sites to add (default: two 412, two 521, one 200).
        clock: seconds since the epoch, for the clearances' age (a test passes its own).
        max_uses: N for every site instead of each site's own.
        max_age: M (seconds) for every site instead of each site's own.

    Returns:
        ``{host: {"challenge": "412"|"521"|"200", "family": "ruishu"|"jiasule"|"wzws",
        "reports": [URLs], "site": truth key, "name": county, "column": the 法治政府建设
        column's URL, "cookies": {"server": name, "clearance": name}, "max_uses": N,
        "max_age": M}}``, also stored as ``web.truth["challenges"]``; the reports join
        ``web.truth["reports"]``.
    """
    check_new_sites(web, sites, "challenge")
    out: dict[str, dict] = {}
    for spec in sites:
        builder = ChallengeSiteBuilder(web, spec)
        desc = builder.build()
        uses = spec.max_uses if max_uses is None else max_uses
        age = spec.max_age if max_age is None else max_age
        gate = GATES[spec.kind](spec, dict(builder.pages), web.seed, clock, uses, age)
        web.prefix_handlers.append((spec.host, "/", gate))
        if spec.scheme == "https":
            web.https_only.add(spec.host)
        out[spec.host] = {**desc, "cookies": gate.cookie_names(), "max_uses": uses,
                          "max_age": age}
        web.rows.append(seed_row(spec, builder.base))
        web.truth.setdefault("reports", []).extend(builder.reports)
    web.__dict__.pop("hosts", None)  # the cached host set is out of date
    web.truth.setdefault("challenges", {}).update(json.loads(json.dumps(out)))
    return out
