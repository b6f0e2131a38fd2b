import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The budget for what a first visit downloads before the panel can show anything. */
export const INITIAL_JS_BUDGET_BYTES = 350 * 1024;

interface Chunk {
  type: 'chunk';
  code: string;
  isEntry: boolean;
  imports: string[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Prints, after a production build, the JavaScript a first visit loads: the entry chunk and every
 * chunk it imports statically, gzipped, against the budget. Lazily loaded chunks (pages, charts)
 * are left out, as the browser fetches them only when they are shown.
 */
export function initialJsReport(): Plugin {
  return {
    name: 'berdaya-initial-js-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') chunks.set(fileName, output);
      }
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        chunks.get(fileName)?.imports.forEach(visit);
      };
      for (const [fileName, chunk] of chunks) if (chunk.isEntry) visit(fileName);
      const sizes = [...initial].map((fileName) => ({
        fileName,
        gzipped: gzipSync(chunks.get(fileName)?.code ?? '').length,
      }));
      const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);
      const verdict = total <= INITIAL_JS_BUDGET_BYTES ? 'within' : 'OVER';
      this.info(
        `initial JavaScript: ${kb(total)} gzipped in ${sizes.length} files, ${verdict} the budget of ${kb(INITIAL_JS_BUDGET_BYTES)} (${sizes
          .sort((a, b) => b.gzipped - a.gzipped)
          .map(({ fileName, gzipped }) => `${fileName} ${kb(gzipped)}`)
          .join(', ')})`,
      );
    },
  };
}
