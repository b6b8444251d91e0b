"""The one page a phone opens: HTML, CSS and script in one answer, nothing from the internet.

It asks the server for the vote every 1.5 s, shows the situation and the options in the phone's
language (Bahasa Indonesia unless the phone is set to English; a switch at the top), and sends a vote
with the phone's token: a random id the page draws once and keeps in localStorage, so a phone that
reconnects keeps its vote. Every text is set with textContent (a scenario's words are never markup).
"""

from __future__ import annotations

import json

WORDS = {
    "id": {
        "title": "Suara kelas",
        "anon": "Suara Anda anonim: tidak ada nama, nomor, atau data ponsel yang disimpan.",
        "waiting": "Menunggu pemungutan suara berikutnya dari fasilitator…",
        "open": "Pilih satu. Anda bisa mengganti pilihan sampai fasilitator menutup pemungutan suara.",
        "mine": "Suara Anda tercatat: pilihan {n}. Ketuk pilihan lain untuk menggantinya.",
        "closed": "Pemungutan suara ditutup pukul {at}.",
        "closed_mine": "Pemungutan suara ditutup pukul {at}. Suara Anda: pilihan {n}.",
        "closed_none": "Pemungutan suara ditutup pukul {at}. Anda tidak memberi suara.",
        "refused": "Maaf, suara ini datang sesudah ditutup dan tidak dihitung.",
        "offline": "Tidak tersambung ke laptop fasilitator; mencoba lagi…",
        "situation": "Situasi",
        "options": "Pilihan",
        "yours": "Pilihan Anda",
        "switch": "English",
    },
    "en": {
        "title": "Class vote",
        "anon": "Your vote is anonymous: no name, number or phone data is kept.",
        "waiting": "Waiting for the facilitator's next vote…",
        "open": "Choose one. You can change your choice until the facilitator closes the vote.",
        "mine": "Your vote is counted: option {n}. Tap another option to change it.",
        "closed": "The vote closed at {at}.",
        "closed_mine": "The vote closed at {at}. Your vote: option {n}.",
        "closed_none": "The vote closed at {at}. You did not vote.",
        "refused": "Sorry, this vote came after the close and was not counted.",
        "offline": "Not connected to the facilitator's laptop; trying again…",
        "situation": "Situation",
        "options": "Options",
        "yours": "Your choice",
        "switch": "Bahasa Indonesia",
    },
}

STYLE = """
*{box-sizing:border-box}
body{margin:0;font:18px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4efe6;color:#222}
header{background:#1f5f5b;color:#fff;position:sticky;top:0;padding:10px 16px;z-index:1}
.bar{display:flex;align-items:center;justify-content:space-between;gap:8px}
header h1{font-size:20px;margin:0}
#lang{font:inherit;font-size:16px;min-height:44px;padding:6px 14px;border:2px solid #fff;border-radius:10px;
background:transparent;color:#fff}
main{padding:12px 16px 32px;max-width:640px;margin:0 auto}
.anon{background:#e3efe9;border-left:5px solid #1f5f5b;padding:10px 12px;border-radius:8px;font-size:16px}
#status{font-weight:600;font-size:16px;margin:8px 0 2px}
#status.bad{background:#fbe3dc;color:#8a1f10;border-radius:8px;padding:6px 10px}
h2{font-size:15px;text-transform:uppercase;letter-spacing:.05em;color:#666;margin:18px 0 6px}
#situation{background:#fff;border-radius:12px;padding:12px 14px;max-height:40vh;overflow:auto}
#situation p{margin:0 0 8px}
#situation b{display:block;color:#1f5f5b;font-size:15px}
#options button{display:flex;gap:12px;align-items:flex-start;width:100%;min-height:64px;margin:0 0 12px;
padding:14px;font:inherit;text-align:left;background:#fff;color:#222;border:3px solid #c9c1b3;border-radius:14px}
#options button .n{flex:none;width:36px;height:36px;border-radius:50%;background:#1f5f5b;color:#fff;
display:flex;align-items:center;justify-content:center;font-weight:700}
#options button.mine{border-color:#1f5f5b;background:#e3efe9}
#options button.mine .you{display:block;font-size:14px;font-weight:700;color:#1f5f5b}
#options button .you{display:none}
#options button:disabled{opacity:.6}
"""

SCRIPT = r"""
var W = __WORDS__;
var store = null;
try { store = window.localStorage; } catch (e) {}  // blocked storage: a token for this visit only
function token() {
  var t = null;
  try { t = store.getItem("berdaya-token"); } catch (e) {}
  if (!t || !/^[0-9a-f]{32}$/.test(t)) {
    var a = new Uint8Array(16); (window.crypto || window.msCrypto).getRandomValues(a);
    t = Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    try { store.setItem("berdaya-token", t); } catch (e) {}
  }
  return t;
}
var TOKEN = token();
var lang = null;
try { lang = store.getItem("berdaya-lang"); } catch (e) {}
if (lang !== "id" && lang !== "en") {
  lang = /^en/i.test(navigator.language || "") ? "en" : "id";
}
var state = null, refused = false, offline = false, shown = "";
function w(key, n, at) { return W[lang][key].replace("{n}", n).replace("{at}", at); }
function el(tag, text, cls) {
  var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e;
}
function pick(t) { return (t && (t[lang] || t[lang === "en" ? "id" : "en"])) || ""; }
function numberOf(id) {
  var o = state && state.question ? state.question.options : [];
  for (var i = 0; i < o.length; i++) if (o[i].id === id) return o[i].n;
  return "";
}
function render() {
  // rebuilt only when something changed: a poll that brings nothing new never replaces a button
  // under a finger
  var now = JSON.stringify([lang, offline, refused, state]);
  if (now === shown) return;
  shown = now;
  document.documentElement.lang = lang;
  document.getElementById("title").textContent = W[lang].title;
  document.getElementById("anon").textContent = W[lang].anon;
  document.getElementById("lang").textContent = W[lang].switch;
  var status = document.getElementById("status"), text, bad = false;
  var q = state && state.question, mine = state && state.mine;
  if (offline) { text = w("offline"); bad = true; }
  else if (!q) text = w("waiting");
  else if (!state.open) {
    text = mine ? w("closed_mine", numberOf(mine), state.closed_at) :
      w("closed_none", "", state.closed_at);
    if (refused) { text = w("refused") + " " + text; bad = true; }
  } else text = mine ? w("mine", numberOf(mine)) : w("open");
  status.textContent = text; status.className = bad ? "bad" : "";
  var sit = document.getElementById("situation"), opts = document.getElementById("options");
  sit.textContent = ""; opts.textContent = "";
  document.getElementById("sit-h").style.display = q ? "" : "none";
  document.getElementById("opt-h").style.display = q ? "" : "none";
  sit.style.display = q && q.situation.length ? "" : "none";
  if (!q) return;
  document.getElementById("sit-h").textContent = W[lang].situation;
  document.getElementById("opt-h").textContent = W[lang].options;
  q.situation.forEach(function (line) {
    var p = el("p"); if (line.speaker) p.appendChild(el("b", line.speaker));
    p.appendChild(document.createTextNode(pick(line.text))); sit.appendChild(p);
  });
  q.options.forEach(function (o) {
    var b = el("button", "", o.id === mine ? "mine" : "");
    b.type = "button"; b.setAttribute("data-choice", o.id); b.disabled = !state.open;
    b.appendChild(el("span", String(o.n), "n"));
    var words = el("span"); words.appendChild(el("span", W[lang].yours, "you"));
    words.appendChild(document.createTextNode(pick(o.text))); b.appendChild(words);
    b.onclick = function () { vote(o.id); }; opts.appendChild(b);
  });
}
function request(method, url, body, done) {
  var x = new XMLHttpRequest(); x.open(method, url); x.timeout = 5000;
  x.onload = function () {
    var data = null; try { data = JSON.parse(x.responseText); } catch (e) {}
    offline = !data; done(x.status, data); render();
  };
  x.onerror = x.ontimeout = function () { offline = true; render(); };
  if (body) { x.setRequestHeader("Content-Type", "application/json"); x.send(JSON.stringify(body)); }
  else x.send();
}
function poll() {
  request("GET", "state?token=" + TOKEN, null, function (code, data) {
    if (data && code === 200) {
      if (!state || state.vote !== data.vote) refused = false;
      state = data;
    }
  });
}
function vote(choice) {
  if (!state || !state.open) return;
  request("POST", "vote", { vote: state.vote, token: TOKEN, choice: choice }, function (code, data) {
    if (!data) return;
    if (data.ok) { state.mine = data.mine; refused = false; }
    else if (data.error === "closed") { refused = true; poll(); }
    else poll();
  });
}
document.getElementById("lang").onclick = function () {
  lang = lang === "en" ? "id" : "en";
  try { store.setItem("berdaya-lang", lang); } catch (e) {}
  render();
};
render(); poll(); setInterval(poll, 1500);
"""


def page() -> str:
    """The phone's page, whole."""
    script = SCRIPT.replace("__WORDS__", json.dumps(WORDS, ensure_ascii=False))
    return (
        "<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<title>Berdaya</title><style>" + STYLE + "</style></head><body>"
        '<header><div class="bar"><h1 id="title"></h1><button id="lang" type="button"></button></div>'
        '<div id="status" role="status" aria-live="polite"></div></header>'
        '<main><div class="anon" id="anon"></div>'
        '<h2 id="sit-h"></h2><div id="situation"></div><h2 id="opt-h"></h2><div id="options"></div></main>'
        "<script>" + script + "</script></body></html>"
    )
