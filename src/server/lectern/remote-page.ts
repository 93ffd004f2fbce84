// The phone's remote page: the slide's number, title and notes, the time, and two large buttons (the bottom half of
// the screen is 下一页). One file, its script inline, written for old phone browsers (WeChat's): no modules, no
// newer syntax, XMLHttpRequest and EventSource only.
import { REMOTE } from '../../client/lectern-protocol.ts';
import { language, say } from '../../messages/index.ts';
import { escapeHtml } from '../../deck/render.ts';

export function remotePage(): string {
  const words = {
    waiting: say('remoteWaiting'),
    refused: say('remoteRefused'),
    reconnecting: say('remoteReconnecting'),
    time: say('remoteElapsed').split('|'),
  };
  return `<!doctype html>
<html lang="${language() === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<title>${escapeHtml(say('remoteTitle'))}</title>
<style>
html, body { margin: 0; height: 100%; background: #111; color: #eee; font-family: sans-serif; }
body { display: flex; flex-direction: column; }
#info { flex: 0 0 30%; overflow: auto; padding: 10px 14px; box-sizing: border-box; }
#meta { display: flex; justify-content: space-between; font-size: 16px; color: #aaa; }
#title { font-size: 20px; margin: 6px 0; }
#notes { font-size: 18px; line-height: 1.6; color: #ddd; }
#status { font-size: 16px; color: #ffb74d; }
button { border: 0; margin: 0; width: 100%; font-size: 32px; font-weight: 700; color: #fff; -webkit-appearance: none; }
#prev { flex: 0 0 20%; background: #37474f; border-top: 1px solid #555; }
#next { flex: 0 0 50%; background: #b71c1c; }
button:active { filter: brightness(1.3); }
.over { color: #ff5a4f; }
</style>
</head>
<body>
<div id="info"><div id="meta"><span id="number"></span><span id="time"></span></div>
<div id="status"></div><div id="title"></div><div id="notes"></div></div>
<button id="prev" type="button">${escapeHtml(say('remotePrevious'))}</button>
<button id="next" type="button">${escapeHtml(say('remoteNext'))}</button>
<script>
(function () {
  var PHONE = ${JSON.stringify(REMOTE.phone)};
  var WORDS = ${JSON.stringify(words).replace(/</g, '\\u003c')};
  var KEY = 'speechdeck-remote-session';
  var session = null;
  try { session = localStorage.getItem(KEY); } catch (e) {}
  var match = /pair=([A-Za-z0-9_-]+)/.exec(location.hash);
  var pair = match ? match[1] : '';
  var state = null, stateAt = 0, source = null;
  function $(id) { return document.getElementById(id); }
  function status(text) { $('status').textContent = text || ''; }
  function post(path, body, done) {
    var x = new XMLHttpRequest();
    x.open('POST', PHONE + path);
    x.setRequestHeader('Content-Type', 'application/json');
    if (session) x.setRequestHeader('X-Speechdeck-Session', session);
    x.onload = function () { if (done) done(x.status, x.responseText); };
    x.onerror = function () { if (done) done(0, ''); };
    x.send(JSON.stringify(body));
  }
  function clock(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    var s = seconds % 60;
    return Math.floor(seconds / 60) + ':' + (s < 10 ? '0' : '') + s;
  }
  function tick() {
    if (!state) return;
    var elapsed = state.elapsed + (Date.now() - stateAt) / 1000;
    var left = state.slot - elapsed;
    var time = $('time');
    time.textContent = WORDS.time[0] + ' ' + clock(elapsed) + ' · ' +
      (left >= 0 ? WORDS.time[1] + ' ' + clock(left) : WORDS.time[2] + ' ' + clock(-left));
    time.className = left < 0 ? 'over' : '';
  }
  function show(next) {
    state = next; stateAt = Date.now();
    $('number').textContent = next.slide + ' / ' + next.total;
    $('title').textContent = next.title;
    $('notes').textContent = next.notes;
    tick();
  }
  function listen() {
    if (source) source.close();
    status('');
    source = new EventSource(PHONE + '/events?session=' + encodeURIComponent(session));
    source.addEventListener('state', function (event) { show(JSON.parse(event.data)); });
    source.onerror = function () {
      source.close(); source = null;
      status(WORDS.reconnecting);
      setTimeout(pairUp, 1500);
    };
  }
  function pairUp() {
    post('/pair', { pair: pair, session: session }, function (code, text) {
      if (code === 0) { status(WORDS.reconnecting); setTimeout(pairUp, 2000); return; }
      if (code !== 200) { status(WORDS.refused); return; }
      var answer = JSON.parse(text);
      session = answer.session;
      try { localStorage.setItem(KEY, session); } catch (e) {}
      if (answer.waiting) { status(WORDS.waiting); setTimeout(pairUp, 1500); return; }
      listen();
    });
  }
  function turn(to) {
    return function (event) {
      event.preventDefault();
      post('/turn', { to: to }, function (code) { if (code === 403) { status(WORDS.refused); } });
    };
  }
  $('next').addEventListener('click', turn('next'));
  $('prev').addEventListener('click', turn('prev'));
  setInterval(tick, 1000);
  pairUp();
})();
</script>
</body>
</html>
`;
}
