"""Every setting of the gov-reports crawl, in one place.

The first block is Scrapy's own settings, tuned for a polite broad crawl of slow government
sites: robots.txt obeyed, a descriptive User-Agent, a delay and AutoThrottle per host, and
the downloader-aware priority queue so that one busy host does not starve the others. The
second block is this project's own keys; override any of them with `-s KEY=VALUE`.
"""

from pathlib import Path

_PROJECT_ROOT = Path(__file__).resolve().parent.parent

# --- Scrapy --------------------------------------------------------------------------------

BOT_NAME = "gov_reports"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# Our `crawl` command reports an invalid seed file in one line instead of a traceback.
COMMANDS_MODULE = "crawler.commands"

# The "Mozilla/5.0 (compatible; …)" form well-behaved crawlers use: some county servers answer
# 403 to any agent without "Mozilla", and the crawler still names itself and its purpose.
USER_AGENT = (
    "Mozilla/5.0 (compatible; gov-reports/0.1; +https://github.com/gov-reports/gov-reports; "
    "archiving county rule-of-law reports for research; contact via the issue tracker)"
)
# The name robots.txt rules address this crawler by (`User-agent: gov-reports`).
ROBOTSTXT_USER_AGENT = "gov-reports"
ROBOTSTXT_OBEY = True

# Politeness: per host, one or two requests at a time, a second apart, slower if it strains.
CONCURRENT_REQUESTS = 64
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Scrapy starts this many tasks for the output of every response; a page yields a few
# requests and rarely an item, and the default of 100 costs more than the page's scheduling.
CONCURRENT_ITEMS = 4
DOWNLOAD_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024
DOWNLOAD_WARNSIZE = 20 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 10
METAREFRESH_ENABLED = True
METAREFRESH_MAXDELAY = 100
DNS_TIMEOUT = 20
# Names that resolve to loopback, private or link-local addresses are refused when the
# connection is made (crawler.targets); the proxies the environment names are exempt.
TWISTED_DNS_RESOLVER = "crawler.targets.PublicAddressResolver"
# True: let the crawl connect to non-public addresses (a crawl of an intranet mirror).
ALLOW_PRIVATE_TARGETS = False
# Script challenges (crawler.browser): auto passes them with a browser when one is found, on
# requires one, off never uses one. BROWSER_EXECUTABLE names the Chromium to launch.
BROWSER_CHALLENGES = "auto"
BROWSER_EXECUTABLE = ""
# Browser passes per challenged host (its cookies expire; it challenges again), and seconds a
# page may take to show content after its challenge.
BROWSER_PASSES_PER_HOST = 5
BROWSER_WAIT = 15.0

SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
REACTOR_THREADPOOL_MAXSIZE = 20
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
LOGSTATS_INTERVAL = 60.0
# Not Scrapy's hundred-line stats dump at the end: the crawl command prints a summary, and the
# full stats are kept in the archive (`crawls.stats`).
STATS_DUMP = False
FEED_EXPORT_ENCODING = "utf-8"

SPIDER_MIDDLEWARES = {
    # Link hops are limited by MAX_DEPTH below, which does not count the pages of a list;
    # Scrapy's depth middleware (DEPTH_LIMIT) would only wrap every request the spider yields.
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    # Puts the WARC capture of a kept response before the callback's outputs.
    "crawler.captures.CaptureMiddleware": 950,
}
DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt (100): a refused redirect target is not even asked for its robots.txt.
    "crawler.middlewares.TargetGuardMiddleware": 50,
    # Scrapy's, with an unreachable robots.txt logged in one line instead of a traceback.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsTxtMiddleware": 100,
    # Between MetaRefresh (580) and Redirect (600): follows window.location redirects.
    "crawler.middlewares.ScriptRedirectMiddleware": 585,
    # Answers reach it decompressed (HttpCompression, 590) and before the script-redirect
    # middleware: a challenge's reload is not a redirect.
    "crawler.middlewares.ScriptChallengeMiddleware": 588,
    # Before HttpCompression (590) undoes it: notes the Content-Encoding for the WARC record.
    "crawler.captures.ContentCodingMiddleware": 595,
}
ITEM_PIPELINES = {
    "pipelines.scrapy_pipelines.ExtractPipeline": 100,
    "pipelines.scrapy_pipelines.ClassifyPipeline": 200,
    "pipelines.scrapy_pipelines.ArchivePipeline": 300,
}
EXTENSIONS = {
    "crawler.extensions.ProgressLog": 500,
    "crawler.extensions.CollectorTuning": 510,
}

# --- gov-reports ---------------------------------------------------------------------------

# The SQLite archive the crawl writes.
ARCHIVE_PATH = str(_PROJECT_ROOT / "data" / "archive.db")
# When positive, the archive may not grow beyond this many bytes (a quota); a crawl that
# reaches it stops as it would on a full disk, keeping what it saved.
ARCHIVE_MAX_BYTES = 0
# Which fetches are kept as bytes in WARC files beside the archive (`archive-warc/` next to
# `archive.db`): `reports` (report candidates, their attachments and further pages, and the
# pages that link them), `all` (every page), `off`.
WARC_SCOPE = "reports"
# A WARC file rolls over once it reaches this many bytes.
WARC_MAX_BYTES = 1_000_000_000
# The seed list used when no `-a seeds=PATH` is given.
SEEDS_PATH = str(_PROJECT_ROOT / "data" / "seeds" / "default.csv")
# Every unit's known URLs (a seed list with `adcode`, `url`, `alt_url`): where a seed whose host
# is dead may be found instead.
SEED_REGISTRY_PATH = SEEDS_PATH
# Where `scrapy crawl gov_sites` writes the county sites it finds on city portals.
DISCOVERED_SEEDS_PATH = str(_PROJECT_ROOT / "data" / "seeds" / "discovered.csv")
# Requests per site, all kinds together.
MAX_PAGES_PER_SITE = 3000
# Link hops from the home page; pages of one list count as one hop.
MAX_DEPTH = 8
# Links scoring at least this go straight to the queue; weaker ones wait in reserve.
FOCUS_MIN_SCORE = 20
# Requests per site spent on reserve links once the focused links are exhausted.
FALLBACK_PAGES_PER_SITE = 120
# The same, once a link to a report has been seen on the site.
FALLBACK_PAGES_AFTER_REPORT = 20
# Pages followed in one paginated list.
MAX_LIST_PAGES = 60
# Variants of one path that differ only in their query.
MAX_QUERY_VARIANTS = 200
# Variants of one calendar-like path (date parameters).
MAX_CALENDAR_VARIANTS = 8
# Articles (links that name no report) and weak pages fetched per URL shape (host and path with
# its numbers masked): a news section, a related-articles chain, a print view with a rotating
# parameter, a calendar by path each get this many requests at most.
MAX_PAGES_PER_SHAPE = 20
# Largest web page downloaded, in bytes; documents may be as large as DOWNLOAD_MAXSIZE.
PAGE_MAXSIZE = 8 * 1024 * 1024
# Lists are not paged past items older than this year.
OLDEST_REPORT_YEAR = 2015
# Worker processes that extract text from pages and files while the crawl goes on fetching;
# -1: one fewer than the machine's cores (at most 4), 0: extract in the crawl process.
EXTRACT_PROCESSES = -1
# OCR of report candidates that only OCR can read (scanned PDFs, articles of page images).
# It runs in its own worker processes, on one thread each, so that a long scan does not hold
# up the extraction of other documents; at most OCR_MAX_PAGES pages of a document are read.
OCR_ENABLED = True
OCR_PROCESSES = 1
OCR_MAX_PAGES = 30
# Worker processes that parse fetched pages and score their links, so that the reactor thread
# only fetches and schedules; -1: one per spare core (at most 2), 0: parse in the crawl process.
PARSE_PROCESSES = -1
# Seconds between progress lines in the log.
PROGRESS_INTERVAL = 30.0
# Python's garbage-collector thresholds during a crawl (its defaults: 700, 10, 10), after
# start-up objects are frozen; empty to leave the collector alone. See CollectorTuning.
GC_THRESHOLDS = [20000, 20, 100]
