#!/usr/bin/env node
// Entry point of the `speechdeck` command: runs the prebuilt command line (see scripts/cli-bundle.mjs).
import { cliModule } from '../scripts/cli-bundle.mjs';

// Output piped into `head` and the like may close early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await import(await cliModule());
process.exitCode = await main(process.argv.slice(2));
