// The import graph's rules (npm run lint runs `depcruise src`): no cycles, and the pure stages never touch the disk.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A module that imports itself through others: the stages flow one way (docs/architecture.md).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-stages-no-fs',
      severity: 'error',
      comment:
        'outline/, deck/, check/ and import/ are pure: the file system is for load/, outputs/, files/ and the commands.',
      from: { path: '^src/(outline|deck|check|import)/' },
      to: { path: '^(node:)?fs(/promises)?$', dependencyTypes: ['core'] },
    },
    {
      name: 'pure-stages-no-io-folders',
      severity: 'error',
      comment: 'The pure stages never reach the I/O edges, not even through one of our modules.',
      from: { path: '^src/(outline|deck|check|import)/' },
      // files/size.ts only formats a number of bytes.
      to: {
        path: '^src/(files|load|outputs|server|commands|editor)/|^src/cli\\.ts$',
        pathNot: '^src/files/size\\.ts$',
      },
    },
    {
      name: 'stages-not-commands',
      severity: 'error',
      comment: 'A command calls stages; a stage never calls a command.',
      from: { path: '^src/', pathNot: '^src/(commands/|cli\\.ts$)' },
      to: { path: '^src/(commands/|cli\\.ts$)' },
    },
    {
      name: 'client-no-node',
      severity: 'error',
      comment: 'The deck and the editor run in the browser.',
      from: { path: '^src/(client|editor)/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.mts$' },
  },
};
