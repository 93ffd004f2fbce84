// The reveal.js speaker view speaks English; these replacements make every label in it Chinese. Its two previews are
// left without an address: the deck's policy allows no frames of local files, and the client draws the slides into
// them itself (client/speaker-previews.ts).

const PREVIEWS: Array<[string, string]> = [
  [
    "currentSlide.setAttribute( 'src', currentURL );",
    "currentSlide.setAttribute( 'data-speechdeck-preview', 'current' );",
  ],
  [
    "upcomingSlide.setAttribute( 'src', upcomingURL );",
    "upcomingSlide.setAttribute( 'data-speechdeck-preview', 'upcoming' );",
  ],
];

const LABELS: Array<[string, string]> = [
  ['<html lang=\\"en\\">', '<html lang=\\"zh-CN\\">'],
  ['reveal.js - Speaker View', '演讲者视图'],
  ['"reveal.js - Notes"', '"speechdeck-notes"'],
  ['Loading speaker view...', '正在打开演讲者视图……'],
  ['>Upcoming<', '>下一页<'],
  ['>Time <', '>用时 <'],
  ['>Click to Reset<', '>点击重新计时<'],
  ['Pacing – Time to finish current slide', '节奏：本页剩余时间（红色为超时）'],
  ['>Notes<', '>演讲备注<'],
  ["'default': 'Default'", "'default': '默认'"],
  ["'wide': 'Wide'", "'wide': '宽屏'"],
  ["'tall': 'Tall'", "'tall': '竖排'"],
  ["'notes-only': 'Notes only'", "'notes-only': '仅备注'"],
  ["'Layout' + ( title ? ( ': ' + title ) : '' )", "'布局' + ( title ? ( '：' + title ) : '' )"],
  [
    "toLocaleTimeString( 'en-US', { hour12: true, hour: '2-digit', minute:'2-digit' } )",
    "toLocaleTimeString( 'zh-CN', { hour12: false, hour: '2-digit', minute:'2-digit' } )",
  ],
  [
    'Cross origin error.<br>The speaker window can only be opened from the same origin.',
    '无法连接：演讲者视图只能从同一来源打开。',
  ],
  [
    'Error connecting to main window.<br>Please try closing and reopening the speaker view.',
    '无法连接到放映窗口。<br>请关闭演讲者视图后重新打开（按 S 键）。',
  ],
];

/** Every word the speaker view shows in our translation: its fonts must hold them. */
export const SPEAKER_VIEW_WORDS: readonly string[] = LABELS.map(([, to]) => to);

/** True for the reveal.js notes plugin module, whose code carries the speaker view's HTML. */
export function isNotesPlugin(id: string): boolean {
  return /reveal\.js[\\/]dist[\\/]plugin[\\/]notes\.m?js$/.test(id);
}

/** Applies every replacement; returns the labels that were not found, so a reveal.js upgrade that moves them is noticed. */
export function translateSpeakerView(code: string): { code: string; missing: string[] } {
  const missing: string[] = [];
  let out = code;
  for (const [from, to] of [...PREVIEWS, ...LABELS]) {
    if (!out.includes(from)) missing.push(from);
    out = out.split(from).join(to);
  }
  return { code: out, missing };
}
