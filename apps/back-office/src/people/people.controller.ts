import {
  Body,
  Controller,
  Get,
  HttpCode,
  Injectable,
  Param,
  Post,
  Query,
  type PipeTransform,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import { listLoans } from '@loanbook/projections/read-models';
import { READ_LOANS, Roles } from '../auth/decorators';
import { ApiCommand, ApiRead, PERSON_ID } from '../http/api-docs';
import { FORGET_EXAMPLES } from '../http/command-examples';
import { borrowerMatch } from '../loans/loan-search';
import { NotFoundProblem, ValidationProblem } from '../http/problem';
import { Meta } from '../http/request-meta';
import type { RequestMeta } from '../audit/request-meta';
import { ReadModelsService } from '../read-models/read-models.service';
import {
  FindBorrowerQueryDto,
  FoundBorrowersDto,
  type FoundBorrowerDto,
} from './dto/find-borrower.dto';
import { ForgetPersonDto } from './dto/forget-person.dto';
import { ForgottenPersonDto } from './dto/forget-person.response';
import { revealLoanListItems } from './loan-list';
import { PeopleService, type ForgottenPerson } from './people.service';
import {
  borrowerNames,
  confirmsLoans,
  loanIdsOf,
  loansNamingPerson,
  PersonNamedDifferentlyProblem,
} from './person-loans';

@Injectable()
class PersonIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) {
      throw new ValidationProblem([
        { field: 'personId', code: 'uuid', message: 'the person id must be a UUID' },
      ]);
    }
    return value.toLowerCase();
  }
}

/** Natural persons whose data the back office keeps encrypted (lenders, sole traders). */
@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly readModels: ReadModelsService,
  ) {}

  @Get()
  @Roles(...READ_LOANS)
  @ApiRead({
    summary: 'The borrower of an enterprise number, with their loans',
    description:
      'A company, or a sole trader (whose number is sealed in the events and found by its lookup hash), with every loan they applied for, newest first. 404 when no loan names the number.',
    ok: FoundBorrowersDto,
    problems: [
      { status: 400, description: 'Not an enterprise number (code enterprise-number)' },
      { status: 404, description: 'No loan names this enterprise number', types: ['not-found'] },
    ],
  })
  async find(@Query() q: FindBorrowerQueryDto): Promise<FoundBorrowersDto> {
    const borrower = await borrowerMatch(q.enterpriseNumber, this.people);
    const { loans } = await this.readModels.tables('loans');
    const found = new Map<string, FoundBorrowerDto>();
    for (let cursor: string | undefined, pages = 0; pages < 25; pages++) {
      const page = await listLoans(this.readModels.db, { loans }, { borrower, limit: 200, cursor });
      for (const item of await revealLoanListItems(page.items, this.people)) {
        const b = item.borrower;
        const key = b.naturalPerson ? `person:${b.personId}` : 'company';
        const entry = found.get(key) ?? {
          naturalPerson: b.naturalPerson,
          personId: b.personId,
          name: b.name ?? '',
          province: b.province,
          loans: [],
        };
        entry.loans.push({
          loanId: item.loanId,
          productCode: item.productCode,
          status: item.status,
          amount: item.amount,
          appliedOn: item.appliedOn,
        });
        found.set(key, entry);
      }
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    if (found.size === 0) {
      throw new NotFoundProblem(`no loan names the enterprise number ${borrower.enterpriseNumber}`);
    }
    return { enterpriseNumber: borrower.enterpriseNumber, borrowers: [...found.values()] };
  }

  @Post(':personId/forget')
  @Roles('admin')
  @HttpCode(200)
  @ApiCommand({
    params: [PERSON_ID],
    summary: 'Forget a natural person',
    description:
      "Destroys the person's key: their names and identifying numbers (a sole trader's enterprise number too) read as \"[erased]\" in every event, loan and list from then on, the documents that named them answer 410; figures and reports do not change. Records PersonForgotten in stream person-<personId> and answers with the loans that name the person. A sole trader is one person per enterprise number: when their loans give the borrower different names (the number given for someone else?), 409 person-named-differently lists the loans, and the admin confirms by sending confirmLoans with exactly those loan ids. Forgetting again answers with the first date (it is idempotent of itself: Idempotency-Key is not used). Find the person id in a loan's borrower.personId, lender.personId or a guarantee's guarantorPersonId.",
    status: 200,
    body: ForgetPersonDto,
    examples: FORGET_EXAMPLES,
    ok: ForgottenPersonDto,
    okDescription: 'The person is forgotten',
    problems: [
      { status: 400, description: 'The person id is not a UUID' },
      { status: 404, description: 'No person has this id' },
      {
        status: 409,
        description:
          'The loans give the person (a sole trader) different names: confirm with confirmLoans',
        typesOnly: ['person-named-differently'],
      },
    ],
  })
  async forget(
    @Param('personId', PersonIdPipe) personId: string,
    @Body() body: ForgetPersonDto,
    @Meta() meta: RequestMeta,
  ): Promise<ForgottenPerson & { loans: string[] }> {
    const loans = await loansNamingPerson(
      this.readModels.db,
      await this.readModels.tables('loans', 'guarantees'),
      personId,
    );
    // Not yet forgotten: one person per enterprise number must not take another's data along
    // unseen (an enterprise number typed for someone else).
    const key = (await this.people.dataKeys([personId])).get(personId);
    if (key) {
      const names = borrowerNames(loans, key);
      if (names.size > 1 && !confirmsLoans(body?.confirmLoans, loanIdsOf(loans))) {
        throw new PersonNamedDifferentlyProblem(personId, loans, names.size);
      }
    }
    const forgotten = await this.people.forget(personId, body?.reason?.trim() ?? '', meta);
    if (!forgotten) throw new NotFoundProblem(`there is no person ${personId}`);
    return { ...forgotten, loans: loanIdsOf(loans) };
  }
}
