"""Every piece of text a reader of a deck, a report.md and a report page sees, as JSON lines.

Usage: reader_text.py DECK.pptx REPORT.md INDEX.html

The deck is read as the Office Open XML parts it is (zipfile and ElementTree, not our writer):
every a:t of every slide and notes slide, and every c:v of every chart part. The page is read
twice: as parsed HTML (every text node outside <script> and <style>, SVG labels and tooltips
included, but not the DOT ids Graphviz writes as SVG titles), and by Chromium through Playwright after its script has run (the visible text and
the placeholder, aria-label and title attributes of every element the script made).
Prints {"deck": [...], "report": "...", "page": [...]}.
"""
import html.parser
import json
import re
import sys
import zipfile
from xml.etree import ElementTree

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def deck_text(path):
    texts = []
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            if re.fullmatch(r"ppt/(slides/slide|notesSlides/notesSlide|charts/chart)\d+\.xml", name):
                for element in ElementTree.fromstring(archive.read(name)).iter():
                    if element.tag in (A + "t", C + "v") and element.text:
                        texts.append(element.text)
    return texts


class PageText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.open = []
        self.texts = []

    def handle_starttag(self, tag, attrs):
        self.open.append(tag)
        if tag in ("script", "style"):
            self.skipping += 1

    def handle_endtag(self, tag):
        while self.open and self.open.pop() != tag:
            pass
        if tag in ("script", "style"):
            self.skipping -= 1

    def handle_data(self, data):
        # Graphviz writes each element's DOT id (poznan-partners, a->b) as its SVG <title>:
        # an identifier, not a word in any language.
        if self.open and self.open[-1] == "title" and "svg" in self.open and re.fullmatch(r"[\w.:>-]+", data.strip()):
            return
        if not self.skipping and data.strip():
            self.texts.append(data)


def page_text(path):
    parser = PageText()
    with open(path, encoding="utf-8") as page:
        parser.feed(page.read())
    texts = parser.texts
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto("file://" + path)
        page.wait_for_load_state("load")
        texts.append(page.inner_text("body"))
        texts += page.evaluate("""() => Array.from(document.querySelectorAll('[placeholder], [aria-label], [title]'))
            .flatMap(e => ['placeholder', 'aria-label', 'title'].map(a => e.getAttribute(a)).filter(v => v))""")
        texts.append(page.title())
        browser.close()
    return texts


deck, report, index = sys.argv[1:4]
with open(report, encoding="utf-8") as file:
    report_text = file.read()
print(json.dumps({"deck": deck_text(deck), "report": report_text, "page": page_text(index)}, ensure_ascii=False))
