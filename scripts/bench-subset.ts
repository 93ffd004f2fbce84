// One measurement of `npm run bench`, run as a process of its own so that it starts cold like a command does:
// how long cutting the sample's fonts takes with nothing cached (harfbuzz compiled, the faces `deck` needs cut from
// the @fontsource files, merged and compressed). Prints {"ms": …, "cpuMs": …, "bytes": …} on stdout (the CPU time says what a busy machine's wall time hides).
// Usage: node --import tsx scripts/bench-subset.ts <outline.md>
import { deckCharacters } from '../src/outputs/deck/folder.ts';
import { loadDeck } from '../src/load/index.ts';
import { SCRIPT_FACES } from '../src/fonts/index.ts';
import { cutFace } from '../src/fonts/cut.ts';
import { paperText } from '../src/outputs/deck-folder.ts';
import { outputsNamed } from '../src/outputs/list.ts';

const [outline] = process.argv.slice(2);
if (!outline) throw new Error('usage: bench-subset.ts <outline.md>');
const deck = await loadDeck(outline);
// the characters as `deck` asks for them: the deck's, and the handout's and script's words
const characters = deckCharacters(deck, paperText(deck, outputsNamed(['slides', 'handout', 'script']), {}));
const started = performance.now();
const cpu = process.cpuUsage();
// every face `deck` makes: the slides' three and the script's serif
const faces = await Promise.all(SCRIPT_FACES.map((face) => cutFace(face, characters)));
const ms = performance.now() - started;
const { user, system } = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({ ms, cpuMs: (user + system) / 1000, characters: [...characters].length, bytes: faces.reduce((sum, face) => sum + face.woff2.length, 0) })}\n`,
);
