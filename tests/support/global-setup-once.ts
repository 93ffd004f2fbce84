// Runs the browser tests' global set-up and its teardown once, as vitest does, in a process of its own: the test that
// the suite leaves nothing in the temporary folder runs this with TMPDIR pointing at a folder of its own.
import setup from '../global-setup.ts';

const provided: string[] = [];
const teardown = await setup({ provide: (key: string) => provided.push(key) } as unknown as Parameters<
  typeof setup
>[0]);
await teardown();
console.log(JSON.stringify({ provided }));
