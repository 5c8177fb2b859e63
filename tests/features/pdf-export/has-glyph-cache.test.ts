// @vitest-environment node
import { Font } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACES, FONT_FAMILY, registerFonts } from '@/features/pdf-export/fonts';
import { installShapingSeam, patchFont } from '@/features/pdf-export/shaping-cache';
import { loadFace, nodeFontPaths, registerUnpatched } from './pdf-helpers';

/**
 * The shaping seam's `has-glyph-cache` (shaping-cache.ts): the answer kept per character must be
 * fontkit's, for every character, in every face.
 */

interface Face {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

const UNPATCHED = `${FONT_FAMILY} (never patched)`;

describe('whether a font has a glyph, kept per character', () => {
  let patched: Face[];
  let unpatched: Face[];

  beforeAll(async () => {
    const paths = nodeFontPaths();
    registerFonts(Font, paths);
    registerUnpatched(Font, UNPATCHED, paths);
    const status = await installShapingSeam(Font);
    for (const face of status) {
      expect(face.patches.find((p) => p.patch === 'has-glyph-cache')?.applied, face.face).toBe(
        true,
      );
    }
    patched = await Promise.all(FACES.map((v) => loadFace<Face>(Font, FONT_FAMILY, v)));
    unpatched = await Promise.all(FACES.map((v) => loadFace<Face>(Font, UNPATCHED, v)));
  }, 60_000);

  it("gives fontkit's answer for every character of the first planes, asked twice", () => {
    const differ: string[] = [];
    for (const [i, face] of patched.entries()) {
      const reference = unpatched[i];
      if (!reference) throw new Error('no face');
      for (const round of [1, 2]) {
        for (let cp = 0; cp <= 0x2fff; cp += 1) {
          if (face.hasGlyphForCodePoint(cp) !== reference.hasGlyphForCodePoint(cp))
            differ.push(`face ${i}, round ${round}: U+${cp.toString(16)}`);
        }
        for (const cp of [0xfffc, 0xfeff, 0x1f600, 0x10ffff]) {
          if (face.hasGlyphForCodePoint(cp) !== reference.hasGlyphForCodePoint(cp))
            differ.push(`face ${i}, round ${round}: U+${cp.toString(16)}`);
        }
      }
    }
    expect(differ).toEqual([]);
    // Both answers occur: Vietnamese letters are there, Hebrew is not.
    expect(patched[0]?.hasGlyphForCodePoint(0x1ec7)).toBe(true);
    expect(patched[0]?.hasGlyphForCodePoint(0x05d0)).toBe(false);
  });

  it('says why and changes nothing for a font that cannot answer', () => {
    const odd = { hasGlyphForCodePoint: () => 'yes' };
    const before = odd.hasGlyphForCodePoint;
    const result = patchFont(odd, 'odd').patches.find((p) => p.patch === 'has-glyph-cache');
    expect(result?.applied).toBe(false);
    expect(odd.hasGlyphForCodePoint).toBe(before);
  });
});
