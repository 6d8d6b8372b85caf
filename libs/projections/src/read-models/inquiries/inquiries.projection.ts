import type { StoredEvent } from '@loanbook/event-store';
import type { Projection, ProjectionContext } from '../../engine';

/** First contacts: the top of the intake funnel. */
export const inquiriesProjection: Projection = {
  name: 'inquiries',
  version: 1,
  eventTypes: ['InquiryRegistered'],
  tables: ['inquiries'],

  async setup({ tx, table }: ProjectionContext) {
    const t = table('inquiries');
    await tx.exec(`
      CREATE TABLE ${t} (
        inquiry_id uuid PRIMARY KEY,
        product_code text NOT NULL,
        contacted_on date NOT NULL,
        channel text NOT NULL,
        enterprise_number text,
        last_position bigint NOT NULL
      );
      CREATE INDEX ON ${t} (product_code, contacted_on);
    `);
  },

  async apply(events: StoredEvent[], { tx, table }: ProjectionContext) {
    await tx.query(
      `INSERT INTO ${table('inquiries')} (inquiry_id, product_code, contacted_on, channel, enterprise_number, last_position)
       SELECT (e->'data'->>'inquiryId')::uuid, e->'data'->>'productCode', (e->'data'->>'contactedOn')::date,
              e->'data'->>'channel', e->'data'->>'enterpriseNumber', (e->>'position')::bigint
         FROM jsonb_array_elements($1::jsonb) AS e
       ON CONFLICT (inquiry_id) DO NOTHING`,
      [JSON.stringify(events.map((e) => ({ data: e.data, position: e.globalPosition })))],
    );
  },
};
