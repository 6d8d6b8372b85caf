import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  derivePersonalDataKeys,
  ERASED,
  isErasable,
  lookupHash,
  newDataKey,
  openField,
  PersonalDataIntegrityError,
  sealField,
  unwrapDataKey,
  wrapDataKey,
  type ErasableField,
} from './field-crypto';
import { eraseSealed, personIdsIn, revealField, revealPersonalData } from './personal-data';

const master = Buffer.alloc(32, 1);
const keys = derivePersonalDataKeys(master);

/** The same envelope with one byte of its ciphertext (or tag) flipped. */
function tampered(field: ErasableField, at: number): ErasableField {
  const data = Buffer.from(field.erasable.data, 'base64url');
  data[at % data.length] ^= 0x01;
  return { erasable: { ...field.erasable, data: data.toString('base64url') } };
}

describe('field crypto', () => {
  const person = randomUUID();
  const key = newDataKey();

  it('opens what it sealed, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(openField(key, sealField(key, person, text))).toBe(text);
      }),
    );
  });

  it('seals the same text differently each time (a fresh IV), as an A256GCM envelope', () => {
    const a = sealField(key, person, 'An Janssens');
    const b = sealField(key, person, 'An Janssens');
    expect(a.erasable.iv).not.toBe(b.erasable.iv);
    expect(a.erasable.data).not.toBe(b.erasable.data);
    expect(a).toEqual({
      erasable: {
        person,
        alg: 'A256GCM',
        iv: expect.stringMatching(/^[\w-]{16}$/),
        data: expect.stringMatching(/^[\w-]+$/),
      },
    });
    expect(JSON.stringify(a)).not.toContain('Janssens');
    expect(isErasable(a)).toBe(true);
    expect(isErasable({ erasable: 'x' })).toBe(false);
    expect(isErasable('An')).toBe(false);
  });

  it('refuses a ciphertext with any byte changed', () => {
    const sealed = sealField(key, person, 'An Janssens');
    const length = Buffer.from(sealed.erasable.data, 'base64url').length;
    for (let at = 0; at < length; at++) {
      expect(() => openField(key, tampered(sealed, at))).toThrow(PersonalDataIntegrityError);
    }
    const iv = Buffer.from(sealed.erasable.iv, 'base64url');
    iv[0] ^= 0x80;
    expect(() =>
      openField(key, { erasable: { ...sealed.erasable, iv: iv.toString('base64url') } }),
    ).toThrow(PersonalDataIntegrityError);
  });

  it('refuses the wrong key, and an envelope passed off as another person', () => {
    const sealed = sealField(key, person, 'An Janssens');
    expect(() => openField(newDataKey(), sealed)).toThrow(PersonalDataIntegrityError);
    expect(() =>
      openField(key, { erasable: { ...sealed.erasable, person: randomUUID() } }),
    ).toThrow(PersonalDataIntegrityError);
  });

  it('wraps a data key for one person under the master key only', () => {
    const wrapped = wrapDataKey(keys, person, key);
    expect(wrapped).toMatch(/^v1\.[\w-]+\.[\w-]+$/);
    expect(unwrapDataKey(keys, person, wrapped).equals(key)).toBe(true);
    expect(() => unwrapDataKey(keys, randomUUID(), wrapped)).toThrow(PersonalDataIntegrityError);
    const otherMaster = derivePersonalDataKeys(randomBytes(32));
    expect(() => unwrapDataKey(otherMaster, person, wrapped)).toThrow(PersonalDataIntegrityError);
    expect(() => unwrapDataKey(keys, person, 'v2.x.y')).toThrow(PersonalDataIntegrityError);
  });
});

describe('lookup hashes', () => {
  it('are stable: the same identifier, spelt alike, is the same person', () => {
    const a = lookupHash(keys, 'lender', 'lender-0001');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(lookupHash(derivePersonalDataKeys(Buffer.alloc(32, 1)), 'lender', 'lender-0001')).toBe(
      a,
    );
    expect(lookupHash(keys, 'lender', ' LENDER-0001 ')).toBe(a);
    expect(lookupHash(keys, 'enterprise', '0403.170.701')).toBe(
      lookupHash(keys, 'enterprise', '0403170701'),
    );
  });

  it('keep kinds, identifiers and installations apart', () => {
    const a = lookupHash(keys, 'lender', '0403170701');
    expect(lookupHash(keys, 'enterprise', '0403170701')).not.toBe(a);
    expect(lookupHash(keys, 'lender', '0403170702')).not.toBe(a);
    expect(
      lookupHash(derivePersonalDataKeys(Buffer.alloc(32, 2)), 'lender', '0403170701'),
    ).not.toBe(a);
  });

  it('need a 32-byte master key', () => {
    expect(() => derivePersonalDataKeys(Buffer.alloc(16))).toThrow(RangeError);
  });
});

describe('revealing sealed fields in event data', () => {
  const lender = randomUUID();
  const borrower = randomUUID();
  const lenderKey = newDataKey();
  const borrowerKey = newDataKey();
  const data = {
    loanId: 'l-1',
    borrower: {
      enterpriseNumber: '0403.170.701',
      name: sealField(borrowerKey, borrower, 'Jan Peeters'),
      personId: borrower,
    },
    lender: {
      personId: lender,
      id: sealField(lenderKey, lender, '85.07.30-033.61'),
      name: sealField(lenderKey, lender, 'An Janssens'),
      relationToBorrower: 'friend',
    },
    purpose: 'oven',
  };

  it('finds the persons, opens what it has keys for and erases the rest', () => {
    expect(personIdsIn(data)).toEqual(new Set([borrower, lender]));
    expect(revealPersonalData(data, new Map([[lender, lenderKey]]))).toEqual({
      ...data,
      borrower: { ...data.borrower, name: ERASED },
      lender: { ...data.lender, id: '85.07.30-033.61', name: 'An Janssens' },
    });
    expect(eraseSealed(data)).toEqual({
      ...data,
      borrower: { ...data.borrower, name: ERASED },
      lender: { ...data.lender, id: ERASED, name: ERASED },
    });
    expect(revealField(data.lender.name, new Map([[lender, lenderKey]]))).toBe('An Janssens');
    expect(revealField(null, new Map())).toBe(ERASED);
  });

  it('leaves data without sealed fields as it is', () => {
    const plain = { loanId: 'l-2', borrower: { name: 'Bakkerij' }, reasons: ['a'] };
    expect(revealPersonalData(plain, new Map())).toBe(plain);
    expect(personIdsIn(plain).size).toBe(0);
  });
});
