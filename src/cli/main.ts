#!/usr/bin/env node
// The `madoguchi` command. Each sub-command lives in its own file and is loaded on demand,
// so `madoguchi moderate` never opens a database and `serve` never loads the lexicons twice.
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.command.ts')).serveCommand,
  migrate: async () => (await import('./migrate.command.ts')).migrateCommand,
  demo: async () => (await import('./demo.command.ts')).demoCommand,
  policy: async () => (await import('./policy.command.ts')).policyCommand,
  staff: async () => (await import('./staff.command.ts')).staffCommand,
  moderate: async () => (await import('./moderate.command.ts')).moderateCommand,
};

const usage = `madoguchi <command>

  serve [--demo]            start the web server (with --demo: seed the demo data first)
  migrate                   apply database migrations
  demo                      seed the demo tenants and print URLs and logins
  policy publish ...        publish a policy version
  staff add ...             add a staff member
  moderate [FILE|-]         moderate comments (see: madoguchi moderate --help)
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(usage);
    return name ? 2 : 0;
  }
  const command = await load();
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`madoguchi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
