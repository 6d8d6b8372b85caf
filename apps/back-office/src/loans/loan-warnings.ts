import { Inject, Injectable } from '@nestjs/common';
import type { Clock, LoanState, ProductCatalogue } from '@loanbook/domain';
import { ProjectionNotReadyError } from '@loanbook/projections';
import { otherOpenApplications } from '@loanbook/projections/read-models';
import { ERASED } from '../people/field-crypto';
import { CATALOGUE, CLOCK } from '../infrastructure/tokens';
import { ReadModelsService } from '../read-models/read-models.service';

/** Something the clerk should look at, though nothing forbids it. */
export interface CommandWarning {
  code: string;
  message: string;
  /** The other loans it concerns, if any. */
  loanIds?: string[];
}

/**
 * What a clerk should look at on a loan, though nothing forbids it: shown in a command's reply
 * and in the loan's view, worked out when asked (so both loans of a pair show it).
 * - `second-open-application`: the borrower has another application or offer of the product
 *   open (read from the loans list, which follows the log within milliseconds);
 * - `offer-lapses-at-once`: an open offer whose validity ended before today, which the offer
 *   lapse processor lapses on its next pass (an approval dated in the past, say).
 */
@Injectable()
export class LoanWarnings {
  constructor(
    private readonly readModels: ReadModelsService,
    @Inject(CATALOGUE) private readonly catalogue: ProductCatalogue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async of(loanId: string, s: LoanState): Promise<CommandWarning[]> {
    if (!s.application || (s.status !== 'applied' && s.status !== 'approved')) return [];
    const warnings: CommandWarning[] = [];
    const app = s.application;
    const others = await this.otherOpenApplications(loanId, s);
    if (others.length > 0) {
      warnings.push({
        code: 'second-open-application',
        message: `the borrower has ${others.length === 1 ? 'another open application' : `${others.length} other open applications`} for ${app.productCode}: ${others.join(', ')}; check that this is not the same one registered twice`,
        loanIds: others,
      });
    }
    const today = this.clock.today();
    if (
      s.status === 'approved' &&
      s.offer &&
      s.offer.offerValidUntil.isBefore(today) &&
      this.catalogue.offerLapses(app.productCode)
    ) {
      warnings.push({
        code: 'offer-lapses-at-once',
        message: `the offer was valid until ${s.offer.offerValidUntil.toString()}, before today (${today.toString()}): it lapses on the next pass of the offer lapse processor unless it is disbursed first, dated within its validity`,
      });
    }
    return warnings;
  }

  /**
   * None while the loans list is being built for the first time (a new store, a new version):
   * a warning must never stand in a command's way.
   */
  private async otherOpenApplications(loanId: string, s: LoanState): Promise<string[]> {
    const app = s.application!;
    let loans: string;
    try {
      ({ loans } = await this.readModels.tables('loans'));
    } catch (error) {
      if (error instanceof ProjectionNotReadyError) return [];
      throw error;
    }
    return otherOpenApplications(this.readModels.db, loans, {
      loanId,
      productCode: app.productCode,
      // A sole trader's number is sealed in the list: they are their person.
      ...(app.borrower.naturalPerson
        ? { borrowerPersonId: app.borrower.personId }
        : app.borrower.enterpriseNumber === ERASED
          ? {}
          : { enterpriseNumber: app.borrower.enterpriseNumber }),
      ...(app.productCode === 'winwinlening' && app.lender?.personId
        ? { lenderPersonId: app.lender.personId }
        : {}),
    });
  }
}
