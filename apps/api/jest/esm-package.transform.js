// Jest runs every file as CommonJS and, before Node 24.9, cannot require an ES module the way Node
// itself can; content-disposition (under @fastify/static) ships only ES modules. This compiles such a package's files to
// CommonJS for the tests (the built app loads them as they are).
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const ts = require('typescript');

// Part of every cache key, so a change here is not hidden by Jest's cache of the old output.
const SELF = readFileSync(__filename);

module.exports = {
  process(source, filename) {
    const code = source
      // An ES module makes itself a `require` this way; a CommonJS module has one already.
      .replace(/^const require = createRequire\(import\.meta\.url\);$/m, '')
      // CommonJS has no import.meta; its module URL is derived from __filename instead.
      .replaceAll('import.meta.url', "require('node:url').pathToFileURL(__filename).href");
    const { outputText } = ts.transpileModule(code, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
      },
    });
    return { code: outputText };
  },
  getCacheKey(source, filename) {
    return createHash('sha256').update(SELF).update(filename).update(source).digest('hex');
  },
};
