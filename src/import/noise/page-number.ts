// Rule for page-number lines left by copying text out of a paginated document.
import type { NoiseRule } from './rule.ts';

const PAGE_NUMBER = [
  /^[-－—–_·•\s]*\d{1,4}[-－—–_·•\s]*$/u, // "- 3 -", "—3—", "·3·", "12"
  /^第\s*\d{1,4}\s*页\s*[,，/／]?\s*(共\s*\d{1,4}\s*页)?$/u, // "第 2 页 共 5 页"
  /^共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页$/u,
  /^(page|Page|PAGE)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/u,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/u, // "2 / 5"
];

export const pageNumber: NoiseRule = {
  name: 'page-number',
  description: 'a line that is only a page number ("- 3 -", "·3·", "第 2 页 共 5 页", "2/5")',
  test: (line) => PAGE_NUMBER.some((re) => re.test(line.trim())),
};
