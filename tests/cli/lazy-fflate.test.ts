/**
 * The command line's bundle takes src/cli/lazy-fflate.ts for `fflate` (webpack.cli.config.js):
 * it must give every function src/ imports from fflate, each doing what fflate's own does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fflate from 'fflate';
import * as lazy from '../../src/cli/lazy-fflate';

const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * The names src/ imports from 'fflate', types left out. Every mention of the module must be a
 * named import: a namespace import or a re-export would reach names the stand-in lacks.
 */
function importedNames(): string[] {
  const names = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    if (file.endsWith('lazy-fflate.ts')) continue;
    const text = readFileSync(file, 'utf8');
    const mentions = text.match(/['"]fflate(\/[^'"]*)?['"]/g) ?? [];
    const imports = [...text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'fflate';/g)];
    expect([file, mentions.length]).toEqual([file, imports.length]);
    for (const match of imports) {
      if (match[1]) continue;
      for (const name of match[2].split(',')) {
        const trimmed = name.trim();
        if (trimmed !== '' && !trimmed.startsWith('type ')) names.add(trimmed);
      }
    }
  }
  return [...names].sort();
}

describe('the lazy fflate of the command line', () => {
  it('gives exactly the functions src/ imports from fflate', () => {
    const names = importedNames();
    expect(names.length).toBeGreaterThan(0);
    expect(Object.keys(lazy).sort()).toEqual(names);
  });

  it('inflates, deflates and zips as fflate does', () => {
    const text = 'Taux de décroché 92,5\u00a0% '.repeat(200);
    const bytes = lazy.strToU8(text);
    expect(bytes).toEqual(fflate.strToU8(text));
    expect(lazy.deflateSync(bytes, { level: 1 })).toEqual(fflate.deflateSync(bytes, { level: 1 }));
    expect(lazy.inflateSync(fflate.deflateSync(bytes))).toEqual(bytes);
    const files = { 'a.xml': bytes };
    const mtime = new Date(Date.UTC(2021, 0, 1));
    expect(lazy.zipSync(files, { level: 6, mtime })).toEqual(
      fflate.zipSync(files, { level: 6, mtime }),
    );
  });
});
