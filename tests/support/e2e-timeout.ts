// A test of the built apps waits on processes, a browser and the database: a minute each, unless
// it says otherwise. Set here because `testTimeout` in a project's config is ignored when Jest runs
// every project at once (the README's `npm test`), which would leave the default five seconds.
jest.setTimeout(60_000);
