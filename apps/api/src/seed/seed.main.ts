import { bootFailureMessage, loadConfig } from '@berdaya/config';
import { prepareDatabase } from '@berdaya/db';
import { DEMO_USERS } from './demo-users';
import { seedDemo } from './demo-seed';

/** `npm run seed`: the demo foundation, for a development or test database only. */
async function main(): Promise<number> {
  // Read before the configuration, so the refusal names NODE_ENV even where production's other
  // variables (JWT_SECRET) are missing.
  if (process.env.NODE_ENV === 'production') {
    console.error(
      'seed: refusing to run with NODE_ENV=production; the demo users have public passwords',
    );
    return 1;
  }
  const config = loadConfig(process.env);
  const dataSource = await prepareDatabase(config);
  try {
    const started = Date.now();
    const outcome = await seedDemo(dataSource);
    if (!outcome.seeded) {
      console.log(`seed: nothing to do: ${outcome.reason}`);
      return 0;
    }
    const counts = Object.entries(outcome.counts).map(([name, count]) => `${count} ${name}`);
    console.log(`seed: loaded ${counts.join(', ')} in ${Date.now() - started} ms`);
    console.log(
      `seed: sign in as ${DEMO_USERS.map((user) => user.email).join(', ')} (see README.md)`,
    );
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`seed: ${bootFailureMessage(error)}`);
    process.exitCode = 1;
  },
);
