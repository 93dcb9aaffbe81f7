/// The report page's script: pan and zoom for every diagram (mouse, touch, keyboard), a search
/// by name in any language with or without diacritics, a panel with an entity's facts and
/// sources, filters by link kind and year, sortable and searchable tables, counts on a coverage
/// map, and all of that kept in the URL fragment.
///
/// It reads the dataset from the page's `<script type="application/json">` and builds every
/// element with `textContent` and `setAttribute`, never from markup, so no text of the data can
/// run; only http(s) sources become links. Diagram elements are found by the ids the diagrams
/// give them (`VIEW-node-N`, `VIEW-link-N`). Country shapes of a choropleth are found by an id
/// or class `country-XX` (ISO 3166-1 alpha-2 or alpha-3, any case).
enum ReportScript {
    /// The JavaScript, inlined into the page.
    static let source = #"""
    (function () {
    'use strict';
    var DATA = JSON.parse(document.getElementById('coopgraph-data').textContent);
    var W = DATA.words, E = DATA.entities, L = DATA.links, NS = 'http://www.w3.org/2000/svg';
    var byId = new Map(), coverage = new Map();
    E.forEach(function (e, i) { byId.set(e.id, i); });
    DATA.coverage.forEach(function (c) { coverage.set(c.code.toUpperCase(), c); if (c.alpha3) coverage.set(c.alpha3.toUpperCase(), c); });
    var state = { q: '', sel: null, off: new Set(), year: null };
    // No fragment is written before the page has read the one it was opened with.
    var diagrams = [], tables = [], reading = true;

    // The table's holes are numbered ({1}, {2}) so each language orders them as it needs.
    function word(key) { var s = W[key] || key, a = Array.prototype.slice.call(arguments, 1); return s.replace(/\{(\d+)\}/g, function (m, n) { return n <= a.length ? String(a[n - 1]) : ''; }); }
    // A count with its noun in the form the page's language gives it ("5 powiązań").
    var plural = new Intl.PluralRules(document.documentElement.lang || 'en');
    function counted(n, noun) { var p = 'noun.' + noun + '.'; return n + ' ' + (W[p + plural.select(n)] || W[p + 'other'] || W[p + 'many'] || noun); }
    function el(tag, attrs, text) {
      var e = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text != null) e.textContent = text;
      return e;
    }
    function fold(s) {
      return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ı/g, 'i');
    }
    function webLink(u) { try { var p = new URL(u).protocol; return p === 'http:' || p === 'https:'; } catch (x) { return false; } }
    var keys = E.map(function (e) { return [e.name].concat(e.names, [e.id]).map(fold); });

    // ── Diagrams: pan and zoom ────────────────────────────────────────────
    function Diagram(fig) {
      var d = this, svg = fig.querySelector('svg'), root = svg && svg.querySelector('g.graph');
      if (!root) return;
      d.view = fig.getAttribute('data-view'); d.svg = svg; d.k = 1; d.x = 0; d.y = 0;
      d.pz = document.createElementNS(NS, 'g'); d.pz.setAttribute('class', 'cg-pz');
      root.parentNode.insertBefore(d.pz, root); d.pz.appendChild(root);
      var vp = d.vp = el('div', { 'class': 'cg-viewport', tabindex: '0', role: 'group', 'aria-label': word('ui.diagram', fig.previousElementSibling ? fig.previousElementSibling.textContent : d.view) });
      fig.insertBefore(vp, svg); vp.appendChild(svg);
      var tools = el('div', { 'class': 'cg-zoom' });
      [['+', 'ui.zoomIn', function () { d.zoomBy(1.5); }], ['−', 'ui.zoomOut', function () { d.zoomBy(1 / 1.5); }], ['⟲', 'ui.reset', function () { d.reset(); }]].forEach(function (b) {
        var button = el('button', { type: 'button', 'aria-label': word(b[1]), title: word(b[1]), 'class': 'cg-' + b[1].slice(3).toLowerCase() }, b[0]);
        button.addEventListener('click', b[2]); tools.appendChild(button);
      });
      vp.appendChild(tools);
      d.nodes = new Map(); d.edges = []; d.around = new Map();
      svg.querySelectorAll('g.node[id]').forEach(function (g) {
        var m = /-node-(\d+)$/.exec(g.id), i = m ? +m[1] : -1, e = E[i];
        if (!e) return;
        d.nodes.set(i, g); d.around.set(i, []);
        g.setAttribute('tabindex', '0'); g.setAttribute('role', 'button');
        g.setAttribute('aria-label', e.name + ', ' + e.kindName + (e.countryName ? ', ' + e.countryName : ''));
        g.addEventListener('click', function () { select(i); });
        g.addEventListener('focus', function () { if (state.sel !== i) select(i); });
        g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(i); } });
      });
      function drawn(i) {
        if (i == null) return null;
        if (d.nodes.has(i)) return i;
        var v = E[i] && E[i].venue;
        return v != null && d.nodes.has(v) ? v : null;
      }
      svg.querySelectorAll('g.edge[id]').forEach(function (g) {
        var m = /-link-(\d+)$/.exec(g.id), li = m ? +m[1] : -1, l = L[li];
        if (!l) return;
        var edge = { g: g, li: li, a: drawn(l.source), b: drawn(l.target) };
        d.edges.push(edge);
        [edge.a, edge.b].forEach(function (n) { if (n != null) d.around.get(n).push(edge); });
      });
      var down = new Map(), moved = false, last = null;
      vp.addEventListener('pointerdown', function (ev) {
        if (ev.button !== 0 || ev.target.closest('.cg-zoom')) return;
        down.set(ev.pointerId, { x: ev.clientX, y: ev.clientY }); moved = false; last = null;
      });
      vp.addEventListener('pointermove', function (ev) {
        var p = down.get(ev.pointerId);
        if (!p) return;
        if (!moved && Math.hypot(ev.clientX - p.x, ev.clientY - p.y) < 4) return;
        if (!moved) { moved = true; vp.setPointerCapture(ev.pointerId); vp.classList.add('cg-dragging'); }
        var s = d.scale();
        if (down.size === 2) {
          var pts = Array.from(down.values()), other = pts[0] === p ? pts[1] : pts[0];
          var dist = Math.hypot(ev.clientX - other.x, ev.clientY - other.y), mid = d.toUser((ev.clientX + other.x) / 2, (ev.clientY + other.y) / 2);
          if (last) d.zoomAt(dist / last, mid.x, mid.y);
          last = dist;
        } else {
          d.x += (ev.clientX - p.x) / s; d.y += (ev.clientY - p.y) / s; d.apply();
        }
        p.x = ev.clientX; p.y = ev.clientY;
      });
      function up(ev) { down.delete(ev.pointerId); last = null; if (!down.size) vp.classList.remove('cg-dragging'); }
      vp.addEventListener('pointerup', up); vp.addEventListener('pointercancel', up);
      vp.addEventListener('click', function (ev) { if (moved) { ev.stopPropagation(); ev.preventDefault(); moved = false; } }, true);
      var hint = null;
      vp.addEventListener('wheel', function (ev) {
        if (!(ev.ctrlKey || ev.metaKey || vp.contains(document.activeElement))) {
          if (!hint) { hint = el('div', { 'class': 'cg-hint', 'aria-hidden': 'true' }, word('ui.wheelHint')); vp.appendChild(hint); setTimeout(function () { hint.remove(); hint = null; }, 1500); }
          return;
        }
        ev.preventDefault();
        var p = d.toUser(ev.clientX, ev.clientY);
        d.zoomAt(Math.exp(-ev.deltaY * 0.002), p.x, p.y);
      }, { passive: false });
      vp.addEventListener('keydown', function (ev) {
        var step = 60 / d.scale(), k = ev.key;
        if (k === '+' || k === '=') d.zoomBy(1.25);
        else if (k === '-' || k === '_') d.zoomBy(0.8);
        else if (k === '0') d.reset();
        else if (k === 'ArrowLeft') { d.x += step; d.apply(); }
        else if (k === 'ArrowRight') { d.x -= step; d.apply(); }
        else if (k === 'ArrowUp') { d.y += step; d.apply(); }
        else if (k === 'ArrowDown') { d.y -= step; d.apply(); }
        else return;
        ev.preventDefault();
      });
      d.apply();
      diagrams.push(d);
    }
    Diagram.prototype.scale = function () { var m = this.svg.getScreenCTM(); return m ? m.a : 1; };
    Diagram.prototype.toUser = function (cx, cy) {
      var p = this.svg.createSVGPoint(), m = this.svg.getScreenCTM();
      p.x = cx; p.y = cy;
      return m ? p.matrixTransform(m.inverse()) : p;
    };
    Diagram.prototype.middle = function () { var b = this.svg.viewBox.baseVal; return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; };
    Diagram.prototype.apply = function (quiet) {
      var r = function (v) { return Math.round(v * 100) / 100; };
      this.pz.setAttribute('transform', 'translate(' + r(this.x) + ' ' + r(this.y) + ') scale(' + r(this.k) + ')');
      if (!quiet) writeHash();
    };
    Diagram.prototype.zoomAt = function (f, px, py) {
      var k = Math.min(16, Math.max(0.25, this.k * f)); f = k / this.k;
      this.x = px - (px - this.x) * f; this.y = py - (py - this.y) * f; this.k = k; this.apply();
    };
    Diagram.prototype.zoomBy = function (f) { var m = this.middle(); this.zoomAt(f, m.x, m.y); };
    Diagram.prototype.reset = function () { this.k = 1; this.x = 0; this.y = 0; this.apply(); };
    Diagram.prototype.centre = function (i) {
      var g = this.nodes.get(i), a = g && g.getCTM(), b = this.pz.getCTM();
      if (!a || !b || g.classList.contains('cg-hidden')) return;
      var box = g.getBBox(), p = this.svg.createSVGPoint(), m = this.middle();
      p.x = box.x + box.width / 2; p.y = box.y + box.height / 2;
      p = p.matrixTransform(b.inverse().multiply(a));
      this.k = Math.max(this.k, 1.5); this.x = m.x - this.k * p.x; this.y = m.y - this.k * p.y; this.apply();
    };
    Diagram.prototype.mark = function () {
      var d = this, sel = state.sel, matches = state.matches || [];
      d.nodes.forEach(function (g, i) {
        g.classList.remove('cg-sel', 'cg-nb', 'cg-match', 'cg-best');
        if (matches.indexOf(i) >= 0) g.classList.add('cg-match');
        if (matches[0] === i) g.classList.add('cg-best');
        g.setAttribute('aria-pressed', String(i === sel));
      });
      d.edges.forEach(function (e) { e.g.classList.remove('cg-lk'); });
      var focusing = sel != null && d.nodes.has(sel);
      d.svg.classList.toggle('cg-focusing', focusing);
      if (!focusing) return;
      d.nodes.get(sel).classList.add('cg-sel');
      d.around.get(sel).forEach(function (e) {
        if (!visible(e.li)) return;
        e.g.classList.add('cg-lk');
        [e.a, e.b].forEach(function (n) { if (n != null && n !== sel) d.nodes.get(n).classList.add('cg-nb'); });
      });
    };
    Diagram.prototype.filter = function () {
      var d = this;
      d.edges.forEach(function (e) { e.g.classList.toggle('cg-hidden', !visible(e.li)); });
      d.around.forEach(function (edges, i) {
        var alone = edges.length > 0 && i !== DATA.focus && !edges.some(function (e) { return visible(e.li); });
        d.nodes.get(i).classList.toggle('cg-hidden', alone);
      });
    };
    function visible(li) {
      var l = L[li];
      return !state.off.has(l.kind) && (state.year == null || l.year == null || l.year === state.year);
    }

    // ── Search, filters, panel ────────────────────────────────────────────
    var bar = el('div', { 'class': 'cg-bar' });
    var search = el('div', { 'class': 'cg-search', role: 'search' });
    var input = el('input', { id: 'cg-q', type: 'search', autocomplete: 'off', spellcheck: 'false', placeholder: word('ui.searchHint'), 'aria-controls': 'cg-results', 'aria-describedby': 'cg-status' });
    var status = el('span', { id: 'cg-status', 'class': 'cg-status', role: 'status' });
    var results = el('ul', { id: 'cg-results', 'class': 'cg-results', hidden: '' });
    search.append(el('label', { 'for': 'cg-q' }, word('ui.search')), input, status, results);
    var kinds = el('fieldset', { 'class': 'cg-kinds' });
    kinds.appendChild(el('legend', {}, word('ui.linkKinds')));
    var boxes = DATA.kinds.map(function (k) {
      var label = el('label', {}), box = el('input', { type: 'checkbox', value: k.kind, checked: '' });
      var sw = document.createElementNS(NS, 'svg'), line = document.createElementNS(NS, 'line');
      sw.setAttribute('width', '26'); sw.setAttribute('height', '10'); sw.setAttribute('aria-hidden', 'true');
      [['x1', 1], ['y1', 5], ['x2', 25], ['y2', 5], ['stroke', k.color], ['stroke-width', k.style === 'bold' ? 4 : 2.5]].forEach(function (a) { line.setAttribute(a[0], a[1]); });
      if (k.style === 'dashed') line.setAttribute('stroke-dasharray', '6 3');
      if (k.style === 'dotted') line.setAttribute('stroke-dasharray', '2 2');
      sw.appendChild(line);
      box.addEventListener('change', function () { if (box.checked) state.off.delete(k.kind); else state.off.add(k.kind); refresh(); });
      label.append(box, sw, document.createTextNode(k.name));
      kinds.appendChild(label);
      return box;
    });
    var year = el('select', { id: 'cg-year', title: word('ui.yearHint') });
    year.appendChild(el('option', { value: '' }, word('ui.allYears')));
    DATA.years.forEach(function (y) { year.appendChild(el('option', { value: String(y) }, String(y))); });
    year.addEventListener('change', function () { state.year = year.value ? +year.value : null; refresh(); });
    var yearLabel = el('label', { 'class': 'cg-year', 'for': 'cg-year' }, word('ui.year'));
    var showAll = el('button', { type: 'button' }, word('ui.showAll'));
    showAll.addEventListener('click', function () { apply({ q: '', sel: null, off: new Set(), year: null }); diagrams.forEach(function (d) { d.reset(); }); });
    var row = el('div', { 'class': 'cg-row' });
    row.append(search, yearLabel, year, showAll);
    bar.append(row, kinds);
    var main = document.getElementById('report');
    main.parentNode.insertBefore(bar, main);

    var panel = el('aside', { id: 'cg-panel', 'class': 'cg-panel', 'aria-labelledby': 'cg-panel-title', hidden: '' });
    document.body.appendChild(panel);
    function sourceItem(s, brief) {
      var text = brief && s.brief || s.text;
      if (s.url && webLink(s.url)) return el('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank', title: s.text }, text);
      return el('span', { title: s.text }, text);
    }
    function showPanel() {
      var i = state.sel, e = E[i];
      panel.textContent = '';
      if (i == null || !e) { panel.hidden = true; return; }
      var close = el('button', { type: 'button', 'class': 'cg-close', 'aria-label': word('ui.close'), title: word('ui.close') }, '×');
      close.addEventListener('click', function () { select(null); });
      panel.append(close, el('h2', { id: 'cg-panel-title', tabindex: '-1' }, e.name));
      if (e.names.length) panel.appendChild(el('p', {}, e.names.join(' · ')));
      var dl = el('dl');
      [['ui.kind', e.kindName], ['ui.country', e.countryName], ['ui.years', e.years.join(', ')], ['ui.note', e.notes.join(' — ')]].forEach(function (f) {
        if (f[1]) dl.append(el('dt', {}, word(f[0])), el('dd', {}, f[1]));
      });
      panel.appendChild(dl);
      panel.appendChild(el('h3', {}, word('ui.sources')));
      var sources = el('ul', { 'class': 'cg-sources' });
      if (!e.sources.length) sources.appendChild(el('li', {}, word('ui.noSource')));
      e.sources.forEach(function (s) { var li = el('li'); li.appendChild(sourceItem(s)); sources.appendChild(li); });
      panel.appendChild(sources);
      var mine = [];
      L.forEach(function (l, li) { if (l.source === i || l.target === i) mine.push(li); });
      if (mine.length) {
        panel.appendChild(el('h3', {}, word('ui.links') + ' (' + mine.length + ')'));
        var list = el('ul', { 'class': 'cg-links' });
        mine.forEach(function (li) {
          var l = L[li], other = l.source === i ? l.target : l.source, item = el('li');
          var kind = DATA.kinds.filter(function (k) { return k.kind === l.kind; })[0];
          item.appendChild(el('strong', {}, kind ? kind.name : l.kind));
          item.appendChild(document.createTextNode(kind && kind.symmetric ? ' ' : l.source === i ? ' → ' : ' ← '));
          if (other != null && other !== i) {
            var go = el('button', { type: 'button', 'class': 'cg-goto' }, E[other].name);
            go.addEventListener('click', function () { select(other, true); });
            item.appendChild(go);
          }
          if (l.year != null) item.appendChild(document.createTextNode(' · ' + l.year));
          if (l.note) item.appendChild(document.createTextNode(' · ' + l.note));
          l.sources.forEach(function (s) { var small = el('small'); small.append(document.createTextNode(' · '), sourceItem(s, true)); item.appendChild(small); });
          if (!visible(li)) item.style.opacity = '0.5';
          list.appendChild(item);
        });
        panel.appendChild(list);
      }
      panel.hidden = false;
    }
    function select(i, reveal) {
      state.sel = i == null ? null : i;
      diagrams.forEach(function (d) { d.mark(); if (reveal && i != null) d.centre(i); });
      showPanel(); writeHash();
      if (reveal && i != null) {
        var first = diagrams.filter(function (d) { return d.nodes.has(i); })[0];
        if (first) first.vp.scrollIntoView({ block: 'nearest' });
      }
    }
    function find(q) {
      var f = fold(q).trim();
      if (!f) return [];
      var scored = [];
      keys.forEach(function (ks, i) {
        var best = 9;
        ks.forEach(function (k) {
          var at = k.indexOf(f);
          if (at < 0) return;
          best = Math.min(best, k === f ? 0 : at === 0 ? 1 : /[\s\-–—(„"'’.,]/.test(k.charAt(at - 1)) ? 2 : 3);
        });
        if (best < 9) scored.push([best, E[i].name, i]);
      });
      scored.sort(function (a, b) { return a[0] - b[0] || a[1].localeCompare(b[1], document.documentElement.lang); });
      return scored.map(function (s) { return s[2]; });
    }
    function onSearch(centre) {
      var m = state.matches = find(state.q);
      results.textContent = '';
      m.slice(0, 8).forEach(function (i) {
        var e = E[i], li = el('li'), b = el('button', { type: 'button' });
        b.append(document.createTextNode(e.name + ' '), el('small', {}, e.kindName + (e.countryName ? ' · ' + e.countryName : '')));
        b.addEventListener('click', function () { results.hidden = true; select(i, true); });
        li.appendChild(b); results.appendChild(li);
      });
      results.hidden = !m.length || document.activeElement !== input && !results.contains(document.activeElement);
      status.textContent = state.q.trim() ? (m.length ? word('ui.found', m.length) : word('ui.notFound')) : '';
      diagrams.forEach(function (d) { d.mark(); if (centre && m.length) d.centre(m[0]); });
      tables.forEach(function (t) { t.filter(); });
    }
    input.addEventListener('input', function () { state.q = input.value; onSearch(true); writeHash(); });
    input.addEventListener('focus', function () { results.hidden = !results.children.length; });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && state.matches && state.matches.length) { results.hidden = true; select(state.matches[0], true); }
      else if (ev.key === 'ArrowDown' && results.firstChild) { ev.preventDefault(); results.hidden = false; results.querySelector('button').focus(); }
      else if (ev.key === 'Escape') { results.hidden = true; }
    });
    results.addEventListener('keydown', function (ev) {
      var li = ev.target.closest('li');
      if (ev.key === 'ArrowDown' && li && li.nextSibling) { ev.preventDefault(); li.nextSibling.querySelector('button').focus(); }
      else if (ev.key === 'ArrowUp' && li) { ev.preventDefault(); (li.previousSibling ? li.previousSibling.querySelector('button') : input).focus(); }
      else if (ev.key === 'Escape') { results.hidden = true; input.focus(); }
    });
    document.addEventListener('focusin', function (ev) { if (!search.contains(ev.target)) results.hidden = true; });
    document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape' && state.sel != null && !search.contains(ev.target)) select(null); });

    // ── Tables: sort by a heading, filter by the search ───────────────────
    function Table(table) {
      var t = this, body = table.tBodies[0];
      if (!body || !table.tHead) return;
      t.rows = Array.from(body.rows);
      t.note = el('p', { 'class': 'cg-rows', role: 'status', hidden: '' });
      table.parentNode.insertBefore(t.note, table.nextSibling);
      var heads = Array.from(table.tHead.rows[0].cells);
      heads.forEach(function (th, c) {
        var b = el('button', { type: 'button', 'class': 'cg-sort', title: word('ui.sortBy', th.textContent) }, th.textContent);
        th.textContent = ''; th.appendChild(b); th.setAttribute('aria-sort', 'none');
        b.addEventListener('click', function () {
          var up = th.getAttribute('aria-sort') !== 'ascending';
          heads.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
          th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
          var cell = function (r) { return r.cells[c] ? r.cells[c].textContent.trim() : ''; };
          var numeric = t.rows.every(function (r) { return cell(r) === '' || isFinite(Number(cell(r))); });
          var order = t.rows.map(function (r, n) { return [r, n]; });
          order.sort(function (a, b) {
            var x = cell(a[0]), y = cell(b[0]);
            var v = numeric ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang, { numeric: true });
            return (up ? v : -v) || a[1] - b[1];
          });
          order.forEach(function (o) { body.appendChild(o[0]); });
        });
      });
      t.filter = function () {
        var f = fold(state.q).trim(), shown = 0;
        t.rows.forEach(function (r) { var on = !f || fold(r.textContent).indexOf(f) >= 0; r.hidden = !on; if (on) shown++; });
        t.note.hidden = !f;
        t.note.textContent = shown ? word('ui.rows', shown, t.rows.length) : word('ui.noRows');
      };
      tables.push(t);
    }

    // ── Country counts on a coverage map ──────────────────────────────────
    var tip = el('div', { 'class': 'cg-tip', hidden: '', 'aria-hidden': 'true' });
    document.body.appendChild(tip);
    function countryOf(node) {
      for (var n = node; n && n.nodeType === 1 && n !== document.body; n = n.parentNode) {
        if (!n.closest || !n.closest('figure.diagram')) return null;
        var names = [n.id].concat(Array.from(n.classList || []));
        for (var j = 0; j < names.length; j++) {
          var m = /(?:^|[-_:])country[-_]([a-z]{2,3})$/i.exec(names[j] || '');
          if (m && coverage.has(m[1].toUpperCase())) return coverage.get(m[1].toUpperCase());
        }
      }
      return null;
    }
    document.addEventListener('pointerover', function (ev) {
      var c = countryOf(ev.target);
      tip.hidden = !c;
      if (c) { tip.textContent = word('ui.coverageTip', c.name, counted(c.count, 'link')); tip.style.left = ev.clientX + 12 + 'px'; tip.style.top = ev.clientY + 12 + 'px'; }
    });

    // ── State in the URL fragment ─────────────────────────────────────────
    function refresh() {
      diagrams.forEach(function (d) { d.filter(); d.mark(); });
      if (state.sel != null) showPanel();
      writeHash();
    }
    function writeHash() {
      if (reading) return;
      var p = new URLSearchParams();
      if (state.q) p.set('q', state.q);
      if (state.sel != null) p.set('e', E[state.sel].id);
      if (state.off.size) p.set('hide', Array.from(state.off).join(','));
      if (state.year != null) p.set('year', String(state.year));
      diagrams.forEach(function (d) { if (d.k !== 1 || d.x || d.y) p.set('z-' + d.view, [d.k, d.x, d.y].map(function (v) { return Math.round(v * 100) / 100; }).join(',')); });
      var h = p.toString(), url = location.href.split('#')[0] + (h ? '#' + h : '');
      if (url === location.href) return;
      try { history.replaceState(null, '', url); } catch (x) { reading = true; location.hash = h; reading = false; }
    }
    function apply(s) {
      state.q = s.q; state.off = s.off; state.year = s.year; state.sel = s.sel;
      input.value = s.q;
      boxes.forEach(function (b) { b.checked = !state.off.has(b.value); });
      year.value = state.year == null ? '' : String(state.year);
      diagrams.forEach(function (d) { d.filter(); });
      onSearch(false); select(state.sel);
    }
    function readHash() {
      var p = new URLSearchParams(location.hash.slice(1)), y = parseInt(p.get('year'), 10), e = p.get('e');
      reading = true;
      apply({ q: p.get('q') || '', sel: e != null && byId.has(e) ? byId.get(e) : null,
              off: new Set((p.get('hide') || '').split(',').filter(Boolean)), year: isFinite(y) ? y : null });
      diagrams.forEach(function (d) {
        var z = (p.get('z-' + d.view) || '').split(',').map(Number);
        if (z.length === 3 && z.every(isFinite) && z[0] > 0) { d.k = z[0]; d.x = z[1]; d.y = z[2]; } else { d.k = 1; d.x = 0; d.y = 0; }
        d.apply(true);
      });
      reading = false;
    }

    document.querySelectorAll('figure.diagram').forEach(function (f) { new Diagram(f); });
    document.querySelectorAll('#report table').forEach(function (t) { new Table(t); });
    window.addEventListener('hashchange', readHash);
    readHash();
    })();
    """#
}
