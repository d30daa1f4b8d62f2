import { describe, expect, it } from 'vitest';
import { bandsOf, hammingHex, NEAR_DUPLICATE_BITS, normaliseText, simhash, textHash } from '../../src/store/simhash.js';
import { FILLER } from './helpers.js';

describe('fingerprints', () => {
  it('hashes normalised text: case, spacing and compatibility forms do not matter', () => {
    expect(normaliseText('  Hello\n\tWORLD ﬁne ')).toBe('hello world fine');
    expect(textHash('Iran and the U.S.  met')).toBe(textHash('iran and THE u.s. met\n'));
    expect(textHash('Iran met')).not.toBe(textHash('Iraq met'));
  });

  it('keeps SimHash close for a lightly edited copy and far for another text', () => {
    const a = simhash(`USA meets IRN in Baghdad. ${FILLER}`);
    const b = simhash(
      `USA meets IRN in Baghdad. ${FILLER.replace('the capital', 'the capital city')} Reporting by staff.`,
    );
    const c = simhash(FILLER.split(' ').reverse().join(' '));
    if (!a || !b || !c) throw new Error('expected fingerprints');
    expect(hammingHex(a.hex, b.hex)).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    expect(hammingHex(a.hex, c.hex)).toBeGreaterThan(12);
    expect(bandsOf(a.hex)).toEqual(a.bands);
    expect(simhash('too short to fingerprint')).toBeNull();
    expect(hammingHex('ffffffffffffffff', '0000000000000000')).toBe(64);
  });
});
