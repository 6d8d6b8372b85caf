import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LoanNotFoundError } from '@loanbook/domain';
import { createHash } from 'node:crypto';
import { DocumentInputError } from '@loanbook/documents';
import type { EventStore, SqlDatabase } from '@loanbook/event-store';
import { READ_LOANS, Roles } from '../auth/decorators';
import { ApiRead, LOAN_ID } from '../http/api-docs';
import { GoneProblem, NotFoundProblem, ReadModelBehindProblem } from '../http/problem';
import { LoanIdPipe } from '../http/request-meta';
import { EVENT_STORE, READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { LoanRepository } from '../loans/loan-repository';
import {
  DOCUMENT_LANGUAGES,
  DocumentFactory,
  type DocumentKind,
  type DocumentLanguage,
} from './document-factory';
import { DocumentsProcessor } from './documents.processor';
import { LoanDocumentsDto } from './documents.response';

/**
 * The HTML renditions' policy: nothing but their own inline <style>; no base, form or frame.
 * (The PDF keeps helmet's default: browsers' PDF viewers run within the page's policy.)
 */
export const DOCUMENT_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** How long `minPosition` waits for the documents processor before a 503. */
const MIN_POSITION_WAIT_MS = 10_000;

export class ListDocumentsQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'Wait until the documents processor has read past this global position',
  })
  @IsOptional()
  @Matches(/^\d{1,15}$/, { message: 'minPosition must be a whole number' })
  minPosition?: string;
}

export class DocumentQueryDto {
  @ApiPropertyOptional({ enum: DOCUMENT_LANGUAGES, default: 'nl' })
  @IsOptional()
  @IsIn(DOCUMENT_LANGUAGES)
  lang?: DocumentLanguage;

  @ApiPropertyOptional({
    enum: ['html', 'pdf'],
    description: 'Default: from the Accept header (application/pdf), else html',
  })
  @IsOptional()
  @IsIn(['html', 'pdf'])
  format?: 'html' | 'pdf';
}

interface DocumentRow {
  document_id: string;
  kind: string;
  title: string;
  source_event_id: string;
  source_event_type: string;
  source_position: string | number;
  effective_on: string;
  generated_at: string;
  erased_at: string | null;
  renditions: string[] | null;
}

/** The documents made for a loan (DOMAIN.md 4.2, 4.4, 4.5; issue 22's reminder letters and repayment schedule), as HTML and PDF. */
@ApiTags('documents')
@Controller('loans')
export class DocumentsController {
  constructor(
    @Inject(READ_MODEL_DATABASE) private readonly db: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly loans: LoanRepository,
    private readonly processor: DocumentsProcessor,
    private readonly factory: DocumentFactory,
  ) {}

  @Get(':loanId/documents')
  @Roles(...READ_LOANS)
  @ApiRead({
    params: [LOAN_ID],
    summary: "The loan's documents, oldest first",
    description:
      'Made by the documents processor from the events: the summary information document of each offer (not for a win-win registration), the written refusal statement once asked for, the notice of each refused guarantee release, the letter of each reminder issued (first-reminder, second-reminder, formal-notice), the repayment schedule of each disbursed loan with its structured communication (repayment-schedule; for a loan disbursed before communications, made when it gets one); each with its renditions (nl/fr/en × html/pdf; a document made before French existed gets its French one on first request). Send minPosition (a command reply’s position) to wait for the documents of that command (503 read-model-behind after 10 s).',
    ok: LoanDocumentsDto,
    problems: [
      { status: 400, description: 'The loan id or minPosition is malformed' },
      { status: 404, description: 'No such loan' },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async list(@Param('loanId', LoanIdPipe) loanId: string, @Query() q: ListDocumentsQueryDto) {
    if (q.minPosition !== undefined) {
      const position = Number(q.minPosition);
      if (!(await this.processor.waitFor(position, MIN_POSITION_WAIT_MS)))
        throw new ReadModelBehindProblem(position);
    }
    const rows = await this.rows(loanId);
    if (rows.length === 0 && (await this.loans.load(loanId)).version === 0)
      throw new LoanNotFoundError(loanId);
    return { loanId, documents: rows.map((r) => view(loanId, r)) };
  }

  @Get(':loanId/documents/:documentId')
  @Roles(...READ_LOANS)
  @ApiRead({
    params: [LOAN_ID, { name: 'documentId', schema: { type: 'string', format: 'uuid' } }],
    summary: 'One document as HTML or PDF, in Dutch (default), French or English',
    description:
      "?format=pdf or Accept: application/pdf for the PDF, else HTML; ?lang=fr for French, ?lang=en for English (amounts and dates in the language's Belgian form). A document made before French existed is rendered in French from its source event when first asked for, and kept; its Dutch and English renditions stay as they were handed over. The HTML carries Content-Security-Policy: default-src 'none' with inline style only; ETag is the rendition’s SHA-256.",
    ok: {
      content: {
        'text/html': { type: 'string', description: 'A self-contained page' },
        'application/pdf': { type: 'string', format: 'binary' },
      },
    },
    headers: {
      ETag: { description: 'The SHA-256 of the rendition', schema: { type: 'string' } },
      'Content-Language': { description: 'nl, fr or en', schema: { type: 'string' } },
    },
    problems: [
      {
        status: 400,
        description:
          'The loan id is not a UUID (validation), or the document id is not one (http-400), or lang or format is not one of theirs',
        types: ['http-400'],
      },
      { status: 404, description: 'No such loan, document, or rendition' },
      {
        status: 410,
        description: 'The document named a person since forgotten: its renditions are deleted',
      },
    ],
  })
  async get(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @Query() q: DocumentQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const [row] = await this.rows(loanId, documentId);
    if (!row) throw new NotFoundProblem(`loan ${loanId} has no document ${documentId}`);
    if (row.erased_at !== null) {
      throw new GoneProblem(
        `document ${documentId} held personal data of a person forgotten on ${iso(row.erased_at)}; its renditions were deleted`,
      );
    }
    const format =
      q.format ??
      (req.accepts(['text/html', 'application/pdf']) === 'application/pdf' ? 'pdf' : 'html');
    const language = q.lang ?? 'nl';
    const [rendition] =
      (await this.rendition(documentId, language, format)) ??
      (await this.renderLate(row, language, format));
    if (!rendition) {
      throw new NotFoundProblem(`document ${documentId} has no ${format} rendition in ${language}`);
    }
    const body = Buffer.from(rendition.content);
    // The HTML rendition has no script and needs nothing from anywhere but its inline style:
    // say so to the browser, as the portfolio report does (helmet's default allows more).
    if (format === 'html') res.set('Content-Security-Policy', DOCUMENT_HTML_CSP);
    res
      .status(200)
      .type(format === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8')
      .set('ETag', `"${rendition.sha256}"`)
      .set('Content-Language', language)
      .set(
        'Content-Disposition',
        `inline; filename="${row.kind}-${documentId.slice(0, 8)}-${language}.${format}"`,
      )
      .send(body);
  }

  private rendition(documentId: string, language: string, format: string) {
    return this.db
      .query<{ content: Uint8Array; sha256: string }>(
        `SELECT content, sha256 FROM document_renditions
          WHERE document_id = $1::uuid AND language = $2 AND format = $3`,
        [documentId, language, format],
      )
      .then((rows) => (rows.length > 0 ? rows : undefined));
  }

  /**
   * A document made before its language existed (French, issue 21) gets that language when first
   * asked for: rendered from its source event as the loan stood then, stored beside the
   * renditions it was made with (those stay as they were handed over), and served from then on.
   * Stored only while nobody it names is forgotten: the people rows are locked against a
   * concurrent forget, which deletes renditions after it destroys the keys.
   */
  private async renderLate(
    row: DocumentRow,
    language: DocumentLanguage,
    format: 'html' | 'pdf',
  ): Promise<{ content: Uint8Array; sha256: string }[]> {
    const [source] = await this.store.readEventsById([row.source_event_id]);
    if (!source) return [];
    let made;
    try {
      made = (await this.factory.render(source, [language])).find((d) => d.kind === row.kind);
    } catch (error) {
      if (error instanceof DocumentInputError) return [];
      throw error;
    }
    if (!made) return [];
    const kind: DocumentKind = made.kind;
    const renditions = made.renditions.map((r) => ({
      ...r,
      sha256: createHash('sha256').update(r.content).digest('hex'),
    }));
    const stored = await this.db.transaction(async (tx) => {
      const forgotten = await tx.query<{ forgotten: boolean }>(
        `SELECT forgotten_at IS NOT NULL AS forgotten FROM people
          WHERE person_id = ANY ($1::uuid[]) ORDER BY person_id FOR SHARE`,
        [made.personIds],
      );
      const [open] = await tx.query<{ document_id: string }>(
        `SELECT document_id::text FROM documents
          WHERE document_id = $1::uuid AND kind = $2 AND erased_at IS NULL FOR UPDATE`,
        [row.document_id, kind],
      );
      if (!open || forgotten.some((p) => p.forgotten)) return false;
      for (const r of renditions) {
        await tx.query(
          `INSERT INTO document_renditions (document_id, language, format, content, sha256)
           VALUES ($1::uuid, $2, $3, $4, $5)
           ON CONFLICT (document_id, language, format) DO NOTHING`,
          [row.document_id, r.language, r.format, r.content, r.sha256],
        );
      }
      return true;
    });
    if (!stored) {
      throw new GoneProblem(
        `document ${row.document_id} names a person forgotten meanwhile; its renditions were deleted`,
      );
    }
    // A concurrent request may have stored its own first: serve what is stored.
    return (await this.rendition(row.document_id, language, format)) ?? [];
  }

  private rows(loanId: string, documentId?: string): Promise<DocumentRow[]> {
    return this.db.query<DocumentRow>(
      `SELECT d.document_id::text, d.kind, d.title, d.source_event_id::text, d.source_event_type,
              d.source_position, d.effective_on::text, d.generated_at::text, d.erased_at::text,
              (SELECT array_agg(r.language || '/' || r.format ORDER BY r.language, r.format)
                 FROM document_renditions r WHERE r.document_id = d.document_id) AS renditions
         FROM documents d
        WHERE d.loan_id = $1::uuid AND ($2::uuid IS NULL OR d.document_id = $2::uuid)
        ORDER BY d.source_position, d.kind`,
      [loanId, documentId ?? null],
    );
  }
}

function iso(timestamp: string): string {
  return new Date(timestamp).toISOString();
}

function view(loanId: string, r: DocumentRow) {
  const base = `/api/v1/loans/${loanId}/documents/${r.document_id}`;
  // Stored, and (not erased) every language a document made before it existed gets on request.
  const offered = new Set(r.renditions ?? []);
  if (r.erased_at === null)
    for (const language of DOCUMENT_LANGUAGES)
      for (const format of ['html', 'pdf']) offered.add(`${language}/${format}`);
  const renditions = [...offered].sort().map((x) => {
    const [language, format] = x.split('/');
    return { language, format, href: `${base}?lang=${language}&format=${format}` };
  });
  return {
    documentId: r.document_id,
    kind: r.kind,
    title: r.title,
    effectiveOn: r.effective_on,
    generatedAt: iso(r.generated_at),
    source: {
      eventId: r.source_event_id,
      type: r.source_event_type,
      globalPosition: Number(r.source_position),
    },
    ...(r.erased_at !== null ? { erasedAt: iso(r.erased_at) } : {}),
    renditions,
  };
}
