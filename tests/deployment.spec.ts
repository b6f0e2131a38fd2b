import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

describe('how the api is started', () => {
  it('gets the same node arguments from the Dockerfile as from the launcher and the benchmark', () => {
    const nodeArgs = JSON.parse(read('apps/api/node-args.json')) as string[];
    const apiCommand = /FROM runtime AS api[\s\S]*?CMD (\[.*\])/.exec(read('apps/api/Dockerfile'));

    expect(nodeArgs).toEqual([expect.stringMatching(/^--max-old-space-size=\d+$/)]);
    expect(JSON.parse(apiCommand?.[1] ?? '[]')).toEqual([
      'node',
      ...nodeArgs,
      'dist/apps/api/apps/api/src/main.js',
    ]);
  });
});
