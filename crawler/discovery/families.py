"""CMS families: how each kind of site lists its articles and pages its lists.

Every family is a small strategy with `matches(page)`, `links(page)` and `next_pages(page, links)`;
`families_for(page)` returns those that match, the generic one always last. The generic
family reads `<a>` links, frames and click handlers, and ordinary next-page links. TRS WCM
writes its page links with a `createPageHTML(...)` script; Hanweb JCMS keeps list records
in a `<datastore>` script and serves older ones from `dataproxy.jsp`; ASP.NET and JSP lists
post a form for each page; Guangdong's gkmlpt catalogue names its categories in a script
config and serves their lists from an API; an RSS or Atom feed is a list. Families only parse:
they return `PageRequest`s and the spider turns them into requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from crawler.discovery.answers import (
    bump_offset,
    find_number,
    json_fragments_and_records,
    more_pages,
    next_api_page,
    next_page_url,
    routed_records,
)
from crawler.discovery.apis import (
    API_OWN_PAGE_KEYS,
    API_PAGE_COUNT_KEYS,
    API_PAGE_KEYS,
    API_SIZE_KEYS,
    API_TOTAL_KEYS,
    PAGE_IN_PATH,
    answer_cipher,
    computes_headers,
    csrf_headers,
    element_values,
    find_api_calls,
    inline_element_reads,
)
from crawler.discovery.apps import AppModel, hash_routes, is_app_shell
from crawler.discovery.clicks import Helper
from crawler.discovery.feeds import FEED_TYPES, feed_items, feed_links, is_feed
from crawler.discovery.gkmlpt import read_catalogue
from crawler.discovery.links import (
    Link,
    document_base,
    is_pagination_text,
    links_from_anchors,
    links_from_embeds,
    links_in_markup,
    score_link,
)
from crawler.discovery.pagers import (
    NextPage,
    form_page,
    helper_pager_pages,
    may_call_page_function,
    may_page_by_script,
    may_write_pager,
    may_write_pager_markup,
    pager_calls,
    postback_page,
    script_pager_pages,
)
from crawler.discovery.pages import page_title
from crawler.discovery.sandbox import (
    ListCall,
    ScriptedList,
    SentRequest,
    answered_request,
    asked_at_load,
    called_pages,
    dwr_interfaces,
    dwr_stand_ins,
    frame_sources,
    list_calls,
    page_elements,
    page_number_in,
    page_request,
    pager_pages,
    written_pages,
)
from crawler.discovery.scripted import NEXT_DATA_ID, data_islands, markup_fragments, may_hold_links, next_data
from crawler.discovery.sitescripts import has_empty_list
from crawler.discovery.templates import ItemTemplate, find_item_templates, is_template_block, render_records
from crawler.discovery.trees import node_link_templates, tree_children, tree_sources
from crawler.discovery.urls import host_of, registrable_domain
from vocabulary.keywords import NEXT_PAGE_TEXTS, PAGE_PARAMS
from vocabulary.patterns import JS_NAME


@dataclass(frozen=True)
class Page:
    """A fetched HTML (or XML) page as the families see it."""

    url: str
    text: str
    selector: Selector
    # The form a POSTed page (a Hanweb dataproxy call) was requested with.
    form: tuple[tuple[str, str], ...] = ()
    # A JSON answer: its value, and the JSON body the request sent (empty: none).
    data: object = None
    body_sent: str = ""
    # How the page that asked for a JSON answer writes its records into list items.
    item_templates: tuple[ItemTemplate, ...] = ()
    # The URL-building helpers of the site's script files, by name (`sitescripts`).
    site_helpers: tuple[tuple[str, Helper], ...] = ()
    # What the script files of the site's app shell define (`apps.AppParts`).
    site_app: tuple = ()
    # How the asking page decrypts a list API's answers (`apis.answer_cipher`), when it does.
    cipher: tuple = ()
    # How the asking page's script asks for the list's next page, run in the sandbox.
    scripted_list: ScriptedList | None = None
    # The cookies the page's scripts see (`document.cookie`): a CSRF token they send back.
    cookies: str = ""


@dataclass(frozen=True)
class PageRequest:
    """A request a family wants made: the next page of a list, or a data proxy call."""

    url: str
    method: str = "GET"
    formdata: tuple[tuple[str, str], ...] = ()
    page_number: int = 1
    kind: str = "list"  # list, dataproxy, api
    # A JSON body to POST (a list API that takes JSON), instead of a form.
    body: str = ""
    # The CMS says how many pages there are (TRS page count, Hanweb record total): the walk
    # cannot run away, so it need not stop at the first page without new items.
    bounded: bool = False
    # For a list API: how the asking page writes the answer's records into list items.
    item_templates: tuple[ItemTemplate, ...] = ()
    # Headers the asking page's script adds to its requests (a CSRF token from its `<meta>`).
    headers: tuple[tuple[str, str], ...] = ()
    # How the asking page decrypts the answers (`apis.answer_cipher`): () when it need not.
    cipher: tuple = ()
    # For a list the page's script asks for with values only running it gives (a signature):
    # how it asks for this page (`sandbox.ScriptedList`), so that the next is asked alike.
    scripted_list: ScriptedList | None = None


# A list page has at least this many dated items.
MIN_DATED_ITEMS = 3
# An axios instance: its calls' URLs and headers are known only by running the page.
AXIOS_INSTANCE = "axios.create("
# A page that loads a DWR engine: its list calls are methods of the classes it loads
# (`sandbox.dwr_interfaces`).
DWR_ENGINE = "/engine.js"
# A list file numbered by its page: `list1.html`, `list_2.shtml`, `page-3.htm`.
_NUMBERED_LIST = re.compile(r"/(?:list|page)[_-]?(\d{1,3})\.s?html?$", re.I)


class SiteFamily:
    """The generic behaviour; subclasses add what their CMS does differently."""

    name = "generic"

    def matches(self, page: Page) -> bool:
        """Whether this family's markup is on the page."""
        return True

    def links(self, page: Page) -> list[Link]:
        """Every link on the page worth scoring."""
        return []

    def next_pages(self, page: Page, links: list[Link] | None = None) -> list[PageRequest]:
        """Further pages of the list shown on this page; `links` are this family's links of
        the page when the caller has them already."""
        return []

    def own_links(self, page: Page, links: list[Link] | None) -> list[Link]:
        """This family's links of the page: `links` if given, else read."""
        return self.links(page) if links is None else links


class ScriptMarkupFamily(SiteFamily):
    """Links inline scripts hold: the markup `document.write` and kin write, and the records
    of data islands (`var listData = [{title, url}]`), read as a JSON answer's (`scripted`).

    A server-rendered app's state (`window.__NUXT__`) lists records without URLs; the site's
    app files say which page a record opens (`"/detail/" + t.id`) and which query parameter
    its pager sets (`$router.push({query: {page: t}})`), and the state's page number and
    total bound the list. A Next.js page's later pages come from its data route; a zTree whose
    click handler opens lists is asked for as a list whose nodes that handler makes links."""

    name = "script_markup"

    def matches(self, page: Page) -> bool:
        return page.data is None and (may_hold_links(page.text) or _unfilled_frames(page))

    def links(self, page: Page) -> list[Link]:
        root = page.selector.root
        base = document_base(root, page.url)
        fragments = markup_fragments(root)
        links: list[Link] = []
        if _unfilled_frames(page):
            # A frame whose document the page's script names (`frm.setAttribute("src", …)`):
            # part of the page, as a frame's document is.
            inline = [script.text for script in root.iter("script") if not script.get("src") and script.text]
            links += [Link(url, "", framed=True)
                      for url in frame_sources(inline, page.url, page_elements(root))]
        islands = data_islands(root)
        # A catalogue tree loaded level by level: its first level, named as the page is (asked
        # as a list instead when its click handler makes the nodes links: `next_pages`).
        title = page_title(page.selector) or ""
        if not _node_templates(page):
            links += [Link(url, title) for url, _ in tree_sources(islands, base)]
        paths = _app_model(page).record_paths if page.site_app else ()
        nextjs = next_data(root)
        if nextjs is not None:
            islands = [*islands, nextjs.get("props")]
        for island in islands:
            markup, records = json_fragments_and_records(island, base)
            fragments += markup
            records += routed_records(island, paths, base)
            links += [Link(record.url, record.title, record.date) for record in records]
        for fragment in fragments:
            links.extend(links_in_markup(fragment, base))
        return links

    def next_pages(self, page: Page, links: list[Link] | None = None) -> list[PageRequest]:
        nextjs = next_data(page.selector.root) if NEXT_DATA_ID in page.text else None
        if nextjs is not None:
            return _next_data_pages(nextjs, page.url)
        templates = _node_templates(page)
        if templates:
            base = document_base(page.selector.root, page.url)
            own = tuple(replace(template, base=page.url) for template in templates)
            return [PageRequest(url, kind="api", bounded=True, item_templates=own)
                    for url, _ in tree_sources(data_islands(page.selector.root), base)]
        islands = data_islands(page.selector.root)
        if len(self.own_links(page, links)) >= MIN_DATED_ITEMS:
            # A paginator's data on the page names its next page (`"next_page_url": "…?page=2"`).
            for island in islands:
                if (url := next_page_url(island, page.url)) is not None:
                    number = find_number(island, API_OWN_PAGE_KEYS) or 1
                    return [PageRequest(url, page_number=number + 1, bounded=True)]
        key = _app_model(page).page_query_key if page.site_app else None
        if key is None:
            return []
        for island in islands:
            number = find_number(island, API_OWN_PAGE_KEYS)
            pages = find_number(island, API_PAGE_COUNT_KEYS)
            total, size = find_number(island, API_TOTAL_KEYS), find_number(island, API_SIZE_KEYS)
            if pages is None and total is not None and size:
                pages = -(-total // size)
            if number is not None and pages is not None:
                if number >= pages:
                    return []
                return [PageRequest(_with_param(page.url, key, number + 1), page_number=number + 1,
                                    bounded=True)]
        return []


def _next_data_pages(nextjs: dict, url: str) -> list[PageRequest]:
    """The next page of the list a Next.js page renders on the server (`getServerSideProps`),
    as its router asks for it: `/_next/data/<buildId>/<path>.json?<query>&page=2`, while the
    page props' total allows."""
    props = nextjs.get("props", {}).get("pageProps") if isinstance(nextjs.get("props"), dict) else None
    build = nextjs.get("buildId")
    if not isinstance(props, dict) or not isinstance(build, str) or not build:
        return []
    key = next((name for name, value in props.items() if name in API_OWN_PAGE_KEYS
                and isinstance(value, int) and not isinstance(value, bool)), None)
    total, size = find_number(props, API_TOTAL_KEYS), find_number(props, API_SIZE_KEYS)
    pages = find_number(props, API_PAGE_COUNT_KEYS) or (-(-total // size) if total and size else None)
    if key is None or pages is None or props[key] >= pages:
        return []
    parts = urlsplit(url)
    query = {**{k: str(v) for k, v in (nextjs.get("query") or {}).items() if isinstance(v, (str, int))},
             **dict(parse_qsl(parts.query)), key: str(props[key] + 1)}
    path = f"/_next/data/{build}{parts.path.rstrip('/') or '/index'}.json"
    return [PageRequest(urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), "")), kind="api",
                        page_number=props[key] + 1, bounded=True)]


def _node_templates(page: Page) -> tuple[ItemTemplate, ...]:
    """How the page's tree makes its nodes links (`trees.node_link_templates`), if it has one."""
    if "onClick" not in page.text:
        return ()
    root = page.selector.root
    return node_link_templates([script.text for script in root.iter("script")
                                if not script.get("src") and script.text]) if hasattr(root, "iter") else ()


def _app_model(page: Page) -> AppModel:
    return AppModel.from_parts(page.site_app)


class GenericFamily(SiteFamily):
    """Plain HTML: anchors, frames, click handlers, and `?page=N` or 下一页 paging."""

    name = "generic"

    def links(self, page: Page) -> list[Link]:
        site_helpers = dict(page.site_helpers)
        return (links_from_anchors(page.selector, page.url, site_helpers=site_helpers)
                + links_from_embeds(page.selector, page.url, site_helpers))

    def next_pages(self, page: Page, links: list[Link] | None = None) -> list[PageRequest]:
        following = _rel_next(page)
        if following is not None and sum(1 for link in self.own_links(page, links)
                                         if link.date) >= MIN_DATED_ITEMS:
            # `<link rel="next">`: the list's next page as the page itself names it.
            return [PageRequest(following, page_number=page_number_in(page.url, following))]
        # Script pagers number their pages in the query; walk on only while the page lists
        # dated items, so that an empty page ends the walk.
        current = _page_param(page.url)
        query = parse_qsl(urlsplit(page.url).query, keep_blank_values=True)
        offset = bump_offset(query) if current is None else None  # a 加载更多 answer's URL
        posted = bool(page.form or page.body_sent)
        numbered = _NUMBERED_LIST.search(urlsplit(page.url).path) if not query and not posted else None
        paged = current is not None or offset is not None or posted or numbered is not None
        if not paged or "dataproxy" in page.url:
            return []
        own = self.own_links(page, links)
        dated = sum(1 for link in own if link.date)
        if dated < MIN_DATED_ITEMS:
            return []
        if numbered is not None:
            # A list file numbered by its page (`list1.html`) whose pager a script draws from a
            # count it fetches: the next file, as long as the list shows new items.
            if any(is_pagination_text(link.text) for link in own):
                return []  # its pager is links, followed as such
            number = int(numbered.group(1)) + 1
            path = urlsplit(page.url).path
            url = urljoin(page.url, path[:numbered.start(1)] + str(number) + path[numbered.end(1):])
            return [PageRequest(url, page_number=number)]
        if current is None and offset is None:
            # A list API's HTML answer to a POST: the page number is in the form or body.
            following = next_api_page(page.url, "POST", page.form, page.body_sent, None, shown=dated)
            if following is None:
                return []
            (url, method, form, body), number, _ = following
            return [PageRequest(url, method, form, page_number=number, kind="api", body=body)]
        if offset is not None:
            pairs, number = offset
            return [PageRequest(urlunsplit((*urlsplit(page.url)[:3], urlencode(pairs), "")),
                                page_number=number)]
        name, number = current
        return [PageRequest(_with_param(page.url, name, number + 1), page_number=number + 1)]


class FormPagerFamily(SiteFamily):
    """Lists paged by posting a form (ASP.NET `__doPostBack`, `goPage(n)`), or by a pager a
    script writes from a page count (`crawler.discovery.pagers`)."""

    name = "form_pager"

    def matches(self, page: Page) -> bool:
        return page.data is None and ("__doPostBack" in page.text or ".submit(" in page.text
                                      or may_write_pager(page.text) or may_call_page_function(page.text)
                                      or may_page_by_script(page.text) or may_write_pager_markup(page.text))

    def next_pages(self, page: Page, links: list[Link] | None = None) -> list[PageRequest]:
        root = page.selector.root
        if not hasattr(root, "iter"):
            return []
        found: list[NextPage] = []
        if "__doPostBack" in page.text:
            found += filter(None, [postback_page(root, page.url, page.form)])
        elif ".submit(" in page.text:
            found += filter(None, [form_page(root, page.url, page.form)])
        scripts = [script.text or "" for script in root.iter("script") if not script.get("src")]
        if may_write_pager(page.text):
            found += script_pager_pages(scripts, page.url, page.text)
        if may_call_page_function(page.text):
            found += helper_pager_pages(root, scripts, page.url)
        writes_markup = may_write_pager_markup(page.text) and not _has_next_link(root)
        if not found and not may_page_by_script(page.text) and not writes_markup \
                and not may_call_page_function(page.text):
            return []
        # Only a list is paged: an empty page ends the walk.
        if sum(1 for link in links_from_anchors(page.selector, page.url) if link.date) < MIN_DATED_ITEMS:
            return []
        if not found:
            # A pager plugin whose callback goes to the page it is given, or a 转到 box, run in
            # the sandbox.
            handlers = [element.get("onclick") for element in root.iter()
                        if isinstance(element.tag, str) and element.get("onclick")]
            elements = page_elements(root)
            pages = pager_pages([script for script in scripts if script.strip()], page.url,
                                elements, handlers) if may_page_by_script(page.text) else []
            if not pages and may_call_page_function(page.text):
                # Pager links calling a page function the static reader could not follow
                # (`go(n) { location.href = tpl.replace('{n}', n); }`): each call run.
                pages = called_pages(scripts, page.url, elements, pager_calls(root))
            if not pages and writes_markup:
                # A pager the scripts write as markup (`el.innerHTML = h`).
                pages = written_pages(scripts, page.url, elements)
            found += [NextPage(url, "GET", (), number, bounded=len(pages) > 1) for url, number in pages]
        return [PageRequest(n.url, n.method, n.form, page_number=n.page_number, bounded=n.bounded)
                for n in found]


class TrsFamily(SiteFamily):
    """TRS WCM: `createPageHTML(pages, current, "index", "html")` writes the page links.

    Variants put a div id first and the record count last, pass the values in variables
    (`createPageHTML(_nPageCount, _nCurrIndex, ...)`), or count pages from 1, in which case
    the second page may be `index_2.html` rather than `index_1.html`.
    """

    name = "trs"
    # `createPageHTML(…)`, also called `createPage(…)` on some city platforms (重庆).
    _CALL = re.compile(r"\bcreatePage(?:HTML)?\s*\(([^)]*)\)")
    _EXTENSIONS = ("html", "htm", "shtml", "jhtml")

    def matches(self, page: Page) -> bool:
        return "createPage" in page.text

    def _resolve(self, text: str, arg: str) -> str:
        """The value of a script variable passed as an argument, or the argument itself."""
        arg = arg.strip().strip("'\"")
        if JS_NAME.fullmatch(arg) and arg.lower() not in self._EXTENSIONS:
            value = re.search(rf"\b{re.escape(arg)}\s*=\s*['\"]?([\w.]+)['\"]?\s*[;,\n]", text)
            if value:
                return value.group(1)
        return arg

    def next_pages(self, page: Page, links: list[Link] | None = None) -> list[PageRequest]:
        # The call with the list's values (the page may also define the function itself).
        match = next((m for m in self._CALL.finditer(page.text)
                      if not page.text[max(0, m.start() - 9):m.start()].rstrip().endswith("function")),
                     None)
        if not match:
            return []
        args = [self._resolve(page.text, a) for a in match.group(1).split(",")]
        numbers = [int(a) for a in args if re.fullmatch(r"\d+", a)]
        strings = [a for a in args if a and not re.fullmatch(r"\d+", a)]
        extension = next((s for s in strings if s.lower() in self._EXTENSIONS), None)
        if len(numbers) < 2 or extension is None:
            return []
        position = strings.index(extension)
        prefix = strings[position - 1] if position > 0 else "index"
        total, current = numbers[0], numbers[1]
        if re.search(rf"{re.escape(prefix)}_\d+\.{extension}$", urlsplit(page.url).path):
            # Every page of the list is known from its first page; later pages add nothing.
            return []
        # On its first page a list counted from 0 says 0, and its second page is `_1`. One
        # that says 1 is counted from 1 on some sites (second page `_2`) and names its files
        # from 0 on others (`_1`): both are asked for, one request more than either needs.
        last_file = total - 1 if current == 0 else total
        base = page.url.rsplit("/", 1)[0] + "/"
        return [
            PageRequest(urljoin(base, f"{prefix}_{number}.{extension}"),
                        page_number=number + 1, bounded=True)
            for number in range(1, last_file + 1)
        ]


class HanwebFamily(SiteFamily):
    """Hanweb JCMS: list records in `<datastore>`, older ones from `dataproxy.jsp`."""

    name = "hanweb"
    _RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
    _NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[(.*?)\]\]>", re.S | re.I)
    _TOTAL = re.compile(r"(?:totalRecord|totalrecord|total_record)\s*[:=>]\s*['\"]?(\d+)", re.I)
    _PERPAGE = re.compile(r"\bperPage\s*[:=]\s*['\"]?(\d+)", re.I)
    _PROXY_URL = re.compile(r"\bproxyUrl\s*:")
    # `dataproxy.jsp`, and `morecolumndataproxy.jsp` (one list of several columns).
    _PROXY = re.compile(r"(/module/(?:web/)?jpage/(\w*)dataproxy\.jsp)")
    PROXY_PARAMS = ("col", "appid", "webid", "path", "columnid", "sourceContentType", "unitid",
                    "webname", "permissiontype")
    RECORDS_PER_CALL = 60

    def matches(self, page: Page) -> bool:
        return "<datastore" in page.text or "dataproxy.jsp" in page.text

    def links(self, page: Page) -> list[Link]:
        links: list[Link] = []
        for record in self._RECORD.findall(page.text):
            links.extend(links_in_markup(record, page.url))
        return links

    def _param(self, text: str, name: str) -> str | None:
        """A parameter's value in the page's script: quoted (a list of column ids may hold
        commas), or bare."""
        match = re.search(rf"""\b{name}\s*[:=]\s*(?:'([^'<>]*)'|"([^"<>]*)"|([^'",&\s}}<]*))""", text, re.I)
        return next((group for group in match.groups() if group is not None), None) if match else None

    def next_pages(self, page: Page, links: list[Link] | None = None) -> list[PageRequest]:
        if urlsplit(page.url).path.endswith("dataproxy.jsp"):
            return self._more_from_proxy(page)
        nextgroup = self._NEXTGROUP.search(page.text)
        # A jpage call that names its proxy (`jpage({proxyUrl: '…/dataproxy.jsp', ajaxParam: {…}})`)
        # asks it as the plugin does, by record range; the group link is for those that do not.
        if nextgroup and not self._PROXY_URL.search(page.text):
            href = re.search(r"""href\s*=\s*['"]([^'"]+)['"]""", nextgroup.group(1))
            # A bare proxy path carries no parameters; build the call from the page's script.
            if href and "dataproxy.jsp" in href.group(1) and "columnid=" in href.group(1).lower():
                return [PageRequest(urljoin(page.url, href.group(1)), kind="dataproxy", page_number=2,
                                    bounded=True)]
        proxy = self._PROXY.search(page.text)
        if not proxy and "<datastore" not in page.text:
            return []
        params = {name: self._param(page.text, name) for name in self.PROXY_PARAMS}
        column = re.search(r"/col/col(\d+)/", page.url)
        if not params["columnid"] and column:
            params["columnid"] = column.group(1)
        if not params["columnid"]:
            return []
        defaults = {"col": "1", "appid": "1", "path": "/", "sourceContentType": "1",
                    "permissiontype": "0"}
        form = tuple((k, v if v else defaults.get(k, "")) for k, v in params.items()
                     if v or k in defaults)
        total = self._TOTAL.search(page.text)
        total_records = int(total.group(1)) if total else None
        perpage = int(self._PERPAGE.search(page.text).group(1)) if self._PERPAGE.search(page.text) else 15
        path = proxy.group(1) if proxy else "/module/jpage/dataproxy.jsp"
        base = urljoin(page.url, path)
        if path.startswith("/module/web/") and not proxy.group(2) and not self._PROXY_URL.search(page.text):
            query = urlencode([("page", "1"), *form])
            return [PageRequest(f"{base}?{query}", kind="dataproxy", page_number=1, bounded=True)]
        return [self._proxy_request(base, form, 1, perpage, total_records)]

    def _proxy_request(self, base: str, form: tuple[tuple[str, str], ...], start: int,
                       perpage: int, total: int | None) -> PageRequest:
        end = start + self.RECORDS_PER_CALL - 1
        if total is not None:
            end = min(end, max(total, start))
        query = urlencode([("startrecord", start), ("endrecord", end), ("perpage", perpage)])
        return PageRequest(f"{base}?{query}", method="POST", formdata=form, kind="dataproxy",
                           page_number=(start // self.RECORDS_PER_CALL) + 1, bounded=True)

    def _more_from_proxy(self, page: Page) -> list[PageRequest]:
        """Continue a dataproxy walk while the answer says more records exist."""
        total = self._TOTAL.search(page.text)
        if not total:
            return []
        total_records = int(total.group(1))
        query = dict(parse_qsl(urlsplit(page.url).query))
        if "page" in query:
            number = int(query["page"])
            shown = len(self._RECORD.findall(page.text))
            if not shown or number * max(shown, 1) >= total_records:
                return []
            query["page"] = str(number + 1)
            parts = urlsplit(page.url)
            return [PageRequest(urlunsplit((*parts[:3], urlencode(query), "")), kind="dataproxy",
                                page_number=number + 1, bounded=True)]
        end = int(query.get("endrecord", 0))
        if end >= total_records or not end:
            return []
        base = page.url.split("?", 1)[0]
        perpage = int(query.get("perpage", 15))
        return [self._proxy_request(base, page.form, end + 1, perpage, total_records)]


def _rel_next(page: Page) -> str | None:
    """The URL a page names as its list's next page in `<link rel="next">`, on its own host."""
    root = page.selector.root
    if not hasattr(root, "iter"):
        return None
    for element in root.iter("link"):
        if "next" in (element.get("rel") or "").lower().split() and element.get("href"):
            url = urljoin(page.url, element.get("href").strip())
            if urlsplit(url).netloc == urlsplit(page.url).netloc and url != page.url:
                return url
    return None


def _page_param(url: str) -> tuple[str, int] | None:
    for name, value in parse_qsl(urlsplit(url).query):
        if name in PAGE_PARAMS and value.isdigit():
            return name, int(value)
    return None


def _with_param(url: str, name: str, value: int) -> str:
    """`url` with its query parameter `name` set to `value` in place, added if it has none."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, str(value) if k == name else v) for k, v in pairs]
    if all(k != name for k, _ in pairs):
        query.append((name, str(value)))
    return urlunsplit((*parts[:3], urlencode(query), ""))


class ScriptApiFamily(SiteFamily):
    """Column pages whose scripts fetch the list from a JSON API (JPaaS, IRS, IGS, …).

    The first page of each list is asked for here; the answers page on by themselves
    (`JsonAnswerFamily`).
    """

    name = "script_api"
    MARKERS = ("queryData", "querydata", "$.ajax", "$.post", "$.get", "jQuery.ajax", "jQuery.post",
               "jQuery.get", "fetch(", "axios.", ".open(", ".load(", "serverSide")

    def matches(self, page: Page) -> bool:
        return page.data is None and (any(marker in page.text for marker in self.MARKERS)
                                      or DWR_ENGINE in page.text)

    def next_pages(self, page: Page, links: list[Link] | None = None) -> list[PageRequest]:
        requests = []
        root = page.selector.root
        scripts = list(root.iter("script")) if hasattr(root, "iter") else []
        tags = [dict(script.attrib) for script in scripts] if scripts else None
        text = inline_element_reads(page.text, root)
        calls = find_api_calls(text, page.url, tags, element_values(text, root))
        # Run in the sandbox: what the readers could not make, or could not page on from the
        # answer (a page number in the path of a call with a body, `/article/{page}/15`).
        # (An axios instance's base URL and interceptors, too: `axios.create({baseURL})`.)
        needs_run = (not calls or computes_headers(text) or AXIOS_INSTANCE in text
                     or any(PAGE_IN_PATH in call.url for call in calls))
        run = _sandbox_calls(page, scripts) if needs_run else []
        templates = _item_templates(scripts) if calls or run else ()
        headers = csrf_headers(root) if calls or run else ()
        cipher = (answer_cipher(text) or ()) if calls or run else ()
        # The requests the page's scripts made when run stand for the calls read from them to
        # the same endpoints: they carry what only running the scripts gives (a signature).
        endpoints = {urlsplit(call.request.url)[:3] for call in run}
        calls = [call for call in calls if urlsplit(call.request(1)[0])[:3] not in endpoints
                 and not (run and AXIOS_INSTANCE in text)]
        own = tuple(replace(template, base=page.url) for template in templates)
        for call in run:
            sent = call.request
            given = tuple(replace(template, defaults=call.bound) for template in own) if call.bound else own
            requests.append(_sent_request(sent, 1, True, given, (*headers, *sent.headers), cipher,
                                          call.pages))
        for call in calls:
            url, method, form, body = call.request(1)
            # A function's arguments the items may name (`'&newType=' + t`), as the call has them.
            given = tuple((name, str(value)) for name, value in call.bound)
            own = tuple(replace(template, defaults=given) for template in templates) if given else templates
            if call.item_scripts:
                own = find_item_templates(list(call.item_scripts)) + own
            # The items' relative URLs are the asking page's, as its script writes them there.
            own = tuple(replace(template, base=page.url) for template in own)
            requests.append(PageRequest(url, method, form, page_number=1, kind="api", body=body,
                                        bounded=True, item_templates=own, headers=headers, cipher=cipher))
        return requests


def _unfilled_frames(page: Page) -> bool:
    """Whether the page has a frame without a document of its own and scripts that may set one."""
    root = page.selector.root
    if "frame" not in page.text or not hasattr(root, "iter"):
        return False
    sources = [(frame.get("src") or "").strip() for frame in root.iter("iframe", "frame")]
    if not any(not source or source.startswith("about:") for source in sources):
        return False
    return any("src" in (script.text or "") for script in root.iter("script") if not script.get("src"))


def _has_next_link(root) -> bool:
    """Whether the page's markup holds a next-page link (not one its scripts write)."""
    return any("".join(anchor.itertext()).strip() in NEXT_PAGE_TEXTS for anchor in root.iter("a"))


def _sandbox_calls(page: Page, scripts: list) -> list[ListCall]:
    """The list requests the page's inline scripts make when run (`sandbox`): those a page
    function makes with a page number, or that carry one."""
    inline = [script.text for script in scripts if not script.get("src") and script.text]
    # The classes of a DWR engine the page loads are defined as their interface files would.
    sources = [urljoin(page.url, script.get("src")) for script in scripts if script.get("src")]
    interfaces = dwr_interfaces(sources)
    if interfaces:
        inline.insert(0, dwr_stand_ins(interfaces))
    elif not any(marker in script for script in inline for marker in ScriptApiFamily.MARKERS):
        return []
    elements = page_elements(page.selector.root, page.cookies)
    calls = list_calls(inline, page.url, elements)
    paged = [call for call in calls if call.pages is not None or _carries_page(call.request)]
    if paged or not calls or not _awaits_its_list(page):
        return paged
    # Only a request the page makes as it loads, without a page number (a configuration that
    # names the list's API, `fetch("/static/config/site.json").then(…)`): asked, and its
    # answer given to the scripts, which then ask for the list (`JsonAnswerFamily`).
    first = calls[0].request
    same_site = registrable_domain(host_of(first.url)) == registrable_domain(host_of(page.url))
    if first.method != "GET" or not same_site:
        return []
    return [ListCall(first, asked_at_load(inline, page.url, elements))]


def _awaits_its_list(page: Page) -> bool:
    """Whether the page is a list page whose list is still to come: an empty list element and
    no list of dated links (not an article whose script counts a visit)."""
    root = page.selector.root
    dated = sum(1 for link in links_from_anchors(page.selector, page.url) if link.date)
    return has_empty_list(root) and dated < MIN_DATED_ITEMS


def _sent_request(sent: SentRequest, number: int, bounded: bool, templates: tuple, headers: tuple,
                  cipher: tuple, scripted: ScriptedList | None) -> PageRequest:
    """The list API request a page's script made in the sandbox, as a family asks for it."""
    return PageRequest(sent.url, sent.method, sent.form, page_number=number, kind="api",
                       body="" if sent.form else sent.body, bounded=bounded, item_templates=templates,
                       headers=headers, cipher=cipher, scripted_list=scripted)


def _carries_page(sent: SentRequest) -> bool:
    pairs = [*parse_qsl(urlsplit(sent.url).query), *sent.form]
    return any(key in API_PAGE_KEYS for key, _ in pairs)


def _item_templates(scripts: list) -> tuple[ItemTemplate, ...]:
    """The item templates of a page's inline scripts and template blocks."""
    code, blocks = [], []
    for script in scripts:
        if script.get("src"):
            continue
        text = script.text or ""
        (blocks if is_template_block(script.get("type")) else code).append(text)
    return find_item_templates(code, blocks)


class JsonAnswerFamily(SiteFamily):
    """A list API's JSON answer: HTML fragments and records in it, and its next page."""

    name = "json_answer"

    def matches(self, page: Page) -> bool:
        return page.data is not None

    def links(self, page: Page) -> list[Link]:
        fragments, records = json_fragments_and_records(page.data, page.url)
        links = [Link(record.url, record.title, record.date) for record in records]
        if not page.item_templates:
            links += tree_children(page.data, page.url)  # with templates: asked as lists (`next_pages`)
        for fragment in fragments:
            links.extend(links_in_markup(fragment, page.url))
        # Records without a URL: the items the asking page's script (or the site's app)
        # would have written.
        templates = page.item_templates or _app_item_templates(page)
        items = render_records(page.data, templates)
        if items:
            helpers = dict(templates[0].helpers)
            # One list element per item, so that each item's date is read beside its link.
            markup = "".join(f"<li>{item}</li>" for item in items)
            links.extend(links_in_markup(markup, templates[0].base or page.url, helpers))
        elif page.site_app:
            # Records the site's app opens by a path built from a field (`"/detail/" + t.id`).
            links += [Link(record.url, record.title, record.date)
                      for record in routed_records(page.data, _app_model(page).record_paths, page.url)]
        return links

    def next_pages(self, page: Page, links: list[Link] | None = None) -> list[PageRequest]:
        if page.item_templates and (children := tree_children(page.data, page.url)):
            # A tree's parent nodes, asked with the templates that make their children links.
            return [PageRequest(child.url, kind="api", bounded=True, item_templates=page.item_templates)
                    for child in children]
        method = "POST" if page.form or page.body_sent else "GET"
        shown = len({link.url for link in self.own_links(page, links)})
        following = next_api_page(page.url, method, page.form, page.body_sent, page.data, shown=shown)
        if page.scripted_list is not None:
            if not shown and (fed := answered_request(page.scripted_list, page.url, page.text)):
                # An answer without items that the script uses to ask for its list (a token):
                # the request it then makes is the list's.
                sent, scripted = fed
                return [_sent_request(sent, scripted.number, True, page.item_templates, sent.headers,
                                      page.cipher, scripted)]
            return self._scripted_next(page, following, shown)
        if following is None:
            # A paginator that names its next page rather than numbering it (`"next": "…"`).
            url = next_page_url(page.data, page.url) if shown >= MIN_DATED_ITEMS else None
            if url is None:
                return []
            number = (find_number(page.data, API_OWN_PAGE_KEYS) or 1) + 1
            return [PageRequest(url, page_number=number, kind="api", bounded=True,
                                item_templates=page.item_templates, cipher=page.cipher)]
        (url, method, form, body), number, bounded = following
        return [PageRequest(url, method, form, page_number=number, kind="api", body=body,
                            bounded=bounded, item_templates=page.item_templates, cipher=page.cipher)]

    @staticmethod
    def _scripted_next(page: Page, following, shown: int) -> list[PageRequest]:
        """The next page of a list the page's script asks for, asked again as it asks
        (`loadList(n + 1)`, signature and all), while the answer's count allows: the page number
        in the request (`next_api_page`), else the page function's own."""
        scripted = page.scripted_list.following()
        if scripted.at_load:
            # No page function to call again: the next page as the request names it.
            if following is None:
                return []
            (url, method, form, body), number, bounded = following
            return [PageRequest(url, method, form, page_number=number, kind="api", body=body,
                                bounded=bounded, item_templates=page.item_templates, cipher=page.cipher,
                                scripted_list=scripted)]
        if following is not None:
            _, number, bounded = following
        else:
            number = scripted.number
            more = more_pages(page.data, number, shown)
            if more is False or not shown:
                return []
            bounded = more is True
        sent = page_request(scripted)
        if sent is None:
            return []
        return [_sent_request(sent, number, bounded, page.item_templates, sent.headers, page.cipher,
                              scripted)]


def _app_item_templates(page: Page) -> tuple[ItemTemplate, ...]:
    """How the site's app makes a record a link, when the site is an app with columns."""
    if not page.site_app:
        return ()
    app = AppModel.from_parts(page.site_app)
    return app.item_templates(page.url) if app.columns or app.file_templates else ()


class AppShellFamily(SiteFamily):
    """An app's empty shell, read with its script files (`apps`): a link to each column's list
    API, named as the app's configuration names the column, so that it is scored as the
    column link a browser would show. The answers page on by themselves (`JsonAnswerFamily`).
    """

    name = "app_shell"

    def matches(self, page: Page) -> bool:
        return page.data is None and bool(page.site_app) and is_app_shell(page.selector.root)

    def links(self, page: Page) -> list[Link]:
        app = AppModel.from_parts(page.site_app)
        routes = hash_routes(page.selector.root, page.url)
        links = app.column_links(page.url) + app.route_links(page.url, routes)
        return sorted(links, key=lambda link: -score_link(link).score)


class GkmlptFamily(SiteFamily):
    """Guangdong's 政府信息公开目录 (`/gkmlpt/index`): `window._CONFIG` names the site id and
    the category tree; each category's list comes from `/gkmlpt/api/all/<id>?page=&sid=`.

    Each category becomes a link to its list's first page, named as the tree names it, so
    that it is scored as the column link it would be in a browser: the relevant categories
    are fetched first, the others kept in the site's reserve. The answers page on by their
    total (`JsonAnswerFamily`).
    """

    name = "gkmlpt"

    def matches(self, page: Page) -> bool:
        return page.data is None and "_CONFIG" in page.text and "TREE" in page.text

    def links(self, page: Page) -> list[Link]:
        catalogue = read_catalogue(page.text)
        if catalogue is None:
            return []
        links = [Link(catalogue.api_url(page.url, category), category.name)
                 for category in catalogue.categories]
        # Most relevant first: a site takes only so many column links of one URL shape.
        return sorted(links, key=lambda link: -score_link(link).score)


class FeedFamily(SiteFamily):
    """RSS and Atom feeds: every item is a dated link. On an HTML page, the feeds it announces."""

    name = "feed"

    def matches(self, page: Page) -> bool:
        return page.data is None and (is_feed(page.text) or any(
            marker in page.text for marker in (*FEED_TYPES, ".xml", "/rss", "/feed")))

    def links(self, page: Page) -> list[Link]:
        if is_feed(page.text):
            return [Link(item.url, item.title, item.date) for item in feed_items(page.text, page.url)]
        root = page.selector.root
        if not hasattr(root, "iter"):
            return []
        title = next((element.text or "" for element in root.iter("title")), "")
        return [Link(feed.url, feed.name, listing=True) for feed in feed_links(root, page.url, title)]


FAMILIES: tuple[SiteFamily, ...] = (JsonAnswerFamily(), AppShellFamily(), GkmlptFamily(), FeedFamily(),
                                    ScriptApiFamily(), TrsFamily(), HanwebFamily(), FormPagerFamily(),
                                    ScriptMarkupFamily(), GenericFamily())


def families_for(page: Page) -> list[SiteFamily]:
    """The families whose markup is on the page, most specific first, generic last."""
    return [family for family in FAMILIES if family.matches(page)]
