import { readFileSync } from 'node:fs';
import { makeSample, SAMPLE_PATH } from '../../scripts/make-sample';

describe('samples/tableau-de-bord-2020-aix.xlsx', () => {
  it('is exactly what `npm run sample` generates from the seed transcription', async () => {
    const generated = Buffer.from(await makeSample());
    expect(generated.equals(readFileSync(SAMPLE_PATH))).toBe(true);
  });
});
