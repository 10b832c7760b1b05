import { loadConfig } from '../kernel/config.ts';
import { startServer } from '../server.ts';

export async function serveCommand(args: string[]): Promise<number> {
  const config = loadConfig();
  const withDemo = args.includes('--demo');
  const running = await startServer(config, {
    beforeListen: withDemo
      ? async (ctx) => {
          const { seedDemo, printDemo } = await import('../demo/seed-demo.ts');
          printDemo(await seedDemo(ctx), config.BASE_URL);
        }
      : undefined,
  });
  process.stdout.write(`madoguchi: ${running.url}\n`);
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}
