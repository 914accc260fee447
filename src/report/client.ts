/**
 * The report's script: reads the data embedded in the page, fills the filters and
 * renders the page list in chunks; a page's findings are built when it is opened.
 * Every piece of page text goes into the document as a text node (textContent),
 * never as markup. Its text is ASCII, with `\u` escapes in its strings: see
 * scripts/bundle.js.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var CHUNK = 100;
  var INVISIBLE = /[\u00A0\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
  var NAMES = { '00A0': 'NBSP', '00AD': 'SHY', '200B': 'ZWSP', '200C': 'ZWNJ', '200D': 'ZWJ', '200E': 'LRM', '200F': 'RLM', '2060': 'WJ', 'FEFF': 'BOM' };
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var source = document.body.getAttribute('data-source-locale');
  var byId = function (id) { return document.getElementById(id); };
  var list = byId('page-list'), status = byId('status'), more = byId('more');
  var localeSel = byId('f-locale'), ruleSel = byId('f-rule'), sevSel = byId('f-severity'), search = byId('f-search');
  var shown = [], limit = CHUNK, timer = 0;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function num(n) { return n.toLocaleString('en-US'); }
  function plural(n, one, many) { return num(n) + ' ' + (n === 1 ? one : many); }
  function option(select, value, label) {
    var node = el('option', '', label);
    node.value = value;
    select.appendChild(node);
  }

  data.pages.forEach(function (page, index) {
    page.i = index;
    page.hay = (data.files[page.f] + '\n' + (page.c !== undefined ? data.files[page.c] : '')).toLowerCase();
  });
  data.locales.forEach(function (code, index) {
    var pages = data.pages.filter(function (p) { return p.l === index; }).length;
    option(localeSel, String(index), code + (code === source ? ' (canonical pages)' : '') + ' \u00b7 ' + plural(pages, 'page', 'pages'));
  });
  var perRule = data.rules.map(function () { return 0; });
  data.pages.forEach(function (p) { p.x.forEach(function (f) { perRule[f.r]++; }); });
  data.rules.forEach(function (rule, index) { option(ruleSel, String(index), rule + ' \u00b7 ' + num(perRule[index])); });

  function apply() {
    var loc = localeSel.value, rule = ruleSel.value, sev = sevSel.value, q = search.value.trim().toLowerCase();
    var findings = 0, errors = 0;
    shown = [];
    data.pages.forEach(function (page) {
      if (loc !== '' && String(page.l) !== loc) return;
      var pathHit = q === '' || page.hay.indexOf(q) >= 0;
      var hits = page.x.filter(function (f) {
        if (rule !== '' && String(f.r) !== rule) return false;
        if (sev !== '' && f.s !== sev) return false;
        if (pathHit) return true;
        if (f.low === undefined) f.low = f.m.toLowerCase();
        return f.low.indexOf(q) >= 0 || data.rules[f.r].indexOf(q) >= 0;
      });
      if (hits.length === 0) return;
      var e = hits.filter(function (f) { return f.s === 'e'; }).length;
      findings += hits.length;
      errors += e;
      shown.push({ page: page, hits: hits, e: e, w: hits.length - e });
    });
    shown.sort(function (a, b) { return b.e - a.e || b.w - a.w || a.page.i - b.page.i; });
    status.setAttribute('data-query', q);
    status.setAttribute('data-pages', String(shown.length));
    status.setAttribute('data-findings', String(findings));
    status.setAttribute('data-errors', String(errors));
    status.setAttribute('data-warnings', String(findings - errors));
    status.textContent = plural(shown.length, 'page', 'pages') + ' with ' + plural(findings, 'finding', 'findings') +
      ' (' + plural(errors, 'error', 'errors') + ', ' + plural(findings - errors, 'warning', 'warnings') + ')' +
      (loc || rule || sev || q ? ' match the filters.' : '.');
    limit = CHUNK;
    render(0);
  }

  // Adds the pages from index 'from' up to the limit; from 0, the list starts again.
  function render(from) {
    if (from === 0) list.replaceChildren();
    shown.slice(from, limit).forEach(function (item) { list.appendChild(pageElement(item)); });
    var left = shown.length - Math.min(limit, shown.length);
    more.hidden = left === 0;
    more.textContent = 'Show ' + num(Math.min(CHUNK, left)) + ' more (' + num(left) + ' not shown)';
    list.setAttribute('data-shown', String(Math.min(limit, shown.length)));
  }

  function pageElement(item) {
    var page = item.page;
    var details = el('details', 'page');
    var summary = el('summary');
    summary.appendChild(el('span', 'badge loc', data.locales[page.l]));
    summary.appendChild(el('span', 'path', data.files[page.f]));
    if (page.k !== 'translation') summary.appendChild(el('span', 'badge kind', page.k === 'canonical' ? 'canonical page' : page.k === 'orphan' ? 'orphan: no canonical page' : 'stray file'));
    if (item.e) summary.appendChild(el('span', 'badge errors', plural(item.e, 'error', 'errors')));
    if (item.w) summary.appendChild(el('span', 'badge warnings', plural(item.w, 'warning', 'warnings')));
    var counts = {};
    item.hits.forEach(function (f) { counts[f.r] = (counts[f.r] || 0) + 1; });
    var top = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).slice(0, 3);
    summary.appendChild(el('span', 'chips', top.map(function (r) { return data.rules[r] + ' \u00d7' + counts[r]; }).join(' \u00b7 ')));
    details.appendChild(summary);
    details.addEventListener('toggle', function () {
      if (details.open && details.childElementCount === 1) details.appendChild(pageBody(item));
    });
    return details;
  }

  function pageBody(item) {
    var page = item.page;
    var body = el('div', 'body');
    if (page.c !== undefined) {
      var canon = el('div', 'canon', page.k === 'translation' ? 'Canonical page: ' : 'Canonical page would be: ');
      canon.appendChild(el('span', 'path', data.files[page.c]));
      body.appendChild(canon);
    }
    var here = page.k === 'canonical' ? 'Canonical page (' + data.locales[page.l] + ')' : 'Translation (' + data.locales[page.l] + ')';
    item.hits.forEach(function (f) {
      var box = el('div', 'finding');
      var meta = el('div', 'meta');
      meta.appendChild(el('span', 'sev ' + f.s, f.s === 'e' ? 'error' : 'warning'));
      meta.appendChild(el('span', 'rule', data.rules[f.r]));
      meta.appendChild(el('span', 'at', 'line ' + f.a[0] + ':' + f.a[1]));
      meta.appendChild(el('span', 'msg', f.m));
      box.appendChild(meta);
      if (f.d) box.appendChild(change(f.d));
      var side = el('div', 'side');
      side.appendChild(excerpt(here + ' \u00b7 line ' + f.a[0], page.f, f.a[0], f.a[2], f.a));
      if (f.k) side.appendChild(excerpt('Canonical (' + source + ') \u00b7 line ' + f.k[1], f.k[0], f.k[1], f.k[2], null));
      else side.appendChild(excerpt('Canonical (' + source + ')', -1, 0, 0, null));
      box.appendChild(side);
      body.appendChild(box);
    });
    return body;
  }

  // A canonical change: removed words in <del>, added ones in <ins>, the rest as text.
  function change(diff) {
    var box = el('div', 'change');
    box.appendChild(el('div', 'head', 'Canonical (' + source + ') change since this translation was synced'));
    var text = el('div', 'diff');
    diff.forEach(function (part) {
      var node = part[0] === -1 ? el('del') : part[0] === 1 ? el('ins') : null;
      appendVisible(node || text, part[1]);
      if (node) text.appendChild(node);
    });
    box.appendChild(text);
    return box;
  }

  function excerpt(title, file, from, to, at) {
    var box = el('div');
    box.appendChild(el('div', 'head', title));
    var pre = el('div', 'excerpt');
    var texts = file >= 0 ? data.lines[file] : undefined;
    var last = Math.min(to, from + 2);
    for (var n = from; texts && n <= last; n++) {
      var text = texts[n];
      if (text === undefined) continue;
      var line = el('div', 'ln');
      line.appendChild(el('span', 'n', String(n)));
      var content = el('span', 't');
      appendMarked(content, text, at && n === at[0] ? [at[1] - 1, at[2] === at[0] ? at[3] - 1 : text.length] : null);
      line.appendChild(content);
      pre.appendChild(line);
    }
    if (!pre.childNodes.length) pre.appendChild(el('span', 'none', file >= 0 ? 'text not available' : 'no canonical line for this finding'));
    box.appendChild(pre);
    return box;
  }

  function appendMarked(parent, text, range) {
    var whole = range && range[0] <= text.search(/\S/) && range[1] >= text.trimEnd().length;
    if (!range || whole || range[1] <= range[0] || range[0] >= text.length) return appendVisible(parent, text);
    appendVisible(parent, text.slice(0, range[0]));
    var mark = el('mark');
    appendVisible(mark, text.slice(range[0], range[1]));
    parent.appendChild(mark);
    appendVisible(parent, text.slice(range[1]));
  }

  function appendVisible(parent, text) {
    var at = 0;
    text.replace(INVISIBLE, function (char, index) {
      parent.appendChild(document.createTextNode(text.slice(at, index)));
      var code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      var badge = el('span', 'inv', NAMES[code] || 'U+' + code);
      badge.title = 'invisible character U+' + code;
      parent.appendChild(badge);
      at = index + char.length;
      return char;
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  [localeSel, ruleSel, sevSel].forEach(function (select) { select.addEventListener('change', apply); });
  // Buttons in the tables above list a locale's or a rule's findings (or both).
  document.querySelectorAll('button.filter').forEach(function (button) {
    button.addEventListener('click', function () {
      var locale = button.getAttribute('data-locale'), rule = button.getAttribute('data-rule');
      localeSel.value = locale === null ? '' : String(data.locales.indexOf(locale));
      ruleSel.value = rule === null ? '' : String(data.rules.indexOf(rule));
      sevSel.value = '';
      search.value = '';
      apply();
      byId('pages').scrollIntoView();
    });
  });
  search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 150); });
  more.addEventListener('click', function () { var from = limit; limit += CHUNK; render(from); });
  apply();
})();
`;
