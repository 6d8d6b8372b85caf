// The start-up baseline: a bare NestJS app (bare-nest.ts) started as a process of its own, on
// PORT; startup.ts times it from the spawn to its first answer.
import { createBareApp } from './bare-nest';

async function main(): Promise<void> {
  const app = await createBareApp();
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
