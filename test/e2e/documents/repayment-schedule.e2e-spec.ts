import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore, SqlDatabase } from '@loanbook/event-store';
import { documentText } from '../../../libs/documents/src/testing/pdf-text';
import { DocumentsProcessor } from '../../../apps/back-office/src/documents/documents.processor';
import {
  EVENT_STORE,
  READ_MODEL_DATABASE,
} from '../../../apps/back-office/src/infrastructure/tokens';
import { loanStreamId } from '../../../apps/back-office/src/loans/loan-repository';
import { StructuredCommunicationMigration } from '../../../apps/back-office/src/loans/structured-communication-migration';
import { describePostgres, dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../../support';
import { activeLoan } from '../fixtures';
import { startBackOffice, type RunningApp, type StoreKind } from '../harness';

jest.setTimeout(180_000);

const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
const flat = (s: string) => s.replace(/\s+/g, ' ');

interface ListedDocument {
  documentId: string;
  kind: string;
  title: string;
  source: { type: string };
  renditions: { language: string; format: string; href: string }[];
}

/**
 * Issue 22: the repayment schedule of each disbursed loan, with its structured communication
 * and the lender's accounts. An Impulskrediet of 25,000.00 at 6 % over 60 months paid out on
 * 2018-03-20: 483.32 due on the 20th from 2018-04-20; Sunday 20 May 2018 and Whit Monday move
 * the second to Tuesday 22 May.
 */
function repaymentScheduleSuite(kind: StoreKind) {
  describe(`the repayment schedule on ${kind}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'loanbook-repayment-schedule-'));
    const schema = kind === 'postgres' ? freshSchemaName('e2e_repayment_schedule') : 'loanbook';
    let bo: RunningApp | undefined;
    const start = async (documents: 'on' | 'off') => {
      bo = await startBackOffice(kind, dir, schema, {
        env: {
          DOCUMENTS: documents,
          DOCUMENTS_POLL_MS: '50',
          LENDER_IBAN: 'BE68539007547034,BE71096123456769',
        },
      });
      return bo;
    };
    afterEach(async () => {
      await bo?.close();
      bo = undefined;
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgres') await dropSchema(TEST_DATABASE_URL, schema);
    });

    const documentsOf = async (app: RunningApp, loanId: string, minPosition?: number) => {
      const query = minPosition === undefined ? '' : `?minPosition=${minPosition}`;
      const res = await app
        .as('clerk')
        .get(`/api/v1/loans/${loanId}/documents${query}`)
        .expect(200);
      return res.body.documents as ListedDocument[];
    };
    const rendition = async (app: RunningApp, href: string) => {
      const res = await app
        .as('clerk')
        .get(href)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const body = res.body as Buffer;
      return {
        type: String(res.headers['content-type']),
        language: String(res.headers['content-language']),
        text: href.includes('format=pdf')
          ? flat(await documentText(body))
          : text(body.toString('utf8')),
      };
    };
    const schedules = (documents: ListedDocument[]) =>
      documents.filter((d) => d.kind === 'repayment-schedule');

    let disbursed: string;

    it('a loan paid out gets its repayment schedule, served by language and format', async () => {
      const app = await start('on');
      disbursed = await activeLoan(app);
      const loan = (await app.as('clerk').get(`/api/v1/loans/${disbursed}`).expect(200)).body;
      const communication = loan.structuredCommunication as string;
      expect(communication).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
      const events = await app.app.get<EventStore>(EVENT_STORE).readStream(loanStreamId(disbursed));
      const position = events.at(-1)!.globalPosition;

      // Read-your-writes: minPosition waits for every group of the processor.
      const listed = await documentsOf(app, disbursed, position);
      expect(listed.map((d) => d.kind)).toEqual([
        'summary-information-document',
        'repayment-schedule',
      ]);
      const [schedule] = schedules(listed);
      expect(schedule).toMatchObject({
        title: 'Aflossingstabel',
        source: { type: 'LoanDisbursed' },
      });
      expect(schedule.renditions.map((r) => `${r.language}/${r.format}`).sort()).toEqual([
        'en/html',
        'en/pdf',
        'fr/html',
        'fr/pdf',
        'nl/html',
        'nl/pdf',
      ]);
      const base = `/api/v1/loans/${disbursed}/documents/${schedule.documentId}`;
      const nl = await rendition(app, `${base}?lang=nl&format=html`);
      expect(nl.type).toMatch(/^text\/html/);
      expect(nl.language).toBe('nl');
      const nlPdf = await rendition(app, `${base}?lang=nl&format=pdf`);
      expect(nlPdf.type).toBe('application/pdf');
      for (const doc of [nl.text, nlPdf.text]) {
        for (const part of [
          'Aflossingstabel',
          'Krediet van 25.000,00 EUR, uitbetaald op 20 maart 2018',
          `Dossier ${loan.fileNumber as string}`,
          'Bakkerij Peeters',
          'Kredietbedrag 25.000,00 EUR',
          'Rentevoet 6,00 % per jaar (nominaal), vast',
          'Aantal afbetalingen 60',
          'Rekeningen BE68 5390 0754 7034 BE71 0961 2345 6769',
          `Gestructureerde mededeling ${communication}`,
          'dan schuift ze op naar de eerstvolgende werkdag',
          '1 20 april 2018 358,32 125,00 483,32 24.641,68',
          '22 mei 2018',
          '(contractueel 20 mei 2018)',
          '360,11 123,21 483,32 24.281,57',
          'Totaal 25.000,00',
        ])
          expect([part, doc]).toEqual([part, expect.stringContaining(part)]);
      }
      const fr = await rendition(app, `${base}?lang=fr&format=pdf`);
      expect(fr.text).toContain('Tableau d’amortissement');
      expect(fr.text).toContain(`Communication structurée ${communication}`);
      expect(fr.text).toContain('(contractuelle : 20 mai 2018)');
      const en = await rendition(app, `${base}?lang=en`);
      expect(en.text).toContain('Repayment schedule');
      expect(en.text).toContain('1 20 April 2018 358.32 125.00 483.32 24,641.68');

      const bad = await app.as('clerk').get(`${base}?lang=de`);
      expect(bad.status).toBe(400);
    });

    it('a new group over an existing log makes the schedules of loans disbursed before it, once, across restarts', async () => {
      let app = await start('off');
      // A loan disbursed before structured communications: its stream as written then.
      const store = app.app.get<EventStore>(EVENT_STORE);
      const old = randomUUID();
      const events = (await store.readStream(loanStreamId(disbursed))).map((e) => {
        const {
          structuredCommunication: _s,
          communicationAttempt: _a,
          ...data
        } = e.data as Record<string, unknown>;
        return {
          eventId: randomUUID(),
          type: e.type,
          data: { ...data, loanId: old },
          metadata: e.metadata,
        };
      });
      await store.appendToStream(loanStreamId(old), events, { expectedVersion: 0 });
      const processor = app.app.get(DocumentsProcessor);
      await processor.catchUp();
      // The book as a back office of before this change left it: the documents group read
      // through the log, no servicing group and no schedule yet.
      const db = app.app.get<SqlDatabase>(READ_MODEL_DATABASE);
      await db.query(`DELETE FROM documents WHERE kind = 'repayment-schedule'`);
      await db.query(`DELETE FROM document_processor WHERE name = 'documents:servicing'`);
      expect(schedules(await documentsOf(app, disbursed))).toEqual([]);
      expect(schedules(await documentsOf(app, old))).toEqual([]);

      // The old loan gets its communication; the new group starts at the log's start.
      expect(await app.app.get(StructuredCommunicationMigration).run()).toBe(1);
      const made = await processor.catchUp();
      // Both schedules, and nothing the documents group made before.
      expect(made.made).toBe(2);
      const again = schedules(await documentsOf(app, disbursed));
      expect(again.map((d) => d.source.type)).toEqual(['LoanDisbursed']);
      const oldSchedules = schedules(await documentsOf(app, old));
      // Its LoanDisbursed had no communication: the schedule comes with the one it got.
      expect(oldSchedules.map((d) => d.source.type)).toEqual(['StructuredCommunicationAssigned']);
      expect(oldSchedules[0].renditions).toHaveLength(6);
      const communication = (await app.as('clerk').get(`/api/v1/loans/${old}`).expect(200)).body
        .structuredCommunication as string;
      const pdf = await rendition(
        app,
        oldSchedules[0].renditions.find((r) => r.language === 'nl' && r.format === 'pdf')!.href,
      );
      expect(pdf.text).toContain(`Gestructureerde mededeling ${communication}`);
      expect(pdf.text).toContain('1 20 april 2018 358,32 125,00 483,32 24.641,68');
      await app.close();

      // Restarted with its processor running: nothing made twice.
      app = await start('on');
      bo = app;
      expect(await app.app.get(DocumentsProcessor).catchUp()).toMatchObject({ made: 0 });
      for (const loanId of [disbursed, old]) {
        const documents = await documentsOf(app, loanId);
        expect(documents.map((d) => d.kind)).toEqual([
          'summary-information-document',
          'repayment-schedule',
        ]);
      }
    });
  });
}

repaymentScheduleSuite('pglite');
describePostgres('on PostgreSQL', () => repaymentScheduleSuite('postgres'));
