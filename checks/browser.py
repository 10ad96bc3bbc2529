#!/usr/bin/env python3
"""Browser checks of a built Warta site that Swift tests cannot make (they cannot assume Chromium):

  1. search: on a news page, type "syarat pkh" into the header's search box, submit, and find the
     PKH programme page among the results Pagefind's index gives the search page;
  2. phone menu without JavaScript: at 360 px with scripts disabled the menu is hidden, and a
     click on its "Menu" button shows it.

    ~/.cache/sitecheck/venv/bin/python checks/browser.py output --base-path /dinsos/ [--shots docs/screenshots]

The site is served over HTTP from 127.0.0.1 under the base path, as it is deployed. Uses the
Debian Chromium and chromedriver that ../shared/tools/install.sh installs. --shots also writes
the search results page at 360 and 1280 px. Exit code 1 when a check fails.
"""
import argparse
import base64
import functools
import http.server
import os
import shutil
import sys
import threading
import time

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download a driver

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def serve(root, base_path):
    """The site at http://127.0.0.1:PORT<base_path>; anything else is a 404."""
    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path):
            path = path.split("?", 1)[0].split("#", 1)[0]
            if not path.startswith(base_path):
                return os.path.join(root, "\0missing")
            return super().translate_path("/" + path[len(base_path):])

        def log_message(self, *args):
            pass

    Handler.extensions_map = dict(http.server.SimpleHTTPRequestHandler.extensions_map, **{".js": "text/javascript", ".pagefind": "application/octet-stream"})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}{base_path}"


def driver():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(flag)
    chrome = os.environ.get("SITECHECK_CHROMIUM") or next(
        (p for p in ("/usr/lib/chromium/chromium", shutil.which("chromium") or "") if p and os.path.exists(p)), None)
    if chrome:
        options.binary_location = chrome
    path = os.environ.get("SITECHECK_CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(path), options=options)


def viewport(d, width, height):
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def search_finds_pkh(d, base, shots):
    viewport(d, 1280, 900)
    d.get(base + "berita/")
    box = d.find_element(By.CSS_SELECTOR, ".site-search input[name=q]")
    box.send_keys("syarat pkh")
    box.send_keys(Keys.ENTER)
    WebDriverWait(d, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hasil h2"))
    heading = d.find_element(By.CSS_SELECTOR, "#hasil h2").text
    links = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "#hasil .results a")]
    print(f"search: {d.current_url} -> {heading!r}; first results: {links[:4]}")
    ok = base + "program/pkh/" in links
    if shots:
        for width, height in ((360, 800), (1280, 900)):
            viewport(d, width, height)
            d.refresh()
            WebDriverWait(d, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hasil .results"))
            time.sleep(0.2)
            full = d.execute_script("return document.documentElement.scrollHeight")
            viewport(d, width, min(full, 2400))
            png = d.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})["data"]
            path = os.path.join(shots, f"search-{width}.png")
            with open(path, "wb") as f:
                f.write(base64.b64decode(png))
            print(f"search: wrote {path}")
    return ok


def menu_opens_without_javascript(d, base):
    viewport(d, 360, 800)
    d.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        d.get(base + "berita/")
        nav = d.find_element(By.CSS_SELECTOR, ".site-nav")
        before = nav.is_displayed()
        d.find_element(By.CSS_SELECTOR, ".menu-toggle summary").click()
        after = nav.is_displayed()
        links = [a.text for a in nav.find_elements(By.CSS_SELECTOR, ".menu a") if a.is_displayed()]
        print(f"menu without JavaScript: shown before click {before}, after {after}; links {links}")
        return not before and after and len(links) > 1
    finally:
        d.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--base-path", default="/")
    parser.add_argument("--shots")
    args = parser.parse_args()
    base_path = "/" + args.base_path.strip("/") + "/" if args.base_path.strip("/") else "/"
    if not os.path.exists(os.path.join(args.dir, "pagefind", "pagefind.js")):
        print(f"search: {args.dir}/pagefind/ is missing: the site was built without Pagefind (pip install pagefind-bin)")
        return 1
    httpd, base = serve(os.path.abspath(args.dir), base_path)
    d = driver()
    results = {}
    try:
        results["search finds the PKH page"] = search_finds_pkh(d, base, args.shots)
        results["phone menu opens without JavaScript"] = menu_opens_without_javascript(d, base)
    finally:
        d.quit()
        httpd.shutdown()
    for name, ok in results.items():
        print(f"  {'ok  ' if ok else 'FAIL'} {name}")
    passed = sum(results.values())
    print(f"browser: {passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
