import { Module } from '@nestjs/common';
import { LoansModule } from '../loans/loans.module';
import { PeopleModule } from '../people/people.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { ReminderProcessor } from './reminder.processor';
import { RemindersController } from './reminders.controller';

/** Reminder letters for loans in arrears, sent by themselves, and their work queue. */
@Module({
  imports: [ReadModelsModule, LoansModule, PeopleModule],
  controllers: [RemindersController],
  providers: [ReminderProcessor],
})
export class RemindersModule {}
