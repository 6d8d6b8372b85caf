import { FormatError } from '../money/format-error';
import {
  FLEMISH_PROVINCES,
  PROVINCES,
  ProvinceError,
  isFlemishProvince,
  isProvince,
  parseProvince,
} from './index';

describe('provinces', () => {
  it('lists the five Flemish provinces, Brussels and the five Walloon provinces', () => {
    expect(PROVINCES).toEqual([
      'Antwerpen',
      'Limburg',
      'Oost-Vlaanderen',
      'West-Vlaanderen',
      'Vlaams-Brabant',
      'Brussel',
      'Henegouwen',
      'Luik',
      'Luxemburg',
      'Namen',
      'Waals-Brabant',
    ]);
  });

  it.each(FLEMISH_PROVINCES)('given %s then it is Flemish', (p) => {
    expect(isFlemishProvince(p)).toBe(true);
  });

  it.each(['Brussel', 'Henegouwen', 'Luik', 'Luxemburg', 'Namen', 'Waals-Brabant'])(
    'given %s then it is a province but not Flemish',
    (p) => {
      expect(isProvince(p)).toBe(true);
      expect(isFlemishProvince(p)).toBe(false);
    },
  );

  it('given an exact name then parseProvince returns it; otherwise a ProvinceError', () => {
    expect(parseProvince('Limburg')).toBe('Limburg');
    for (const bad of ['antwerpen', 'Anvers', 'Antwerpen ', '', null, 1]) {
      expect(() => parseProvince(bad)).toThrow(ProvinceError);
      expect(isProvince(bad)).toBe(false);
    }
    try {
      parseProvince('Anvers');
    } catch (e) {
      expect(e).toBeInstanceOf(FormatError);
      expect((e as ProvinceError).code).toBe('province');
      expect((e as Error).message).toMatch(
        /"Anvers" is not a province; use one of Antwerpen, Limburg/,
      );
    }
  });
});
