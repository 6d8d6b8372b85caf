import {
  Body,
  Controller,
  HttpCode,
  Injectable,
  Param,
  Post,
  type PipeTransform,
} from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import { Roles } from '../auth/decorators';
import { NotFoundProblem, ValidationProblem } from '../http/problem';
import { Meta } from '../http/request-meta';
import type { RequestMeta } from '../loans/loan-repository';
import { ForgetPersonDto, ForgottenPersonDto } from './dto/forget-person.dto';
import { PeopleService, type ForgottenPerson } from './people.service';

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
  constructor(private readonly people: PeopleService) {}

  @Post(':personId/forget')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Forget a natural person',
    description:
      'Destroys the person\'s key: their names and identifying numbers read as "[erased]" in every event, loan and list from then on; figures and reports do not change. Records PersonForgotten. Forgetting again answers with the first date. Find the person id in a loan\'s borrower.personId or lender.personId.',
  })
  @ApiOkResponse({ type: ForgottenPersonDto })
  @ApiNotFoundResponse({ description: 'No person has this id' })
  @ApiForbiddenResponse({ description: 'Only an admin may forget people' })
  async forget(
    @Param('personId', PersonIdPipe) personId: string,
    @Body() body: ForgetPersonDto,
    @Meta() meta: RequestMeta,
  ): Promise<ForgottenPerson> {
    const forgotten = await this.people.forget(personId, body?.reason?.trim() ?? '', meta);
    if (!forgotten) throw new NotFoundProblem(`there is no person ${personId}`);
    return forgotten;
  }
}
