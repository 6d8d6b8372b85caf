import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseBusinessDate, parseEnterpriseNumber } from '@loanbook/domain';
import { Roles } from '../auth/decorators';
import { ApiCommand } from '../http/api-docs';
import { INQUIRY_EXAMPLES } from '../http/command-examples';
import { Meta } from '../http/request-meta';
import type { RequestMeta } from '../audit/request-meta';
import { InquiryResultDto } from './inquiry.response';
import { RegisterInquiryDto } from './register-inquiry.dto';
import { InquiriesService, type InquiryResult } from './inquiries.service';

@ApiTags('inquiries')
@Controller('inquiries')
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  /** A first contact: the top of the intake funnel (API.md). */
  @Post()
  @Roles('clerk')
  @ApiCommand({
    summary: 'Register a first contact: the top of the intake funnel',
    description:
      'Records InquiryRegistered in stream inquiry-<inquiryId> (inquiryId: the client’s UUID, or generated); the approval rates count inquiries by contactedOn. The enterprise number, if given, is kept in clear. No Location: an inquiry has no resource of its own to read back.',
    status: 201,
    body: RegisterInquiryDto,
    examples: INQUIRY_EXAMPLES,
    ok: InquiryResultDto,
    okDescription: 'The inquiry is recorded',
    idempotent: true,
    problems: [
      { status: 409, description: 'An inquiry with the inquiryId given exists already' },
      {
        status: 422,
        description: 'The product is not offered on contactedOn, or contactedOn lies in the future',
      },
    ],
  })
  async register(
    @Body() body: RegisterInquiryDto,
    @Meta() meta: RequestMeta,
  ): Promise<InquiryResult> {
    const inquiryId = body.inquiryId?.toLowerCase() ?? randomUUID();
    const result = await this.inquiries.register(
      {
        type: 'RegisterInquiry',
        inquiryId,
        productCode: body.productCode,
        contactedOn: parseBusinessDate(body.contactedOn),
        channel: body.channel,
        enterpriseNumber:
          body.enterpriseNumber === undefined
            ? undefined
            : parseEnterpriseNumber(body.enterpriseNumber).toString(),
      },
      meta,
    );
    return result;
  }
}
