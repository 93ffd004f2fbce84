// Raw speech (txt, md or docx bytes) → a draft outline, with the noise it removed: the importer's one entry point.
import { OutlineError } from '../outline/error.ts';
import { decodeText, normaliseText, refuseKnownBinary } from './decode.ts';
import { docxToText } from './docx.ts';
import { ZipTooLarge } from './zip.ts';
import { formatBytes } from '../files/size.ts';
import { countSlides, planDraft, writeDraft } from './draft.ts';
import { NOISE_RULES, removeNoise } from './noise/index.ts';
import { pageByline } from './noise/web-page.ts';
import { readInputFrontMatter } from './structure/front-matter.ts';
import { readSpeech } from './structure/index.ts';
import type { Draft, ImportWarning, SourceKind } from './types.ts';
import { say, sayIn } from '../messages/index.ts';

export type { Draft } from './types.ts';

export async function draftOutline(input: { bytes: Uint8Array; fileName: string; duration?: number }): Promise<Draft> {
  const { bytes, fileName } = input;
  const { text, kind, warnings } = await readText(bytes, fileName);
  // A Markdown file's own front matter is metadata, not text for the noise rules.
  const lines = text.split('\n').map((line, i) => ({ line: i + 1, text: line }));
  const { meta, body } = kind === 'markdown' ? readInputFrontMatter(lines) : { meta: {}, body: lines };
  const { kept, removed } = removeNoise(body.map((l) => l.text).join('\n'), NOISE_RULES, body[0]?.line ?? 1);
  if (kept.every((line) => line.text.trim() === '')) {
    throw OutlineError.about(fileName, say('onlyNoise', removed.length), say('onlyNoiseFix'));
  }
  const { style, ...speech } = readSpeech(kept, meta, titleFromFileName(fileName), pageByline(removed));
  const plan = planDraft(speech);
  const markdown = writeDraft(speech, plan, { removed, warnings }, kind, baseName(fileName), input.duration);
  return { markdown, removed, warnings, speech, summary: { style, ...countSlides(plan) } };
}

async function readText(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ text: string; kind: SourceKind; warnings: ImportWarning[] }> {
  const extension = /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'docx') {
    if (bytes.length === 0) throw OutlineError.about(fileName, say('speechEmpty'), say('speechTextFix', false));
    refuseKnownBinary(bytes, fileName, 'zip');
    let text: string;
    try {
      text = normaliseText(await docxToText(bytes));
    } catch (error) {
      if (error instanceof ZipTooLarge) {
        const found = error.found;
        const message =
          found.kind === 'parts'
            ? say('docxTooManyParts', found.parts, found.limit)
            : found.kind === 'understated'
              ? say('docxPartUnderstated', found.part, formatBytes(found.declared))
              : say('docxTooLarge', Math.round(found.limit / 1024 / 1024));
        throw OutlineError.about(fileName, message, say('docxTooLargeFix'));
      }
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw OutlineError.about(fileName, say('docxUnreadable', reason ?? ''), say('docxUnreadableFix'));
    }
    if (text.trim() === '') throw OutlineError.about(fileName, say('speechNoText', true), say('speechTextFix', true));
    return { text, kind: 'text', warnings: [] };
  }
  const kind: SourceKind = extension === 'md' || extension === 'markdown' ? 'markdown' : 'text';
  const { text, damaged } = decodeText(bytes, fileName, { keepIndent: kind === 'markdown' });
  const warnings = damaged.map(({ line, column, count }) => ({
    line,
    column,
    message: say('damagedBytes', count),
    // The draft is Chinese whatever the language of the messages.
    remark: sayIn('zh', 'damagedBytes', count),
  }));
  return { text, kind, warnings };
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/u).at(-1) ?? fileName;
}

function titleFromFileName(fileName: string): string {
  return baseName(fileName).replace(/\.[^.]+$/u, '') || '未命名发言';
}
