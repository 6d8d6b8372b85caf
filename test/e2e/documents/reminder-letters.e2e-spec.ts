import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '@loanbook/domain';
import { documentText } from '../../../libs/documents/src/testing/pdf-text';
import { DocumentsProcessor } from '../../../apps/back-office/src/documents/documents.processor';
import { ReminderProcessor } from '../../../apps/back-office/src/reminders/reminder.processor';
import { describePostgres, dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../../support';
import { activeLoan } from '../fixtures';
import { eventually, startBackOffice, type RunningApp, type StoreKind } from '../harness';

jest.setTimeout(180_000);

const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
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
 * Issue 22: every ReminderIssued becomes a letter among the loan's documents. An Impulskrediet
 * of 25,000.00 paid out on 2018-03-20 (483.32 due on the 20th from 2018-04-20, nothing paid),
 * with a personal guarantee: the first reminder on 2018-05-05, the formal notice on 2018-06-19.
 */
function reminderLettersSuite(kind: StoreKind) {
  describe(`reminder letters on ${kind}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'loanbook-reminder-letters-'));
    const schema = kind === 'postgres' ? freshSchemaName('e2e_reminder_letters') : 'loanbook';
    let bo: RunningApp | undefined;
    const start = async (today: string) => {
      bo = await startBackOffice(kind, dir, schema, {
        clock: fixedClock(`${today}T09:00:00Z`),
        env: {
          DOCUMENTS: 'on',
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

    const documentsOf = async (app: RunningApp, loanId: string) => {
      await app.app.get(DocumentsProcessor).catchUp();
      const res = await app.as('clerk').get(`/api/v1/loans/${loanId}/documents`).expect(200);
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

    let loanId: string;
    let communication: string;
    let fileNumber: string;

    it('the first reminder is listed with its six renditions and states the instalment, the total, the account and the communication', async () => {
      const app = await start('2018-05-05');
      loanId = await activeLoan(app, {
        guarantees: [{ kind: 'personal', guarantor: 'Jan Peeters', amount: '5000.00' }],
      });
      const loan = (await app.as('clerk').get(`/api/v1/loans/${loanId}`).expect(200)).body;
      communication = loan.structuredCommunication as string;
      fileNumber = loan.fileNumber as string;
      expect(communication).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
      // The processor finds its candidates in the read models (on PostgreSQL, a moment behind).
      await eventually(async () => {
        // 503 while a read model is behind (PostgreSQL's log reader waits on older transactions).
        const res = await app.as('clerk').get('/api/v1/loans?arrears=any');
        const listed = (res.status === 200 ? res.body.items : []) as { loanId: string }[];
        return listed.some((l) => l.loanId === loanId);
      }, 'the loans read model saw the loan in arrears');
      expect(await app.app.get(ReminderProcessor).runOnce()).toMatchObject({
        issued: { first: 1 },
      });

      const letters = (await documentsOf(app, loanId)).filter(
        (d) => d.source.type === 'ReminderIssued',
      );
      expect(letters).toHaveLength(1);
      const [first] = letters;
      expect(first).toMatchObject({
        kind: 'first-reminder',
        title: 'Herinnering: achterstallige betaling',
      });
      expect(first.renditions.map((r) => `${r.language}/${r.format}`).sort()).toEqual([
        'en/html',
        'en/pdf',
        'fr/html',
        'fr/pdf',
        'nl/html',
        'nl/pdf',
      ]);
      const href = (language: string, format: string) =>
        first.renditions.find((r) => r.language === language && r.format === format)!.href;

      const nl = await rendition(app, href('nl', 'html'));
      expect(nl.type).toMatch(/^text\/html/);
      expect(nl.language).toBe('nl');
      const nlPdf = await rendition(app, href('nl', 'pdf'));
      expect(nlPdf.type).toBe('application/pdf');
      for (const doc of [nl.text, nlPdf.text]) {
        for (const part of [
          'Herinnering: achterstallige betaling',
          `Dossier ${fileNumber} · 5 mei 2018`,
          'Bakkerij Peeters',
          'Ondernemingsnummer 0403.170.701',
          'Afbetaling 1, vervallen op 20 april 2018 483,32 EUR (kapitaal 358,32 EUR, interest 125,00 EUR)',
          'Totaal achterstallig 483,32 EUR',
          'Rekening BE68 5390 0754 7034',
          `Gestructureerde mededeling ${communication}`,
          'Uiterlijk op 13 mei 2018',
          'De oudste vervaldag is 15 dagen verstreken.',
        ])
          expect(doc).toContain(part);
        // The second account configured is not the one to pay to.
        expect(doc).not.toContain('BE71');
        expect(doc).not.toContain('ingebrekestelling');
      }
      const fr = await rendition(app, href('fr', 'pdf'));
      expect(fr.text).toContain('Échéance 1, échue le 20 avril 2018 483,32 EUR');
      expect(fr.text).toContain(`Communication structurée ${communication}`);
      const en = await rendition(app, href('en', 'html'));
      expect(en.text).toContain('Instalment 1, due on 20 April 2018 EUR 483.32');
    });

    it('after the back office was down, the formal notice: both instalments, the deadline, termination and the guarantee called, referring to the first reminder', async () => {
      const app = await start('2018-06-19');
      await app.app.get(ReminderProcessor).runOnce();
      const letters = (await documentsOf(app, loanId)).filter(
        (d) => d.source.type === 'ReminderIssued',
      );
      expect(letters.map((d) => d.kind)).toEqual(['first-reminder', 'formal-notice']);
      const notice = letters[1];
      expect(notice.title).toBe('Ingebrekestelling');
      const pdf = await rendition(
        app,
        notice.renditions.find((r) => r.language === 'nl' && r.format === 'pdf')!.href,
      );
      for (const part of [
        'Ingebrekestelling',
        'Ondanks onze herinneringen van 5 mei 2018 (herinnering) blijven',
        'De oudste vervaldag is 60 dagen verstreken.',
        'Afbetaling 1, vervallen op 20 april 2018 483,32 EUR',
        // Sunday 20 May 2018, then Whit Monday: due on the next working day.
        'Afbetaling 2, vervallen op 22 mei 2018 483,32 EUR',
        'Totaal achterstallig 966,64 EUR',
        `Gestructureerde mededeling ${communication}`,
        'binnen 15 dagen na de datum van deze brief, dus uiterlijk op 4 juli 2018',
        'het krediet opzeggen en het volledige openstaande saldo',
        'de zekerheden aanspreken die voor dit krediet werden gesteld (Persoonlijke zekerheid (borgstelling): Jan Peeters)',
        'Deze brief geldt als ingebrekestelling.',
      ])
        expect(pdf.text).toContain(part);
      const fr = await rendition(
        app,
        notice.renditions.find((r) => r.language === 'fr' && r.format === 'html')!.href,
      );
      expect(fr.text).toContain('Mise en demeure');
      expect(fr.text).toContain('La présente vaut mise en demeure.');
      expect(fr.text).toContain('Total arriéré 966,64 EUR');
      // The documents processor read the log once: each letter once, whatever was restarted.
      expect(await app.app.get(DocumentsProcessor).catchUp()).toMatchObject({ made: 0 });
    });
  });
}

reminderLettersSuite('pglite');
describePostgres('on PostgreSQL', () => reminderLettersSuite('postgres'));
