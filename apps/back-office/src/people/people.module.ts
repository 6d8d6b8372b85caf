import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

/** Natural persons' keys (sealing, opening, forgetting) and GET/POST /people. */
@Module({
  imports: [ReadModelsModule],
  controllers: [PeopleController],
  providers: [PeopleService],
  exports: [PeopleService],
})
export class PeopleModule {}
