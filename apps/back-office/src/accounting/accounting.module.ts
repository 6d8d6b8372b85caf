import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { AccountingController } from './accounting.controller';
import { BooksService } from './books.service';

/** GET /accounting/*: the books (issue 23). */
@Module({
  imports: [ReadModelsModule],
  controllers: [AccountingController],
  providers: [BooksService],
  exports: [BooksService],
})
export class AccountingModule {}
