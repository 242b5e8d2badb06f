"""What the crawler looks for in links and URLs, kept as data.

Each list pairs a word or URL fragment with a weight. Link scoring (`discovery.links`) adds up
the weights of what a link's text, title, image alt text and URL contain; the spider fetches
the highest-scoring links of a site first and keeps the rest in reserve. Change the crawl's
focus here, not in the code. A link text names a report with the title words of
`vocabulary.lexicon` (REPORT_SUBJECTS, REPORT_FORMS, the look-alike markers), the same words
the classifier reads titles with.
"""

import re

from vocabulary.patterns import ATTACHMENT_URL_SUFFIX, YEAR_DIGITS

# Column names, weighted by how directly they lead to the report.
COLUMN_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("法治政府建设年度报告", 90),
    ("法治政府建设情况报告", 90),
    ("法治政府建设", 80),
    ("法治政府", 75),
    ("法治建设", 70),
    ("依法行政", 65),
    ("法治报告", 70),
    ("年度报告", 60),
    ("工作报告", 60),
    ("工作总结", 45),
    ("年度计划工作总结", 50),
    ("法治规划", 45),
    ("法定主动公开内容", 55),
    ("法定主动公开", 55),
    ("主动公开", 45),
    ("其他法定公开信息", 50),
    ("重点领域信息公开", 45),
    ("重点领域", 35),
    ("政府信息公开", 50),
    ("信息公开", 40),
    ("政务公开", 45),
    ("部门信息公开", 35),
    ("司法局", 35),
    ("规划计划", 40),
    ("通知公告", 40),
    ("公示公告", 30),
    ("政策文件", 30),
    ("政府文件", 25),
    ("专题专栏", 40),
    ("专题", 25),
    ("县区政府", 30),
    ("区县政府", 30),
    ("县(市、区)", 25),
    ("县市区", 25),
    ("年报", 40),
)
# URL fragments (slugs of real sites), weighted likewise.
URL_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("fzzfjsndbg", 90),
    ("fzzfjsbg", 90),
    ("qzffzzfjsbg", 90),
    ("fzzfjs", 80),
    ("fzzf", 70),
    ("fzjs", 65),
    ("yfxz", 60),
    ("ndbg", 50),
    ("gzbg", 50),
    ("fdzdgknr", 55),
    ("zfxxgk", 50),
    ("xxgk", 45),
    ("zwgk", 40),
    ("zdlyxxgk", 45),
    ("ztzl", 35),
    ("tzgg", 35),
    ("ghjh", 35),
    ("zcwj", 25),
    ("/gk/", 30),
    ("gkml", 35),
    ("public", 20),
)
# Sections that never hold reports: fetched last, if at all.
AVOID_WORDS = (
    "图片",
    "视频",
    "视听",
    "直播",
    "访谈",
    "互动",
    "留言",
    "信箱",
    "咨询",
    "投诉",
    "征集",
    "调查",
    "办事",
    "服务",
    "招聘",
    "招标",
    "采购",
    "登录",
    "注册",
    "English",
    "旅游",
    "天气",
    "便民",
    "下载中心",
    "人事任免",
    "领导",
    "机构",
    "概况",
    "简介",
    "地图",
    "无障碍",
    "关怀版",
    "长者",
    "繁體",
    "繁体",
    "手机版",
    "移动版",
    "网站地图",
    "联系我们",
    "收藏",
    "设为首页",
    "打印",
    "关闭",
)
AVOID_URL_PARTS = (
    "/video",
    "/tpxw",
    "/spxw",
    "/photo",
    "/hdjl",
    "/zxft",
    "/wsdc",
    "/bsfw",
    "/zwfw",
    "/bmfw",
    "/login",
    "/english",
    "/en/",
    "mailto:",
    "javascript:",
    "tel:",
)
# Plain news: worth little, but reports do turn up in 通知公告 next to news.
NEWS_WORDS = ("新闻", "动态", "要闻", "资讯", "工作动态", "部门动态", "乡镇动态", "媒体")
# Forms of documents: a link text of some length that names one is a document's title, and
# a look-alike marker in it (lexicon.LOOKALIKE_TITLE_MARKERS) means the link is skipped. A
# column named with a marker (政府信息公开) names no form and is still followed.
DOCUMENT_FORMS = ("报告", "通知", "方案", "要点", "解读", "规划", "意见", "会议", "公告", "计划")
# Text that introduces a page's breadcrumb ("您当前的位置: 首页 > 政务公开 > …").
BREADCRUMB_WORDS = ("当前位置", "您的位置", "现在的位置")

# URL shapes of article pages (as opposed to columns and lists) across CMS families.
ARTICLE_URL = re.compile(
    rf"/t{YEAR_DIGITS}\d{{4}}_\d+|/art/{YEAR_DIGITS}/|show\.aspx?\?|content_\d+|post_\d+|/\d{{6,}}\.s?html?$"
    r"|detail|article|/info/\d+/\d+|\.jhtml$|/\d{8}/\w+\.s?html?$"
)

# Links to documents (patterns.ATTACHMENT_EXTENSIONS) and to the download scripts that serve them.
ATTACHMENT_URL = re.compile(
    rf"{ATTACHMENT_URL_SUFFIX.pattern}|downfile\.jsp|download\.jsp|/download\?|fileDownload",
    re.I,
)
# Non-page resources never worth a request.
SKIP_EXTENSIONS = (
    "jpg", "jpeg", "png", "gif", "bmp", "webp", "svg", "ico", "css", "js", "mp4", "mp3",
    "avi", "flv", "wmv", "swf", "zip", "rar", "7z", "xls", "xlsx", "ppt", "pptx", "apk",
    "exe", "txt", "xml", "json", "woff", "woff2", "ttf",
)

# Words that name a page, link or table row as a feed (RSS订阅): its `.xml` links are lists.
# Not among AVOID_WORDS: a feed index leads to whole columns, so it is an unknown column.
FEED_WORDS = ("RSS", "Atom", "订阅")

# Copies of a page that we skip when the original is reachable.
MIRROR_URL = re.compile(r"/gate/big5/|/big5/|[?&]print=|/print/|printContent|/wza/|/jgb/|/lhb/", re.I)
MIRROR_WORDS = ("繁體", "繁体", "無障礙", "无障碍", "关怀版", "長者", "长者", "打印", "English")

# Query parameters that identify a session or a click, not a page.
TRACKING_PARAMS = frozenset((
    "jsessionid", "sid", "sessionid", "session_id", "phpsessid", "aspsessionid", "cfid",
    "cftoken", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "spm",
    "from", "share", "isappinstalled", "_t", "timestamp", "rnd", "random", "v", "ver",
    "clickid", "wxshare", "scene",
))
# Parameter names of calendars and date browsers: their variants are a trap.
CALENDAR_PARAMS = frozenset((
    "date", "day", "month", "year", "y", "m", "d", "ym", "riqi", "calendar", "cal", "week",
    "begindate", "enddate", "startdate", "starttime", "endtime",
))
# Site search pages: secondary routes, never crawled.
SEARCH_URL = re.compile(
    r"/(?:search|was5|igs/front/search|jsearchfront|s\.jsp|search\.jsp|fulltext)|[?&](?:q|searchword|"
    r"keyword|keywords|searchWord|query|wd|kw)=",
    re.I,
)

# Link texts that lead to the next page of a list.
NEXT_PAGE_TEXTS = ("下一页", "下页", "后页", "下一頁", "next", "Next", ">", "›", "»", ">>", "＞")
# The other link texts of a pager. 首页 is left out: it is the home link of every breadcrumb
# as often as a first page.
OTHER_PAGER_TEXTS = ("尾页", "末页", "最后一页", "上一页", "上页", "前页")
# Texts of a list row's action link (its title sits elsewhere in the row or card): the
# link is named by the row's words instead. Compared without brackets and arrows.
ITEM_ACTION_TEXTS = frozenset(("查看", "详情", "查看详情", "详细", "详细内容", "详细信息", "阅读全文",
                               "全文", "查看全文", "点击查看", "阅读", "浏览", "下载", "附件下载",
                               "Read more"))
# Texts of a box's "more" link, which leads to the column the box shows a few items of: the
# link is named by the box's heading. Compared without brackets, arrows and "+".
MORE_LINK_TEXTS = frozenset(("更多", "查看更多", "更多信息", "更多内容", "更多新闻", "more", "More",
                             "MORE"))
# Query parameters that number the pages of a list.
PAGE_PARAMS = ("page", "pageIndex", "pageNo", "pageNum", "pn", "p", "curpage", "currpage", "currPage",
               "currentPage", "pagenum", "pageno", "cur_page", "PageIndex", "Page")

# Links on a city portal that lead to the directory of its counties' sites.
SITE_DIRECTORY_WORDS = ("县区网站", "县区政府", "区县政府", "县市区", "县(市、区)", "网站群", "政府网站",
                        "友情链接", "县区门户", "区县门户", "各县区", "县区导航", "区县导航")

# Script redirects on home pages: to a literal URL, not to one the script computes
# (`self.location = "/?security_verify_data=" + stringToHex(…)`, a challenge's).
SCRIPT_REDIRECT = re.compile(
    r"""(?:window\.|self\.|top\.|document\.)?location(?:\.href)?\s*=\s*["']([^"']+)["'](?!\s*\+)"""
    r"""|location\.(?:replace|assign)\(\s*["']([^"']+)["']\s*\)""",
    re.I,
)

# Characters that OpenCC's traditional-to-simplified conversion changes but that simplified
# place names keep: 乾安县 (吉林), 乾县 (陕西) would become 干安县, 干县.
KEPT_IN_PLACE_NAMES = frozenset("乾")

# What an app's mount element shows until the app runs: 正在加载…, 加载中, Loading….
APP_LOADING_WORDS = ("加载", "载入", "请稍候", "loading")
