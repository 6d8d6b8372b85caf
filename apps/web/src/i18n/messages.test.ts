import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { MESSAGES } from './messages';

describe('the texts', () => {
  const ids = Object.keys(MESSAGES.nl).sort();

  it.each(['fr', 'en'] as const)('has every Dutch text in %s, and no other', (language) => {
    expect(Object.keys(MESSAGES[language]).sort()).toEqual(ids);
  });

  it.each(['nl', 'fr', 'en'] as const)(
    'parses every %s text, with the same placeholders',
    (language) => {
      const placeholders = (text: string) =>
        [...text.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]).sort();
      for (const id of ids) {
        const text = MESSAGES[language][id as keyof (typeof MESSAGES)['nl']];
        const intl = createIntl({
          locale: 'nl-BE',
          messages: { [id]: text },
          onError: (error) => {
            throw error;
          },
        });
        const values = Object.fromEntries(placeholders(text).map((p) => [p, 'x']));
        expect(() => intl.formatMessage({ id }, values)).not.toThrow();
        expect([id, placeholders(text)]).toEqual([
          id,
          placeholders(MESSAGES.nl[id as keyof (typeof MESSAGES)['nl']]),
        ]);
      }
    },
  );
});
