import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { parseBusinessDate, parseEnterpriseNumber } from '@loanbook/domain';
import { Roles } from '../auth/decorators';
import { Meta } from '../http/request-meta';
import type { RequestMeta } from '../audit/request-meta';
import { RegisterInquiryDto } from './register-inquiry.dto';
import { InquiriesService, type InquiryResult } from './inquiries.service';

@ApiTags('inquiries')
@Controller('inquiries')
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  /** A first contact: the top of the intake funnel (API.md). */
  @Post()
  @Roles('clerk')
  @ApiCreatedResponse({ description: '{ inquiryId, version, position }' })
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
