// The sample talk and the raw speech it was written from, as the tests find them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLE_OUTLINE = path.join(ROOT, 'slides/qunzhong.md');
/** The raw speech lives in ../shared beside the project (CI has it; a bare clone may not). */
export const RAW_SPEECH = path.resolve(ROOT, '../shared/seed/speech-raw.txt');
export const HAS_RAW_SPEECH = existsSync(RAW_SPEECH);
