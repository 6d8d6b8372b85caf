import { Module } from '@nestjs/common';
import { ProductCatalogueSource, ProductsController } from './products.controller';

/** GET /products and /products/{code}: the catalogue and the product sheets (DOMAIN.md 4.1). */
@Module({
  controllers: [ProductsController],
  providers: [ProductCatalogueSource],
})
export class ProductsModule {}
