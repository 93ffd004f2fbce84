#!/usr/bin/env node
// Entry point of the `speechdeck` command: runs the prebuilt command line (see scripts/cli-bundle.mjs).
import v8 from 'node:v8';
import { cliModule } from '../scripts/cli-bundle.mjs';

// Parsing a long outline allocates briskly, and V8 would answer by growing its young generation up to 16 MB a
// semi-space: memory that only ever holds garbage. Keeping it at its starting size holds the peak nearly flat as
// decks grow (about 20 MB less at 480 slides), for a few more, shorter, collections.
v8.setFlagsFromString('--semi-space-growth-factor=1');

// Output piped into `head` and the like may close early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await import(await cliModule());
const code = await main(process.argv.slice(2));
// Every output is written and every browser gone; sockets and pipes of the dead browser may take a few tens of
// milliseconds more to wind down. Leave once what we printed has been handed to the terminal or pipe.
const flushed = (stream) => new Promise((resolve) => stream.write('', () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
