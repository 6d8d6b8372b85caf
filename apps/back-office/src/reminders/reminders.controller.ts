import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listReminders } from '@loanbook/projections/read-models';
import { READ_REMINDERS, Roles } from '../auth/decorators';
import { DOCUMENT_LANGUAGES, REMINDER_DOCUMENT_KINDS } from '../documents/document-factory';
import { documentIdOf } from '../documents/documents.processor';
import { ApiRead } from '../http/api-docs';
import { personIdsIn, revealField } from '../people/personal-data';
import { PeopleService } from '../people/people.service';
import { ReadModelsService } from '../read-models/read-models.service';
import { ListRemindersQueryDto, toReminderListQuery } from './reminders.request';
import { ReminderListDto } from './reminders.response';

/** GET /reminders: the reminders issued, the clerks' work queue (issue 22). */
@ApiTags('reminders')
@Controller('reminders')
export class RemindersController {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly people: PeopleService,
  ) {}

  @Get()
  @Roles(...READ_REMINDERS)
  @ApiRead({
    operationId: 'RemindersController_list',
    summary: 'The reminders issued, newest first: the work queue',
    description:
      'From the reminders read model: each reminder letter the reminder processor issued (first, second, formal-notice), with the loan’s file number, borrower, product, the days past due and total due on the day, the structured communication to pay with, and its letter (document id and renditions: nl/fr/en × html/pdf, made by the documents processor from the same event). Filter by level and by issue date (from, to: both included); limit 1 to 200 (default 50); pass nextCursor as cursor for the next page, until it is null. Send a position as minPosition to read your writes (503 read-model-behind when not reached in time).',
    ok: ReminderListDto,
    problems: [
      {
        status: 400,
        description:
          'level is not one of first, second, formal-notice; from or to is not a date, or to lies before from (range); limit (out-of-range), cursor (cursor) or minPosition is malformed',
      },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async list(@Query() dto: ListRemindersQueryDto) {
    const q = toReminderListQuery(dto);
    await this.readModels.reached(['reminders', 'loans'], q.minPosition);
    const page = await listReminders(
      this.readModels.db,
      await this.readModels.tables('reminders', 'loans'),
      q,
    );
    const keys = await this.people.dataKeys(
      page.items.flatMap((i) => [...personIdsIn([i.sealedBorrowerName, i.sealedEnterpriseNumber])]),
    );
    return {
      nextCursor: page.nextCursor,
      items: page.items.map(({ sealedBorrowerName, sealedEnterpriseNumber, borrower, ...item }) => {
        const kind = REMINDER_DOCUMENT_KINDS[item.level as keyof typeof REMINDER_DOCUMENT_KINDS];
        // The letter's id derives from its source event (documents.processor.ts), so the
        // queue links to it without reading the documents tables.
        const documentId = documentIdOf(item.eventId, kind);
        const loanHref = `/api/v1/loans/${item.loanId}`;
        const base = `${loanHref}/documents/${documentId}`;
        return {
          eventId: item.eventId,
          loanId: item.loanId,
          loanHref,
          fileNumber: item.fileNumber,
          borrower: {
            name: borrower.name ?? revealField(sealedBorrowerName, keys),
            enterpriseNumber:
              borrower.enterpriseNumber ?? revealField(sealedEnterpriseNumber, keys),
          },
          productCode: item.productCode,
          level: item.level,
          issuedOn: item.issuedOn,
          daysPastDue: item.daysPastDue,
          totalDue: item.totalDue,
          instalments: item.instalments,
          structuredCommunication: item.structuredCommunication,
          document: {
            documentId,
            kind,
            listHref: `${loanHref}/documents`,
            renditions: DOCUMENT_LANGUAGES.flatMap((language) =>
              (['html', 'pdf'] as const).map((format) => ({
                language,
                format,
                href: `${base}?lang=${language}&format=${format}`,
              })),
            ),
          },
        };
      }),
    };
  }
}
