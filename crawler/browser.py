"""A real browser for script challenges: whether there is one, and how Scrapy reaches it.

Script-challenge firewalls (`crawler.challenges`) hand out their cookie only to a client that
runs their script. The crawl passes them with the system's Chromium, driven by Playwright
through `scrapy-playwright`'s download handler; Playwright's own browser download cannot be
reached from many machines, so the system executable is launched (Debian's `chromium`).
`BROWSER_CHALLENGES` says whether: `auto` (the default) uses a browser when one is found,
`on` requires one, `off` never uses one. `configure_browser` settles it before the crawler is
made, since Scrapy's download handlers are fixed then; it returns the one line the crawl logs
about it.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import time
import urllib.request
from dataclasses import dataclass
from importlib.util import find_spec

from scrapy.settings import Settings

# Where distributions install Chromium, in the order they are tried.
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
# The browser context challenged hosts are loaded in, made on first use. Like Scrapy's own
# downloads, it does not check certificates.
CONTEXT = "challenges"
CONTEXT_OPTIONS = {"ignore_https_errors": True}
INSTALL_HINT = ("install Debian's chromium (`apt-get install chromium`) and `pip install -e .`, or "
                "give its path with -s BROWSER_EXECUTABLE=…")


class BrowserUnavailable(RuntimeError):
    """`BROWSER_CHALLENGES=on` but no browser can be driven."""


def find_chromium(configured: str = "") -> str | None:
    """The Chromium executable to launch: the configured path, or the first on `PATH`."""
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def _proxy_server() -> str | None:
    proxies = urllib.request.getproxies()
    return proxies.get("https") or proxies.get("http")


def configure_browser(settings: Settings) -> str:
    """Install the browser handler in `settings` when challenges are to be passed with one.

    Returns:
        The line to log: whether challenges will be passed, and with which executable.

    Raises:
        BrowserUnavailable: `BROWSER_CHALLENGES=on` and no browser can be driven.
    """
    mode = str(settings.get("BROWSER_CHALLENGES") or "auto").lower()
    if mode in ("off", "false", "0", "no"):
        settings.set("BROWSER_CHALLENGES", "off", priority="cmdline")
        return "Script challenges: not passed (BROWSER_CHALLENGES=off); challenged sites end 'blocked'"
    executable = find_chromium(settings.get("BROWSER_EXECUTABLE") or "")
    missing = ("scrapy-playwright is not installed" if find_spec("scrapy_playwright") is None
               else "no Chromium was found" if executable is None else None)
    if missing:
        if mode == "on":
            raise BrowserUnavailable(f"BROWSER_CHALLENGES=on but {missing}: {INSTALL_HINT}")
        settings.set("BROWSER_CHALLENGES", "off", priority="cmdline")
        return f"Script challenges: not passed ({missing}; {INSTALL_HINT}); challenged sites end 'blocked'"
    launch: dict = {"executable_path": executable, "headless": True}
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        launch["args"] = ["--no-sandbox"]  # Chromium refuses to run as root otherwise
    proxy = _proxy_server()
    if proxy:
        launch["proxy"] = {"server": proxy}
    handlers = {**settings.getdict("DOWNLOAD_HANDLERS"), "http": HANDLER, "https": HANDLER}
    settings.set("DOWNLOAD_HANDLERS", handlers, priority="cmdline")
    settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch, priority="cmdline")
    # The browser sends its own headers: its cookies are what the challenge's reload needs.
    settings.set("PLAYWRIGHT_PROCESS_REQUEST_HEADERS", None, priority="cmdline")
    settings.set("BROWSER_CHALLENGES", "on", priority="cmdline")
    return f"Script challenges: passed with the browser at {executable}, only on hosts that challenge"


@dataclass(frozen=True)
class EarnedAccess:
    """What a browser earned on a challenged host: its cookies and the user agent they go with."""

    cookies: dict[str, str]
    user_agent: str


# True once the page is no longer a challenge: it runs no script (robots.txt, a file), or it
# shows links or some text.
_CONTENT_SHOWN = ("() => !!document.body && (document.querySelector('script') === null"
                  " || document.querySelectorAll('a[href]').length > 0"
                  " || document.body.innerText.trim().length > 80)")


async def earn_access(page, wait_seconds: float) -> EarnedAccess:
    """Let the challenge's script run in `page` until the page shows content (at most
    `wait_seconds`), then take the cookies it earned; the page is closed."""
    if page is None:
        return EarnedAccess({}, "")
    from playwright.async_api import Error as PlaywrightError  # only where a browser runs

    try:
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            try:
                if await page.evaluate(_CONTENT_SHOWN):
                    break
            except PlaywrightError:
                pass  # the challenge's reload replaced the page's context: ask the new one
            await asyncio.sleep(0.2)
        cookies = await page.context.cookies(page.url)
        user_agent = await page.evaluate("navigator.userAgent")
    finally:
        await page.close()
    return EarnedAccess({cookie["name"]: cookie["value"] for cookie in cookies}, user_agent)
