// Reads the deck settings the build embedded in the page (no fetch: the page must work from file://).
import type { DeckSettings } from '../deck/document.ts';

export function readSettings(): DeckSettings {
  const element = document.getElementById('speechdeck-settings');
  const fallback: DeckSettings = { width: 1920, height: 1080, title: document.title, seconds: 0 };
  if (!element?.textContent) return fallback;
  try {
    return { ...fallback, ...(JSON.parse(element.textContent) as Partial<DeckSettings>) };
  } catch {
    return fallback;
  }
}

/** True when reveal.js lays the deck out for printing (`?print-pdf`). */
export function isPrintView(): boolean {
  return /print-pdf/i.test(window.location.search);
}
