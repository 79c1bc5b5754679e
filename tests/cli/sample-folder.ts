/** A fresh folder for each test of a file suite, removed after it, and copies of the sample in it. */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeDir, tempDir } from '../fixtures/variants/files';

export const SAMPLE = join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx');

export interface SampleFolder {
  /** The current test's folder. */
  readonly path: () => string;
  /** A copy of the sample in the folder, named `name`. */
  readonly copySample: (name?: string) => Promise<string>;
}

/** Call at the top of a test file: registers the folder's beforeEach and afterEach. */
export function sampleFolder(): SampleFolder {
  let dir = '';
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => removeDir(dir));
  return {
    path: () => dir,
    copySample: async (name = 'tableau.xlsx') => {
      const path = join(dir, name);
      await copyFile(SAMPLE, path);
      return path;
    },
  };
}
