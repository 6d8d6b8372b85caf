import { formatAmount } from '@loanbook/locale';
import { documentText } from '../../../libs/documents/src/testing/pdf-text';
import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import { DocumentsProcessor } from '../../../apps/back-office/src/documents/documents.processor';
import { EVENT_STORE } from '../../../apps/back-office/src/infrastructure/tokens';
import { describePostgres } from '../../support';
import { impulskredietApplication } from '../fixtures';
import { startBackOffice, type RunningApp, type StoreKind } from '../harness';

jest.setTimeout(180_000);

const ADDRESS = {
  street: 'Kloosterstraat 14 bus 2',
  postalCode: '2000',
  municipality: 'Antwerpen',
};

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

function documentsSuite(kind: StoreKind) {
  describe(`the code of conduct's documents on ${kind}`, () => {
    let bo: RunningApp;
    beforeAll(async () => {
      bo = await startBackOffice(kind, undefined, undefined, {
        env: { DOCUMENTS: 'on', DOCUMENTS_POLL_MS: '50' },
      });
    });
    afterAll(async () => {
      await bo?.close();
    });

    const documentsOf = async (loanId: string, position: number) => {
      const res = await bo
        .as('analyst')
        .get(`/api/v1/loans/${loanId}/documents?minPosition=${position}`)
        .expect(200);
      return res.body.documents as {
        documentId: string;
        kind: string;
        title: string;
        renditions: { language: string; format: string; href: string }[];
      }[];
    };
    const both = async (loanId: string, documentId: string, lang = 'nl') => {
      const base = `/api/v1/loans/${loanId}/documents/${documentId}`;
      const html = await bo.as('analyst').get(`${base}?lang=${lang}`).expect(200);
      expect(html.headers['content-type']).toMatch(/^text\/html/);
      const pdf = await bo
        .as('analyst')
        .get(base + `?lang=${lang}`)
        .set('Accept', 'application/pdf')
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const pdfText = flat(await documentText(pdf.body as Buffer));
      return { html: text(html.text), pdf: pdfText };
    };

    let offerLoan: string;
    let offerDocument: string;

    it('an offer gets its summary information document with all eleven items and its own figures, in Dutch, French and English, as HTML and PDF', async () => {
      const applied = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(
          impulskredietApplication({
            amount: '23456.78',
            termMonths: 48,
            guarantees: [{ kind: 'personal', guarantor: 'Jan Peeters', amount: '5000.00' }],
            borrower: {
              enterpriseNumber: '0403.170.701',
              name: 'Bakkerij Peeters',
              province: 'Antwerpen',
              address: ADDRESS,
            },
          }),
        )
        .expect(201);
      const loanId = applied.body.loanId as string;
      const approved = await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({
          approvedOn: '2021-03-15',
          guarantees: [{ kind: 'real', guarantor: 'pledge on the oven', amount: '12000.00' }],
        })
        .expect(200);
      const [sid] = await documentsOf(loanId, approved.body.position);
      expect(sid).toMatchObject({ kind: 'summary-information-document' });
      expect(sid.renditions.map((r) => `${r.language}/${r.format}`).sort()).toEqual([
        'en/html',
        'en/pdf',
        'fr/html',
        'fr/pdf',
        'nl/html',
        'nl/pdf',
      ]);
      offerLoan = loanId;
      offerDocument = sid.documentId;
      const fileNumber = applied.body.loan.fileNumber as string;
      expect(fileNumber).toMatch(/^IK-2018-\d{4}$/);
      // The offer's schedule as the approval answered it: the document states the same figures.
      const schedule = approved.body.offerSchedule as {
        firstInstalment: string;
        lastInstalment: string;
        totalInterest: string;
        instalments: number;
      };
      const nl = await both(loanId, sid.documentId);
      for (const doc of [nl.html, nl.pdf]) {
        for (const heading of [
          'Identiteit en contactgegevens van de kredietgever',
          'Soort krediet en belangrijkste kenmerken',
          'Looptijd van de overeenkomst',
          'Kredietbedrag',
          'Rentevoet',
          'Gebruikelijke kosten',
          'Terbeschikkingstelling',
          'Vergoeding bij vervroegde terugbetaling',
          'Gevraagde zekerheden',
          'Gestanddoeningstermijn',
          'Meer informatie over zekerheden',
        ])
          expect(doc).toContain(heading);
        // The loan's own figures: Hefboom, the amount, 7 % (from 2021-02-01), 48 months, the
        // six months' cap on the whole amount (23,456.78 × 7 % / 2 = 820.99), both securities,
        // the validity (approval + 30 days) and the link.
        expect(doc).toContain('Hefboom');
        expect(doc).toContain('Bakkerij Peeters');
        expect(doc).toContain('23.456,78 EUR');
        expect(doc).toContain('7,00 %');
        expect(doc).toContain('48 maanden');
        expect(doc).toContain('820,99 EUR');
        expect(doc).toContain('Jan Peeters');
        expect(doc).toContain('5.000,00 EUR');
        expect(doc).toContain('12.000,00 EUR');
        expect(doc).toContain('14 april 2021');
        expect(doc).toContain('www.financieringvanondernemingen.be');
        // Issue 21: the address, the file number beside the loan id, the schedule's figures,
        // the total cost (interest, no costs: to the cent) and the approving officer's name.
        expect(doc).toContain('Kloosterstraat 14 bus 2 2000 Antwerpen');
        expect(doc).toContain(`Kenmerk ${fileNumber}`);
        expect(doc).toContain(`Dossiernummer ${fileNumber} Interne referentie ${loanId}`);
        expect(doc).toContain(`Termijnbedrag ${formatAmount(schedule.firstInstalment, 'nl')}`);
        expect(doc).toContain(`Aantal termijnen ${schedule.instalments}`);
        expect(doc).toContain(`Totale interest ${formatAmount(schedule.totalInterest, 'nl')}`);
        expect(doc).toContain(
          `Totale kostprijs van het krediet ${formatAmount(schedule.totalInterest, 'nl')}`,
        );
        expect(doc).toContain('Voor Hefboom, Bart Peeters');
      }
      const en = await both(loanId, sid.documentId, 'en');
      expect(en.pdf).toContain('EUR 23,456.78');
      expect(en.html).toContain('14 April 2021');
      expect(en.pdf).toContain(
        `Total cost of the credit ${formatAmount(schedule.totalInterest, 'en')}`,
      );
      expect(en.pdf).toContain('For Hefboom, Bart Peeters');

      const fr = await both(loanId, sid.documentId, 'fr');
      for (const doc of [fr.html, fr.pdf]) {
        for (const heading of [
          'Document d’information succinct',
          'Identité et coordonnées du prêteur',
          'Type de crédit et principales caractéristiques',
          'Durée du contrat',
          'Montant du crédit',
          'Taux d’intérêt',
          'Frais habituels',
          'Mise à disposition des fonds',
          'Indemnité en cas de remboursement anticipé',
          'Sûretés demandées',
          'Délai de validité de l’offre',
          'Informations sur les sûretés',
        ])
          expect(doc).toContain(heading);
        expect(doc).toContain('Montant du crédit 23 456,78 EUR');
        expect(doc).toContain('7,00 % par an');
        expect(doc).toContain('Durée 48 mois (4 ans)');
        expect(doc).toContain('820,99 EUR');
        expect(doc).toContain('Jan Peeters : 5 000,00 EUR');
        expect(doc).toContain('valables jusqu’au 14 avril 2021 inclus');
        expect(doc).toContain('Offre de crédit du 15 mars 2021');
        expect(doc).toContain(`Référence ${fileNumber}`);
        expect(doc).toContain(`Numéro de dossier ${fileNumber} Référence interne ${loanId}`);
        expect(doc).toContain('Adresse Kloosterstraat 14 bus 2 2000 Antwerpen');
        expect(doc).toContain(
          `Montant de l’échéance ${flat(formatAmount(schedule.firstInstalment, 'fr'))}`,
        );
        expect(doc).toContain(
          `Coût total du crédit ${flat(formatAmount(schedule.totalInterest, 'fr'))}`,
        );
        expect(doc).toContain('Pour Hefboom, Bart Peeters');
      }
      expect(fr.pdf).toMatch(/Page 1 sur \d/);
    });

    it('a document made before French existed gets its French rendition from its source event on first request; its Dutch one stays as it was', async () => {
      const store = bo.app.get<EventStore>(EVENT_STORE);
      if (!hasSqlDatabase(store)) throw new Error('the stores here are SQL stores');
      const db = store.database();
      const before = await db.query<{ language: string; format: string; sha256: string }>(
        `SELECT language, format, sha256 FROM document_renditions WHERE document_id = $1::uuid ORDER BY 1, 2`,
        [offerDocument],
      );
      // As a document made before issue 21 is stored: no French rendition.
      await db.query(
        `DELETE FROM document_renditions WHERE document_id = $1::uuid AND language = 'fr'`,
        [offerDocument],
      );
      const fr = await both(offerLoan, offerDocument, 'fr');
      expect(fr.html).toContain('Document d’information succinct');
      expect(fr.pdf).toContain('Montant du crédit 23 456,78 EUR');
      const after = await db.query<{ language: string; format: string; sha256: string }>(
        `SELECT language, format, sha256 FROM document_renditions WHERE document_id = $1::uuid ORDER BY 1, 2`,
        [offerDocument],
      );
      // The French one is made again from the same events: the same bytes as at first; the
      // Dutch and English ones untouched.
      expect(after).toEqual(before);
    });

    it('a written refusal statement is made only once asked for in time, with the reasons in plain words', async () => {
      const applied = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(impulskredietApplication({ appliedOn: '2021-01-11' }))
        .expect(201);
      const loanId = applied.body.loanId as string;
      const refused = await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/refusal`)
        .send({
          refusedOn: '2021-02-01',
          reasons: ['known-payment-arrears', 'lack-of-training-experience-competence'],
          explanation: 'Two suppliers unpaid since autumn.',
        })
        .expect(200);
      expect(await documentsOf(loanId, refused.body.position)).toEqual([]);

      const late = await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/written-refusal`)
        .send({ requestedOn: '2021-07-12' })
        .expect(422);
      expect(late.body.violations[0]).toMatchObject({ rule: 'written-refusal-too-late' });
      expect(late.body.violations[0].message).toContain('by 2021-07-11');

      const asked = await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/written-refusal`)
        .send({ requestedOn: '2021-07-11' })
        .expect(200);
      const [statement] = await documentsOf(loanId, asked.body.position);
      expect(statement.kind).toBe('written-refusal-statement');
      const nl = await both(loanId, statement.documentId);
      for (const doc of [nl.html, nl.pdf]) {
        expect(doc).toContain('Bakkerij Peeters');
        expect(doc).toContain('25.000,00 EUR');
        expect(doc).toContain('11 januari 2021');
        expect(doc).toContain('1 februari 2021');
        expect(doc).toContain('11 juli 2021');
        expect(doc).toContain('Two suppliers unpaid since autumn.');
      }
      // Each reason in words, not as its code.
      expect(nl.html).not.toContain('known-payment-arrears');
      expect(nl.html).toMatch(/betalingsachterstand/i);
      expect(nl.pdf).toContain('Voor Hefboom, Bart Peeters');
      const fr = await both(loanId, statement.documentId, 'fr');
      for (const doc of [fr.html, fr.pdf]) {
        expect(doc).toContain('Déclaration écrite de refus de crédit');
        expect(doc).toContain('Montant demandé 25 000,00 EUR');
        expect(doc).toContain('Date de la demande de crédit 11 janvier 2021');
        expect(doc).toContain('Date du refus 1er février 2021');
        expect(doc).toContain('11 juillet 2021');
        expect(doc).toContain('Nous avons connaissance d’arriérés de paiement de l’entreprise');
        expect(doc).toContain('Two suppliers unpaid since autumn.');
        expect(doc).toContain('Pour Hefboom, Bart Peeters');
      }
      // A loan applied for without an address: none is printed, and it is an item missing.
      expect(fr.html).not.toContain('Adresse');
      const info = await bo.as('analyst').get(`/api/v1/loans/${loanId}/application-information`);
      expect(info.body.missing.map((i: { item: string }) => i.item)).toContain(
        'enterprise-address',
      );
      // Asked twice: 409, and still one statement.
      await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/written-refusal`)
        .send({ requestedOn: '2021-07-11' })
        .expect(409);
    });

    it('a refused guarantee release gets its written notice to the enterprise and the guarantor', async () => {
      const applied = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(
          impulskredietApplication({
            guarantees: [{ kind: 'personal', guarantor: 'Marie Claes', amount: '7500.00' }],
          }),
        )
        .expect(201);
      const loanId = applied.body.loanId as string;
      const refused = await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/guarantees/g1/release-refusal`)
        .send({
          refusedOn: '2018-03-10',
          reasons: ['open-commitments-covered', 'known-payment-arrears'],
          explanation: 'The surety still covers the whole application.',
        })
        .expect(200);
      const [notice] = await documentsOf(loanId, refused.body.position);
      expect(notice.kind).toBe('guarantee-release-refusal-notice');
      const nl = await both(loanId, notice.documentId);
      for (const doc of [nl.html, nl.pdf]) {
        expect(doc).toContain('Marie Claes');
        expect(doc).toContain('7.500,00 EUR');
        expect(doc).toContain('10 maart 2018');
        expect(doc).toContain('The surety still covers the whole application.');
      }
      expect(nl.html).not.toContain('open-commitments-covered');
      const fr = await both(loanId, notice.documentId, 'fr');
      for (const doc of [fr.html, fr.pdf]) {
        expect(doc).toContain('Notification du refus de libération d’une sûreté');
        expect(doc).toContain('Constituant de la sûreté Marie Claes');
        expect(doc).toContain('Montant de la sûreté 7 500,00 EUR');
        expect(doc).toContain('Le 10 mars 2018, nous avons décidé de refuser cette libération.');
        expect(doc).toContain('La sûreté ou la garantie couvre encore des engagements en cours.');
        expect(doc).toContain('Pour Hefboom, Bart Peeters');
      }
    });

    it('signs with the officer’s id when their token carried no name', async () => {
      const applied = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(
          impulskredietApplication({
            guarantees: [{ kind: 'personal', guarantor: 'Piet Claes', amount: '2500.00' }],
          }),
        )
        .expect(201);
      const loanId = applied.body.loanId as string;
      // The junior officer's token has no name claim.
      const refused = await bo
        .as('juniorOfficer')
        .post(`/api/v1/loans/${loanId}/guarantees/g1/release-refusal`)
        .send({
          refusedOn: '2018-03-12',
          reasons: ['open-commitments-covered'],
          explanation: 'Still covers the application.',
        })
        .expect(200);
      const [notice] = await documentsOf(loanId, refused.body.position);
      const nl = await both(loanId, notice.documentId);
      expect(nl.pdf).toContain('Voor Hefboom, officer-dirk');
      const fr = await both(loanId, notice.documentId, 'fr');
      expect(fr.html).toContain('Pour Hefboom, officer-dirk');
    });

    it('makes each document once, however often the processor runs over the log', async () => {
      const processor = bo.app.get(DocumentsProcessor);
      await processor.catchUp();
      const res = await bo.as('analyst').get('/api/v1/loans?limit=200').expect(200);
      let before = 0;
      for (const item of res.body.items as { loanId: string }[])
        before += (await bo.as('analyst').get(`/api/v1/loans/${item.loanId}/documents`)).body
          .documents.length;
      const again = await Promise.all([processor.runOnce(), processor.runOnce()]);
      expect(again.map((r) => r.made)).toEqual([0, 0]);
      let after = 0;
      for (const item of res.body.items as { loanId: string }[])
        after += (await bo.as('analyst').get(`/api/v1/loans/${item.loanId}/documents`)).body
          .documents.length;
      expect(after).toBe(before);
      expect(before).toBe(4);
    });
  });
}

documentsSuite('pglite');
describePostgres('on PostgreSQL', () => documentsSuite('postgres'));
