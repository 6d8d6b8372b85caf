import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { GUARANTEE_KINDS, Money, type GuaranteeInput, type GuaranteeKind } from '@loanbook/domain';
import { IsMoney, IsPositiveMoney, trimmed } from '../../http/validators';

export { trimmed };

/** Most securities one application or offer can list. */
export const MAX_GUARANTEES = 20;

/** A security given with an application or asked for by an offer (DOMAIN.md 4.1, 4.2 ix). */
export class GuaranteeDto {
  @ApiProperty({
    enum: GUARANTEE_KINDS,
    example: 'personal',
    description:
      'personal: a surety (a natural person, whose name is stored encrypted and can be forgotten); real: a pledge or mortgage; government: a public guarantee',
  })
  @IsDefined()
  @IsIn(GUARANTEE_KINDS)
  kind!: GuaranteeKind;

  @ApiProperty({ example: 'Jan Peeters', maxLength: 200 })
  @IsDefined()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  guarantor!: string;

  @ApiProperty({ example: '10000.00', description: 'What the security covers, EUR' })
  @IsDefined()
  @IsMoney()
  @IsPositiveMoney()
  amount!: string;
}

/** The securities given with an application or asked for by an offer, as the domain takes them. */
export const guaranteesOf = (given: GuaranteeDto[] | undefined): GuaranteeInput[] | undefined =>
  given?.map((g) => ({ kind: g.kind, guarantor: g.guarantor, amount: Money.parse(g.amount) }));
