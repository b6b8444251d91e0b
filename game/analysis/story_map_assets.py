"""The story map page's style and script, inlined into the one HTML file (no CDN, works offline).

The script reads the JSON block the page carries (nodes and edges in the SVG's order, the
page's words in the trainer's language) and writes scenario text with textContent only.
"""

STYLE = """
html,body{margin:0;height:100%;font:14px/1.4 "DejaVu Sans",Arial,sans-serif;color:#1a1a1a}
body{display:flex;flex-direction:column}
header{display:flex;gap:8px;align-items:center;padding:6px 10px;background:#f4f6f9;border-bottom:1px solid #ccd}
h1{font-size:16px;margin:0 12px 0 0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:40%}
#search{flex:1;min-width:160px;max-width:420px;padding:4px 8px;font:inherit}
button{font:inherit;padding:3px 10px;cursor:pointer}
#counts,#found{color:#555;font-size:12px;white-space:nowrap}
#legend{display:flex;flex-wrap:wrap;gap:4px 14px;padding:4px 10px;font-size:12px;border-bottom:1px solid #dde}
#legend .swatch{display:inline-block;width:14px;height:10px;border:2px solid;border-radius:3px;margin-right:4px;
  vertical-align:-1px}
#legend .hint{color:#666;margin-left:auto}
main{flex:1;position:relative;overflow:hidden;background:#fff}
#map{width:100%;height:100%;display:block;cursor:grab;touch-action:none;user-select:none}
#map.dragging{cursor:grabbing}
.node,.edge{cursor:pointer}
.edge path{pointer-events:stroke}
.dim{opacity:.15}
.match>rect,.selected>rect{stroke:#1565c0;stroke-width:4}
.near path{stroke-width:3.5}
.selected-edge path{stroke:#1565c0;stroke-width:3.5}
.selected-edge text{fill:#1565c0;font-weight:bold}
#panel{position:absolute;top:0;right:0;bottom:0;width:min(420px,90%);overflow:auto;background:#fff;
  border-left:1px solid #ccd;box-shadow:-4px 0 12px rgba(0,0,0,.08);padding:10px 14px}
#close{float:right}
#detail h2{font-size:17px;margin:4px 0 2px;word-break:break-word}
#detail h3{font-size:13px;margin:12px 0 4px;color:#444;text-transform:uppercase;letter-spacing:.03em}
#detail .badge{display:inline-block;font-size:12px;padding:1px 8px;border-radius:9px;background:#eef3fb;margin:2px 4px 2px 0}
#detail .badge.bad{background:#fde8e8;color:#a01515}
#detail .where{display:flex;gap:6px;align-items:center;margin:6px 0}
#detail .where code{background:#f4f4f4;padding:2px 6px;word-break:break-all}
#detail p{margin:4px 0;white-space:pre-wrap;word-break:break-word}
#detail .speaker{font-weight:bold}
#detail .cond{color:#7b4fa5;font-family:monospace;font-size:12px}
#detail ul{margin:2px 0;padding-left:18px}
#detail li.link{cursor:pointer;color:#1a4f9c}
#detail li.link:hover{text-decoration:underline}
#detail .tag{color:#d35400}
"""

SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var W = data.words;
  var svg = document.getElementById("map");
  var view = document.getElementById("viewport");
  var panel = document.getElementById("panel");
  var detail = document.getElementById("detail");
  var nodeEls = Array.prototype.slice.call(view.querySelectorAll("g.node"));
  var edgeEls = Array.prototype.slice.call(view.querySelectorAll("g.edge"));
  var byId = {};
  data.nodes.forEach(function (n, i) { byId[n.id] = i; });
  var width = +svg.dataset.width, height = +svg.dataset.height;
  var at = { x: 0, y: 0, k: 1 };
  var moved = false; // once the trainer pans or zooms, a resized window keeps their view

  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_m, key) { return values[key]; });
  }
  document.getElementById("counts").textContent =
    say(W.counts, { nodes: nodeEls.length, edges: edgeEls.length });

  // -- pan and zoom ------------------------------------------------------------------
  function apply(byHand) {
    if (byHand) moved = true;
    view.setAttribute("transform", "translate(" + at.x + "," + at.y + ") scale(" + at.k + ")");
  }
  function fit() {
    var box = svg.getBoundingClientRect();
    at.k = Math.min(box.width / width, box.height / height, 1.2) || 1;
    at.x = (box.width - width * at.k) / 2;
    at.y = Math.max(0, (box.height - height * at.k) / 2);
    apply();
  }
  function zoom(factor, cx, cy) {
    var k = Math.min(8, Math.max(0.03, at.k * factor));
    at.x = cx - (cx - at.x) * k / at.k;
    at.y = cy - (cy - at.y) * k / at.k;
    at.k = k;
    apply(true);
  }
  function zoomMiddle(factor) {
    var box = svg.getBoundingClientRect();
    zoom(factor, box.width / 2, box.height / 2);
  }
  function centreOn(el) {
    var b = el.getBBox(), box = svg.getBoundingClientRect();
    at.k = Math.max(at.k, 0.8);
    at.x = box.width / 2 - (b.x + b.width / 2) * at.k;
    at.y = box.height / 2 - (b.y + b.height / 2) * at.k;
    apply(true);
  }
  svg.addEventListener("wheel", function (e) {
    e.preventDefault();
    var box = svg.getBoundingClientRect();
    zoom(Math.exp(-e.deltaY * 0.0015), e.clientX - box.left, e.clientY - box.top);
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (e) {
    drag = { x: e.clientX, y: e.clientY, ax: at.x, ay: at.y, moved: false, target: e.target };
  });
  window.addEventListener("pointermove", function (e) {
    if (!drag) return;
    var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) { drag.moved = true; svg.classList.add("dragging"); }
    if (drag.moved) { at.x = drag.ax + dx; at.y = drag.ay + dy; apply(true); }
  });
  window.addEventListener("pointerup", function () {
    if (drag && !drag.moved) pick(drag.target);
    drag = null;
    svg.classList.remove("dragging");
  });
  document.getElementById("fit").onclick = fit;
  document.getElementById("zoom-in").onclick = function () { zoomMiddle(1.25); };
  document.getElementById("zoom-out").onclick = function () { zoomMiddle(0.8); };
  document.getElementById("close").onclick = function () { panel.hidden = true; mark(-1, -1); };
  window.addEventListener("resize", function () { if (!moved) fit(); });

  // -- the panel: everything about one node or one line, as text -------------------
  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = String(text);
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  }
  function section(title, items, fill) {
    if (!items || !items.length) return;
    add(detail, "h3", title);
    var list = add(detail, "ul");
    items.forEach(function (item) { fill(add(list, "li"), item); });
  }
  function where(line) {
    if (!line) return;
    var text = data.file + ":" + line;
    var row = add(detail, "div", null, "where");
    add(row, "code", text);
    var button = add(row, "button", W.copy);
    button.type = "button";
    button.onclick = function () {
      var done = function () { button.textContent = W.copied; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { copyOld(text); done(); });
      } else { copyOld(text); done(); }
    };
  }
  function copyOld(text) {
    var area = add(document.body, "textarea");
    area.value = text;
    area.select();
    try { document.execCommand("copy"); } catch (_e) { /* the text stays selectable */ }
    area.remove();
  }
  function changes(list) {
    return (list || []).map(function (p) {
      return p[0] + " " + (typeof p[1] === "number" && p[1] > 0 ? "+" : "") + p[1];
    });
  }
  function lineItem(li, line) {
    if (line.speaker) add(li, "span", line.speaker + ": ", "speaker");
    add(li, "span", line.text);
    if (line["if"]) add(li, "div", W["if"] + ": " + line["if"], "cond");
  }
  function edgeItem(li, i, other) {
    var e = data.edges[i];
    li.className = "link";
    li.textContent = (e.choice || e.label || e.style) + " → " + data.nodes[byId[e[other]]].label;
    li.onclick = function () { showEdge(i); };
  }
  function badges(list) {
    var row = add(detail, "div");
    list.forEach(function (b) { if (b) add(row, "span", b[0], "badge" + (b[1] ? " bad" : "")); });
  }
  function showNode(i) {
    var n = data.nodes[i];
    detail.textContent = "";
    add(detail, "h2", n.title && n.title !== n.label ? n.label + " · " + n.title : n.label);
    badges([[W[n.detail] || W[n.kind] || n.kind], n.unreachable && [W.unreachable, 1],
      n.dead_end && [W.dead_end, 1], n.kind === "missing" && [W.missing, 1]]);
    where(n.line);
    if (n.location) add(detail, "p", W.location + ": " + n.location);
    if (n["if"]) add(detail, "p", W["if"] + ": " + n["if"], "cond");
    if (n.chance !== undefined && n.chance < 1) add(detail, "p", W.chance + ": " + Math.round(n.chance * 100) + "%");
    section(W.at, n.at, function (li, id) { li.textContent = id; });
    section(W.lines, n.lines, lineItem);
    if (n.summary) { add(detail, "h3", W.summary); add(detail, "p", n.summary); }
    section(W.debrief, n.debrief, lineItem);
    section(W.effects, changes(n.effects), function (li, t) { li.textContent = t; });
    section(W.sets, changes(n.sets), function (li, t) { li.textContent = t; });
    if (n.hint_field) { add(detail, "h3", W.hint_field); add(detail, "p", n.hint_field); }
    if (n.reflection) { add(detail, "h3", W.reflection); add(detail, "p", n.reflection); }
    var out = [], into = [];
    data.edges.forEach(function (e, k) { if (e.source === n.id) out.push(k); if (e.target === n.id) into.push(k); });
    section(W.choices, out, function (li, k) { edgeItem(li, k, "target"); });
    section(W.from, into, function (li, k) { edgeItem(li, k, "source"); });
    panel.hidden = false;
    mark(i, -1, out.concat(into));
  }
  function showEdge(i) {
    var e = data.edges[i];
    detail.textContent = "";
    add(detail, "h2", e.choice || e.label || e.style);
    badges([[e.style === "choice" ? W.choices : (W[e.style] || e.style)], e.broken && [W.missing, 1]]);
    where(e.line);
    if (e.text) add(detail, "p", e.text);
    if (e["if"]) add(detail, "p", W["if"] + ": " + e["if"], "cond");
    section(W.effects, changes(e.effects), function (li, t) { li.textContent = t; });
    section(W.sets, changes(e.sets), function (li, t) { li.textContent = t; });
    section(W.tags, e.tags, function (li, t) { li.textContent = t; li.className = "tag"; });
    if (e.feedback) { add(detail, "h3", W.feedback); add(detail, "p", e.feedback); }
    if (e.insight) { add(detail, "h3", W.insight); add(detail, "p", e.insight); }
    section(W.schedules, e.schedules, function (li, t) { li.textContent = t; });
    section(W.from, [e.source], nodeLink);
    section(W.to, [e.target], nodeLink);
    panel.hidden = false;
    mark(-1, i, []);
  }
  function nodeLink(li, id) {
    li.className = "link";
    li.textContent = data.nodes[byId[id]].label;
    li.onclick = function () { showNode(byId[id]); centreOn(nodeEls[byId[id]]); };
  }
  function mark(node, edge, near) {
    nodeEls.forEach(function (el, k) { el.classList.toggle("selected", k === node); });
    edgeEls.forEach(function (el, k) {
      el.classList.toggle("selected-edge", k === edge);
      el.classList.toggle("near", (near || []).indexOf(k) >= 0);
    });
  }
  function pick(target) {
    var el = target && target.closest ? target.closest("g.node, g.edge") : null;
    if (!el) return;
    var i = +el.dataset.index;
    if (el.classList.contains("node")) showNode(i); else showEdge(i);
  }

  // -- search: every text a node or a choice carries ---------------------------------
  var haystack = data.nodes.map(function (n) {
    var parts = [n.id, n.label, n.title, n.summary, n.hint_field, n.reflection];
    (n.lines || []).concat(n.debrief || []).forEach(function (l) { parts.push(l.speaker, l.text); });
    return parts.join("\n").toLowerCase();
  });
  var edgeHay = data.edges.map(function (e) {
    return [e.choice, e.label, e.text, e.feedback].concat(e.tags).join("\n").toLowerCase();
  });
  var search = document.getElementById("search"), found = document.getElementById("found");
  var hits = [], next = 0;
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    hits = [];
    next = 0;
    nodeEls.forEach(function (el, i) {
      var hit = q && haystack[i].indexOf(q) >= 0;
      if (hit) hits.push(el);
      el.classList.toggle("match", !!hit);
      el.classList.toggle("dim", !!q && !hit);
    });
    edgeEls.forEach(function (el, i) {
      var hit = q && edgeHay[i].indexOf(q) >= 0;
      if (hit) hits.push(el);
      el.classList.toggle("dim", !!q && !hit);
    });
    found.textContent = q ? (hits.length ? say(W.found, { n: hits.length }) : W.none) : "";
  });
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && hits.length) { centreOn(hits[next % hits.length]); pick(hits[next % hits.length]); next++; }
    if (e.key === "Escape") { search.value = ""; search.dispatchEvent(new Event("input")); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.target === search) return;
    if (e.key === "+" || e.key === "=") zoomMiddle(1.25);
    if (e.key === "-") zoomMiddle(0.8);
    if (e.key === "0") fit();
    if (e.key === "/") { e.preventDefault(); search.focus(); }
  });

  // -- a link can open the map at a node (#node=ID) or with a search (#search=TEXT) ----
  fit();
  var wanted = /^#(node|search)=(.*)$/.exec(location.hash);
  if (wanted && wanted[1] === "node" && byId[decodeURIComponent(wanted[2])] !== undefined) {
    var index = byId[decodeURIComponent(wanted[2])];
    showNode(index);
    centreOn(nodeEls[index]);
  } else if (wanted) {
    search.value = decodeURIComponent(wanted[2]);
    search.dispatchEvent(new Event("input"));
  }
  document.body.dataset.ready = "yes";
})();
"""
