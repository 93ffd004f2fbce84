#!/usr/bin/env node
// Entry point of the `speechdeck` command: loads the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

// Output piped into `head` and the like may close early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
