import { Module } from '@nestjs/common';
import { LoansModule } from '../loans/loans.module';
import { PeopleModule } from '../people/people.module';
import { DocumentFactory } from './document-factory';
import { DocumentsController } from './documents.controller';
import { DocumentsProcessor } from './documents.processor';

/** The code of conduct's documents, made from the log by a processor, and served. */
@Module({
  imports: [LoansModule, PeopleModule],
  controllers: [DocumentsController],
  providers: [DocumentFactory, DocumentsProcessor],
})
export class DocumentsModule {}
