import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { OfferLapseProcessor } from './offer-lapse.processor';

/** Offers not disbursed within their validity lapse by themselves. */
@Module({ imports: [ReadModelsModule], providers: [OfferLapseProcessor] })
export class OffersModule {}
