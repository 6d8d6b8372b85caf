import { Module } from '@nestjs/common';
import { LoansModule } from '../loans/loans.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { ReminderProcessor } from './reminder.processor';

/** Reminder letters for loans in arrears, sent by themselves. */
@Module({ imports: [ReadModelsModule, LoansModule], providers: [ReminderProcessor] })
export class RemindersModule {}
