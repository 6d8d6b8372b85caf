import { Controller, Get, Injectable, Param, Query, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import {
  formatBusinessDate,
  isProductCode,
  parseBusinessDate,
  PRODUCT_CODES,
  type Clock,
  type ProductCatalogue,
  type ProductCode,
} from '@loanbook/domain';
import { READ_LOANS, Roles } from '../auth/decorators';
import { ApiRead } from '../http/api-docs';
import { NotFoundProblem } from '../http/problem';
import { CATALOGUE, CLOCK } from '../infrastructure/tokens';
import { ProductDto, ProductsDto } from './product.response';
import { toProductView } from './product-view';
import { ProductsQueryDto } from './products.query.dto';

/**
 * The catalogue and the clock the back office was started with. They are the root module's
 * providers, which an imported module cannot inject: looked up once the application is built.
 */
@Injectable()
export class ProductCatalogueSource implements OnModuleInit {
  private found?: { catalogue: ProductCatalogue; clock: Clock };

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    this.found = {
      catalogue: this.moduleRef.get<ProductCatalogue>(CATALOGUE, { strict: false }),
      clock: this.moduleRef.get<Clock>(CLOCK, { strict: false }),
    };
  }

  get catalogue(): ProductCatalogue {
    return this.ready().catalogue;
  }

  get clock(): Clock {
    return this.ready().clock;
  }

  private ready() {
    if (!this.found)
      throw new Error('the product catalogue is read before the application is built');
    return this.found;
  }
}

/**
 * The products and their terms over time, with the product sheet each applicant receives
 * (DOMAIN.md 4.1): every role of the back office may read them.
 */
@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly source: ProductCatalogueSource) {}

  @Get()
  @Roles(...READ_LOANS)
  @ApiRead({
    summary: 'Every product: the terms in force on a day, its versions, its product sheet',
    description:
      "`on` (default today) picks the version in force; `lang` (nl, en; default nl) the product sheet's language. A product not offered on that day has inForce and productSheet null.",
    ok: ProductsDto,
    problems: [{ status: 400, description: 'on or lang is malformed' }],
  })
  list(@Query() q: ProductsQueryDto) {
    const { on, language } = this.view(q);
    const catalogue = this.source.catalogue;
    return {
      on: formatBusinessDate(on),
      language,
      products: catalogue.products().map((code) => toProductView(catalogue, code, on, language)),
    };
  }

  @Get(':productCode')
  @Roles(...READ_LOANS)
  @ApiRead({
    summary: 'One product: its terms in force on a day, its versions, its product sheet',
    description:
      'The lender, what an application needs (application: contract date, required and optional fields, whether offers lapse), the version in force on `on` (amount and term limits, rate, repayment, capital holiday, offer validity, early repayment policy, product rules, notes), every version with its period and rate, and the product sheet in `lang`.',
    ok: ProductDto,
    problems: [
      { status: 400, description: 'on or lang is malformed' },
      { status: 404, description: 'No such product' },
    ],
  })
  @ApiParam({ name: 'productCode', enum: PRODUCT_CODES })
  get(@Param('productCode') productCode: string, @Query() q: ProductsQueryDto) {
    const catalogue = this.source.catalogue;
    if (!isProductCode(productCode) || !catalogue.isOffered(productCode)) {
      throw new NotFoundProblem(
        `there is no product ${JSON.stringify(productCode.slice(0, 50))}; the products are ${catalogue.products().join(', ')}`,
      );
    }
    const { on, language } = this.view(q);
    return toProductView(catalogue, productCode as ProductCode, on, language);
  }

  private view(q: ProductsQueryDto) {
    return {
      on: q.on === undefined ? this.source.clock.today() : parseBusinessDate(q.on),
      language: q.lang ?? 'nl',
    };
  }
}
