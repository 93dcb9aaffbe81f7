"""Drives the report's index.html in the system's Chromium through Playwright, as a reader would.

Usage: explore_page.py ENGLISH_PAGE POLISH_PAGE HOSTILE_PAGE HOSTILE_TITLE [SHOTS_FOLDER]

Every page is opened from file://. Facts checked against the Poznań dataset are worked out by hand
from the seed (Győr is line 44 of the report; the dataset has 7 `meeting` links). Prints one line
per check and "N passed, N failed" last; exits 1 on a failure.
"""
import json
import os
import pathlib
import sys

from playwright.sync_api import sync_playwright

english, polish, hostile, hostile_title = sys.argv[1:5]
shots = sys.argv[5] if len(sys.argv) > 5 else None
passed, failed = 0, 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok: {name}")
    else:
        failed += 1
        print(f"FAILED: {name} {detail}")


def open_page(browser, path, problems, width=1280, height=900):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    url = pathlib.Path(path).resolve().as_uri()
    check(f"{os.path.basename(os.path.dirname(path))} is opened from file://", url.startswith("file://"))
    page.goto(url)
    page.wait_for_load_state("load")
    return page


def data_of(page):
    """The dataset as the page embeds it, read without the page's script."""
    return json.loads(page.eval_on_selector("#coopgraph-data", "e => e.textContent"))


def index_of(data, name):
    return next(i for i, e in enumerate(data["entities"]) if e["name"] == name)


def visible_count(page, selector):
    return page.eval_on_selector_all(selector, "es => es.filter(e => getComputedStyle(e).display !== 'none').length")


def shoot(page, name):
    if shots:
        os.makedirs(shots, exist_ok=True)
        page.screenshot(path=os.path.join(shots, name))


with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])

    # ── The English page of Poznań ─────────────────────────────────────────────
    problems = []
    page = open_page(browser, english, problems)
    data = data_of(page)
    gyor = index_of(data, "Győr")
    node = f"#diagram-partners g#partners-node-{gyor}"
    diagrams = page.locator("figure.diagram").count()
    check("every diagram is wrapped for pan and zoom", diagrams >= 5 and page.locator("g.cg-pz").count() == diagrams, page.locator("g.cg-pz").count())
    check("the search box has a label", page.locator("label[for=cg-q]").inner_text() == "Search")

    page.fill("#cg-q", "gyor")
    classes = page.get_attribute(node, "class") or ""
    check("typing gyor highlights Győr as the best match", "cg-best" in classes and "cg-match" in classes, classes)
    check("the status names the matches", "found" in page.inner_text("#cg-status"), page.inner_text("#cg-status"))
    first = page.locator("#cg-results button").first.inner_text()
    check("Győr is the first result", first.startswith("Győr"), first)
    rows = visible_count(page, "#sources tbody tr")
    check("the sources table is filtered by the search", 0 < rows < page.locator("#sources tbody tr").count(), rows)
    check("the search is in the URL fragment", "q=gyor" in page.url, page.url)
    centred = page.get_attribute("#diagram-partners g.cg-pz", "transform")
    check("the match is centred (the partners diagram moved)", centred != "translate(0 0) scale(1)", centred)
    page.locator(node).scroll_into_view_if_needed()
    shoot(page, "search.png")

    page.fill("#cg-q", "")
    page.click("#diagram-partners .cg-reset")
    page.locator(node).click()
    check("clicking Győr opens its panel", page.is_visible("#cg-panel"))
    check("the panel is titled Győr", page.inner_text("#cg-panel-title") == "Győr", page.inner_text("#cg-panel-title"))
    panel = page.inner_text("#cg-panel")
    check("the panel gives Győr's source: the report, line 44", "Raport o stanie Miasta Poznania" in panel and "line 44" in panel, panel)
    check("the panel gives the country", "Hungary" in panel, panel)
    check("Győr is marked selected", "cg-sel" in (page.get_attribute(node, "class") or ""))
    poznan = index_of(data, "Poznań")
    check("its neighbour Poznań is marked", "cg-nb" in (page.get_attribute(f"#diagram-partners g#partners-node-{poznan}", "class") or ""))
    check("the selection is in the URL fragment", "e=gyor" in page.url, page.url)
    shoot(page, "panel.png")
    page.keyboard.press("Escape")
    check("Escape closes the panel", not page.is_visible("#cg-panel"))

    before = visible_count(page, "g.edge.meeting")
    check("the full diagram draws the dataset's 3 meeting links (report line 55)", visible_count(page, "#diagram-full g.edge.meeting") == 3,
          visible_count(page, "#diagram-full g.edge.meeting"))
    others = visible_count(page, "g.edge:not(.meeting)")
    page.uncheck(".cg-kinds input[value=meeting]")
    check("unticking meeting hides every meeting edge", visible_count(page, "g.edge.meeting") == 0 and before > 0, before)
    check("other edges stay", visible_count(page, "g.edge:not(.meeting)") == others)
    alone = page.evaluate("""() => Array.from(document.querySelectorAll('#diagram-full g.node.entity')).filter(n => {
        if (getComputedStyle(n).display === 'none') return false;
        const id = n.id.replace('full-node-', '');
        const links = JSON.parse(document.getElementById('coopgraph-data').textContent).links;
        const drawn = Array.from(document.querySelectorAll('#diagram-full g.edge')).filter(e => getComputedStyle(e).display !== 'none')
            .map(e => links[+e.id.replace('full-link-', '')]);
        return +id !== JSON.parse(document.getElementById('coopgraph-data').textContent).focus
            && !drawn.some(l => String(l.source) === id || String(l.target) === id);
    }).length""")
    check("no entity is left alone in the full diagram", alone == 0, alone)
    check("the filter is in the URL fragment", "hide=meeting" in page.url, page.url)
    page.click("#diagram-full .cg-reset")
    page.locator("#diagram-full").scroll_into_view_if_needed()
    shoot(page, "filter.png")

    # The same view from its link, in a new page.
    shared = page.url
    problems2 = []
    again = browser.new_page(viewport={"width": 1280, "height": 900})
    again.on("pageerror", lambda e: problems2.append(str(e)))
    again.goto(shared)
    check("a link opens the same filter", visible_count(again, "g.edge.meeting") == 0 and not again.is_checked(".cg-kinds input[value=meeting]"))
    again.close()
    page.check(".cg-kinds input[value=meeting]")
    check("ticking meeting again shows them", visible_count(page, "g.edge.meeting") == before)

    wrapper = "#diagram-partners g.cg-pz"
    initial = page.get_attribute(wrapper, "transform")
    page.click("#diagram-partners .cg-zoomin")
    zoomed = page.get_attribute(wrapper, "transform")
    check("the zoom button changes the diagram's transform", zoomed != initial, zoomed)
    page.click("#diagram-partners .cg-reset")
    check("reset restores it", page.get_attribute(wrapper, "transform") == initial, page.get_attribute(wrapper, "transform"))
    page.focus("#diagram-partners .cg-viewport")
    page.keyboard.press("+")
    page.keyboard.press("ArrowLeft")
    check("the keyboard zooms and pans", page.get_attribute(wrapper, "transform") != initial)
    page.keyboard.press("0")
    check("0 resets", page.get_attribute(wrapper, "transform") == initial)
    box = page.locator("#diagram-partners .cg-viewport").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.keyboard.down("Control")
    page.mouse.wheel(0, -300)
    page.keyboard.up("Control")
    page.wait_for_timeout(100)
    check("Ctrl + wheel zooms", page.get_attribute(wrapper, "transform") != initial, page.get_attribute(wrapper, "transform"))
    page.click("#diagram-partners .cg-reset")
    page.mouse.move(box["x"] + 40, box["y"] + 40)
    page.mouse.down()
    page.mouse.move(box["x"] + 140, box["y"] + 90, steps=5)
    page.mouse.up()
    check("dragging pans", page.get_attribute(wrapper, "transform").startswith("translate(") and page.get_attribute(wrapper, "transform") != initial)
    page.click("#diagram-partners .cg-reset")

    heading = page.locator("#country-coverage th button").nth(2)
    heading.click()
    counts = [int(c) for c in page.eval_on_selector_all("#country-coverage tbody tr td:nth-child(3)", "cs => cs.map(c => c.textContent)")]
    check("a click on Links sorts the coverage ascending", counts == sorted(counts) and len(counts) == 25, counts)
    heading.click()
    counts = [int(c) for c in page.eval_on_selector_all("#country-coverage tbody tr td:nth-child(3)", "cs => cs.map(c => c.textContent)")]
    check("a second click sorts it descending", counts == sorted(counts, reverse=True))
    check("the heading says how it is sorted", page.get_attribute("#country-coverage th:nth-child(3)", "aria-sort") == "descending")

    # A choropleth's country shape: the page shows its count on hover.
    page.evaluate("""() => { const svg = document.querySelector('#diagram-map svg');
        const r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        r.setAttribute('id', 'country-HU'); r.setAttribute('x', 0); r.setAttribute('y', 0);
        r.setAttribute('width', 60); r.setAttribute('height', 60); svg.appendChild(r); }""")
    page.hover("#country-HU")
    hungary = page.eval_on_selector_all("#country-coverage tbody tr", "rs => rs.filter(r => r.cells[0].textContent === 'HU').map(r => r.cells[2].textContent)")
    tip = page.inner_text(".cg-tip")
    check("hovering a country shape shows its count", hungary and tip == f"Hungary: {hungary[0]} links", (tip, hungary))

    page.keyboard.press("Tab")
    focusable = page.evaluate("() => Array.from(document.querySelectorAll('g.node.entity')).every(n => n.getAttribute('tabindex') === '0' && n.getAttribute('aria-label'))")
    check("every entity is focusable and labelled", focusable)
    page.focus(node)
    check("focusing a node opens its panel", page.is_visible("#cg-panel") and page.inner_text("#cg-panel-title") == "Győr")
    outline = page.evaluate("() => getComputedStyle(document.activeElement.querySelector('ellipse')).strokeWidth")
    check("the focused node is drawn thicker", outline not in ("", "1px", "0.8px"), outline)
    check("no console error on the English page", not problems, problems)
    page.close()

    # ── The Polish page ───────────────────────────────────────────────────────
    problems = []
    page = open_page(browser, polish, problems)
    check("the Polish page speaks Polish", page.locator("label[for=cg-q]").inner_text() == "Szukaj")
    page.fill("#cg-q", "KROLESTWO arabii")
    check("a country is found without its diacritics", any(r.startswith("Królestwo Arabii Saudyjskiej") for r in page.locator("#cg-results button").all_inner_texts()),
          page.locator("#cg-results button").all_inner_texts())
    page.fill("#cg-q", "hanover")
    check("a name in the other language is found (Hanower)", page.locator("#cg-results button").first.inner_text().startswith("Hanower"))
    check("no console error on the Polish page", not problems, problems)
    page.close()

    # ── A hostile dataset ─────────────────────────────────────────────────────
    problems = []
    page = open_page(browser, hostile, problems)
    check("the hostile page keeps its title", page.title() == hostile_title, page.title())
    check("no script of the data ran", page.evaluate("() => window.pwned === undefined"), page.evaluate("() => String(window.pwned)"))
    links, names = set(), set()
    for n in page.locator("#diagram-full g.node.entity").all():
        n.click()
        names.add(page.inner_text("#cg-panel-title"))
        links.update(page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))"))
        page.keyboard.press("Escape")
    page.fill("#cg-q", "script")
    check("the hostile names show as text", "<script>window.pwned = 4</script>Home" in names and "' onmouseover='window.pwned = 9" in names, names)
    check("only the https source is a link", links == {'https://example.org/a?b="c"&d=<e>'}, links)
    check("still no script ran after every click", page.evaluate("() => window.pwned === undefined") and page.title() == hostile_title)
    check("no dialog and no console error on the hostile page", not problems, problems)
    page.close()
    browser.close()

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
