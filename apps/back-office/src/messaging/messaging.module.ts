import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { WakeProjectionsOnCommit } from '../read-models/events-committed';
import { KafkaRelayService } from './kafka-relay.service';

/** After a commit: the read models and the Kafka relay are woken (the relay publishes the log). */
@Module({
  imports: [ReadModelsModule],
  providers: [KafkaRelayService, WakeProjectionsOnCommit],
  exports: [KafkaRelayService],
})
export class MessagingModule {}
