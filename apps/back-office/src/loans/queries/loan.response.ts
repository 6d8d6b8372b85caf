import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEFAULT_CAUSES,
  GUARANTEE_KINDS,
  LENDER_RELATIONS,
  LOAN_LIFECYCLE_STATUSES,
  PRODUCT_CODES,
  PROVINCES,
  REFUSAL_REASON_CODES,
  REPAYMENT_FREQUENCIES,
  REPAYMENT_METHODS,
} from '@loanbook/domain';
import { DATE, DECIMAL, MONEY, UUID } from '../../http/api-docs';

// GET /loans/{loanId} (loan-view.ts toLoanView): the loan as its events make it.

const ERASED_NOTE = 'personal data of a natural person: "[erased]" once the person is forgotten';

export const FILE_NUMBER_PROPERTY = {
  type: String,
  nullable: true,
  example: 'IK-2022-0042',
  description:
    'The short file number (product prefix IK, WW, KC or SL, the application year, its place in that year); null for loans applied for before file numbers',
} as const;

export const STRUCTURED_COMMUNICATION_PROPERTY = {
  type: String,
  nullable: true,
  example: '+++090/9337/55493+++',
  description:
    'The structured communication (OGM/VCS) the borrower repays with, given at disbursement; null before, and for loans disbursed earlier until the migration gives them one',
} as const;

export class LoanAddressDto {
  @ApiProperty({ example: 'Veldstraat 12 bus 3', description: `A sole trader's is ${ERASED_NOTE}` })
  street!: string;

  @ApiProperty({ example: '9000', description: `A sole trader's is ${ERASED_NOTE}` })
  postalCode!: string;

  @ApiProperty({ example: 'Gent', description: `A sole trader's is ${ERASED_NOTE}` })
  municipality!: string;
}

export class LoanBorrowerDto {
  @ApiProperty({
    example: '0403.170.701',
    description: `Belgian enterprise number; a sole trader's is ${ERASED_NOTE}`,
  })
  enterpriseNumber!: string;

  @ApiProperty({ example: 'Bakkerij Peeters', description: `A sole trader's is ${ERASED_NOTE}` })
  name!: string;

  @ApiProperty({ enum: PROVINCES, example: 'Antwerpen' })
  province!: string;

  @ApiProperty({ description: 'A sole trader: the borrower is a natural person' })
  naturalPerson!: boolean;

  @ApiProperty({
    ...UUID,
    nullable: true,
    description:
      "A sole trader's id in the people registry (what an admin forgets); null for a company",
  })
  personId!: string | null;

  @ApiProperty({
    type: LoanAddressDto,
    nullable: true,
    description: 'null: the application gave none (an information item still missing)',
  })
  address!: LoanAddressDto | null;
}

export class LoanLenderDto {
  @ApiProperty({
    ...UUID,
    nullable: true,
    description: "The lender's id in the people registry; null in events written before it",
  })
  personId!: string | null;

  @ApiProperty({
    example: 'lender-0001',
    description: `The lender's identifying number: ${ERASED_NOTE}`,
  })
  id!: string;

  @ApiProperty({ example: 'An Janssens', description: ERASED_NOTE })
  name!: string;

  @ApiProperty({ enum: LENDER_RELATIONS, example: 'friend' })
  relationToBorrower!: string;
}

export class RepaymentTermsDto {
  @ApiProperty({ enum: REPAYMENT_METHODS, example: 'annuity' })
  method!: string;

  @ApiProperty({ enum: REPAYMENT_FREQUENCIES, example: 'monthly' })
  frequency!: string;

  @ApiProperty({ type: 'integer', example: 0, description: 'Interest-only months at the start' })
  capitalHolidayMonths!: number;
}

export class ProposedGuaranteeDto {
  @ApiProperty({ example: 'g2' })
  guaranteeId!: string;

  @ApiProperty({ enum: GUARANTEE_KINDS })
  kind!: string;

  @ApiProperty({ example: 'Jan Peeters', description: `A personal guarantor is ${ERASED_NOTE}` })
  guarantor!: string;

  @ApiProperty({ ...UUID, nullable: true, description: "A personal guarantor's person id" })
  guarantorPersonId!: string | null;

  @ApiProperty({ ...MONEY, example: '10000.00' })
  amount!: string;
}

/** An approval above the first officer's limit, waiting for a second officer. */
export class ProposedApprovalDto {
  @ApiProperty({ example: 'officer-dirk' })
  proposedBy!: string;

  @ApiProperty({ ...MONEY, example: '50000.00', description: "The proposer's approval limit" })
  approvalLimit!: string;

  @ApiProperty(DATE)
  approvedOn!: string;

  @ApiProperty(MONEY)
  amount!: string;

  @ApiProperty(DECIMAL)
  annualRate!: string;

  @ApiProperty({ type: 'integer', example: 60 })
  termMonths!: number;

  @ApiProperty({ type: RepaymentTermsDto })
  repayment!: RepaymentTermsDto;

  @ApiProperty(DATE)
  offerValidUntil!: string;

  @ApiProperty({
    type: [ProposedGuaranteeDto],
    description: 'The securities the proposed offer asks for: the loan’s once it is seconded',
  })
  guarantees!: ProposedGuaranteeDto[];
}

export class LoanRefusalDto {
  @ApiProperty(DATE)
  refusedOn!: string;

  @ApiProperty({ enum: REFUSAL_REASON_CODES, isArray: true })
  reasons!: string[];

  @ApiProperty({ example: 'Arrears with two suppliers.', description: 'Empty when none was given' })
  explanation!: string;
}

export class LoanWithdrawalDto {
  @ApiProperty(DATE)
  withdrawnOn!: string;

  @ApiProperty({ example: 'found other financing', description: 'Empty when none was given' })
  reason!: string;
}

export class LoanGuaranteeDto {
  @ApiProperty({ example: 'g1', description: 'g1, g2, … in the order they were given' })
  guaranteeId!: string;

  @ApiProperty({ enum: GUARANTEE_KINDS })
  kind!: string;

  @ApiProperty({ example: 'Jan Peeters', description: `A personal guarantor is ${ERASED_NOTE}` })
  guarantor!: string;

  @ApiProperty({ ...UUID, nullable: true, description: "A personal guarantor's person id" })
  guarantorPersonId!: string | null;

  @ApiProperty({ ...MONEY, example: '10000.00', description: 'What it covered when given' })
  amount!: string;

  @ApiProperty({ ...MONEY, example: '6000.00', description: 'What it still covers' })
  remaining!: string;

  @ApiProperty({ ...MONEY, example: '4000.00' })
  released!: string;

  @ApiProperty({ ...MONEY, example: '0.00' })
  called!: string;

  @ApiProperty({
    enum: ['application', 'approval'],
    description: 'Given with the application or asked for by the offer',
  })
  givenAt!: string;

  @ApiProperty({ type: 'integer', example: 0, description: 'Releases refused so far' })
  releaseRefusals!: number;
}

/** Unpaid instalment amounts: what is due up to a day, or in arrears. */
export class AmountDueDto {
  @ApiProperty({ ...MONEY, example: '145.83' })
  interest!: string;

  @ApiProperty({ ...MONEY, example: '349.20' })
  principal!: string;

  @ApiProperty({ ...MONEY, example: '495.03' })
  total!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Instalments with something unpaid' })
  instalments!: number;

  @ApiProperty({
    ...DATE,
    nullable: true,
    description: 'The oldest of them; null when nothing is unpaid',
  })
  oldestDueOn!: string | null;
}

/** Arrears at the end of a day: the unpaid parts of the instalments due before it. */
export class ArrearsFiguresDto extends AmountDueDto {
  @ApiProperty({
    type: 'integer',
    example: 0,
    description: 'Days since the oldest instalment not fully paid fell due (0: none late)',
  })
  daysPastDue!: number;
}

export class LoanArrearsDto extends ArrearsFiguresDto {
  @ApiProperty({ ...DATE, description: 'Today, in Brussels' })
  asOf!: string;
}

/** The next instalment to fall due (that day or later) with something unpaid. */
export class NextDueDto {
  @ApiProperty({ type: 'integer', example: 3 })
  number!: number;

  @ApiProperty(DATE)
  dueOn!: string;

  @ApiProperty(MONEY)
  interest!: string;

  @ApiProperty(MONEY)
  principal!: string;

  @ApiProperty(MONEY)
  total!: string;

  @ApiProperty({ ...MONEY, description: 'What is still unpaid of it' })
  unpaid!: string;
}

export class LoanDefaultDto {
  @ApiProperty(DATE)
  defaultedOn!: string;

  @ApiProperty({ enum: DEFAULT_CAUSES })
  cause!: string;

  @ApiProperty({ ...MONEY, description: 'Principal outstanding on the day of default' })
  outstandingPrincipal!: string;
}

export class GovernmentClaimDto {
  @ApiProperty(DATE)
  claimedOn!: string;

  @ApiProperty(MONEY)
  principalLost!: string;

  @ApiProperty({ ...MONEY, description: "The product version's share of principalLost" })
  claim!: string;
}

export class WriteOffDto {
  @ApiProperty(DATE)
  writtenOffOn!: string;

  @ApiProperty({ ...MONEY, description: 'The principal written off' })
  amount!: string;
}

export class LoanWarningDto {
  @ApiProperty({ enum: ['second-open-application', 'offer-lapses-at-once'] })
  code!: string;

  @ApiProperty()
  message!: string;

  @ApiPropertyOptional({ type: [String], description: 'The other loans it concerns' })
  loanIds?: string[];
}

export class LoanDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty(FILE_NUMBER_PROPERTY)
  fileNumber!: string | null;

  @ApiProperty({ enum: PRODUCT_CODES, example: 'impulskrediet' })
  productCode!: string;

  @ApiProperty({
    example: '2021-02-01',
    description: 'The product version of the offer, else of the application',
  })
  productVersion!: string;

  @ApiProperty({ enum: LOAN_LIFECYCLE_STATUSES, example: 'active' })
  status!: string;

  @ApiProperty({ type: LoanBorrowerDto })
  borrower!: LoanBorrowerDto;

  @ApiProperty({ example: 'oven and working capital' })
  purpose!: string;

  @ApiProperty({ ...MONEY, description: 'The offer’s amount, else the amount applied for' })
  amount!: string;

  @ApiProperty(MONEY)
  amountApplied!: string;

  @ApiProperty({
    ...DECIMAL,
    nullable: true,
    description: 'The offer’s rate; null before the offer',
  })
  annualRate!: string | null;

  @ApiProperty({
    type: 'integer',
    example: 60,
    description: 'The offer’s term, else the term applied for',
  })
  termMonths!: number;

  @ApiProperty({
    type: RepaymentTermsDto,
    nullable: true,
    description: 'The offer’s; null before it',
  })
  repayment!: RepaymentTermsDto | null;

  @ApiProperty({
    ...MONEY,
    description: 'Disbursed, less what was repaid, recovered or written off',
  })
  outstandingPrincipal!: string;

  @ApiProperty({ ...DATE, nullable: true })
  disbursedOn!: string | null;

  @ApiProperty(STRUCTURED_COMMUNICATION_PROPERTY)
  structuredCommunication!: string | null;

  @ApiProperty(DATE)
  appliedOn!: string;

  @ApiProperty({ ...DATE, nullable: true, description: 'Win-win: the day the deed was signed' })
  signedOn!: string | null;

  @ApiProperty({ type: LoanLenderDto, nullable: true, description: 'Win-win: the private lender' })
  lender!: LoanLenderDto | null;

  @ApiProperty({ example: 'clerk-anna', description: 'Who registered the application' })
  registeredBy!: string;

  @ApiProperty({ ...DATE, nullable: true })
  approvedOn!: string | null;

  @ApiProperty({
    type: [String],
    nullable: true,
    example: ['officer-bart'],
    description: 'The officer, or the two officers (four eyes), who approved the offer',
  })
  approvedBy!: string[] | null;

  @ApiProperty({ ...DATE, nullable: true })
  offerValidUntil!: string | null;

  @ApiProperty({
    type: String,
    enum: ['second-approval'],
    nullable: true,
    description: 'second-approval while a proposal waits for a second officer',
  })
  awaiting!: 'second-approval' | null;

  @ApiProperty({ type: ProposedApprovalDto, nullable: true })
  proposedApproval!: ProposedApprovalDto | null;

  @ApiProperty({ type: LoanRefusalDto, nullable: true })
  refusal!: LoanRefusalDto | null;

  @ApiProperty({ type: LoanWithdrawalDto, nullable: true })
  withdrawal!: LoanWithdrawalDto | null;

  @ApiProperty({ ...DATE, nullable: true, description: 'The offer lapsed, not disbursed in time' })
  lapsedOn!: string | null;

  @ApiProperty({ type: [LoanGuaranteeDto] })
  guarantees!: LoanGuaranteeDto[];

  @ApiProperty({
    type: LoanArrearsDto,
    nullable: true,
    description: 'Today’s, for an active or defaulted loan',
  })
  arrears!: LoanArrearsDto | null;

  @ApiProperty({ type: NextDueDto, nullable: true, description: 'For an active loan' })
  nextDue!: NextDueDto | null;

  @ApiProperty({ ...DATE, nullable: true })
  repaidOn!: string | null;

  @ApiProperty({ type: LoanDefaultDto, nullable: true })
  default!: LoanDefaultDto | null;

  @ApiProperty({ type: GovernmentClaimDto, nullable: true })
  governmentClaim!: GovernmentClaimDto | null;

  @ApiProperty({ ...MONEY, example: '0.00', description: 'Recoveries after a default' })
  recovered!: string;

  @ApiProperty({ type: WriteOffDto, nullable: true })
  writeOff!: WriteOffDto | null;

  @ApiProperty({
    type: [LoanWarningDto],
    description:
      'What to look at: second-open-application (loanIds), offer-lapses-at-once; worked out when asked',
  })
  warnings!: LoanWarningDto[];

  @ApiProperty({ type: 'integer', example: 3, description: 'The stream version: the ETag' })
  version!: number;

  @ApiProperty({
    type: 'integer',
    example: 17,
    description: 'The global position of its last event',
  })
  position!: number;
}
