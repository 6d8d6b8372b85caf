import type {
  GuaranteeKind,
  GuaranteeReleaseRefusalReasonCode,
  RefusalReasonCode,
} from '@loanbook/domain';
import type { Language, Translations } from './language';

/**
 * DOMAIN.md 4.4, the code of conduct's section IV: why a credit was refused, one full sentence
 * per code, in the wording of the code (which the enterprise can look up).
 */
export const REFUSAL_REASON_SENTENCES: Translations<Readonly<Record<RefusalReasonCode, string>>> = {
  nl: {
    'insufficient-information-financial-position':
      'Wij beschikten over onvoldoende informatie en documentatie over de financiële toestand van de onderneming.',
    'insufficient-information-project':
      'Wij beschikten over onvoldoende informatie en documentatie over het project, in het bijzonder over de slaagkansen ervan.',
    'insufficient-information-repayment-capacity':
      'Wij beschikten over onvoldoende informatie en documentatie over de terugbetalingscapaciteit van de onderneming.',
    'negative-credit-register-information':
      'Er is negatieve informatie over de onderneming in de Centrale voor Kredieten aan Ondernemingen of bij een leverancier van handelsinformatie.',
    'insufficient-securities-or-equity':
      'Er zijn onvoldoende persoonlijke of zakelijke zekerheden beschikbaar, de eigen inbreng in het project is onvoldoende en/of het eigen vermogen van de onderneming is in het algemeen onvoldoende.',
    'known-payment-arrears':
      'Wij hebben weet van betalingsachterstanden van de onderneming, bij de overheid, bij ons of bij derden.',
    'formal-notices-other-credits':
      'De onderneming werd in gebreke gesteld in het kader van andere kredietovereenkomsten, bij ons of bij andere kredietgevers.',
    'unconvincing-financial-position-or-plan':
      'De financiële positie of het business- of financieel plan van de onderneming is in het algemeen onvoldoende overtuigend om het gevraagde krediet te rechtvaardigen.',
    'outside-lender-policy': 'De aanvraag past niet binnen ons kredietbeleid.',
    'history-of-enterprise-or-representatives':
      'De historiek van de onderneming of van haar vertegenwoordigers laat niet toe het krediet toe te staan.',
    'management-and-governance':
      'Het beleid en het bestuur van de onderneming laten niet toe het krediet toe te staan.',
    'lack-of-training-experience-competence':
      'Binnen de onderneming ontbreekt het aan gepaste opleiding, ervaring of bekwaamheid.',
  },
  fr: {
    'insufficient-information-financial-position':
      'Nous ne disposions pas d’informations et de documents suffisants sur la situation financière de l’entreprise.',
    'insufficient-information-project':
      'Nous ne disposions pas d’informations et de documents suffisants sur le projet, en particulier sur ses chances de réussite.',
    'insufficient-information-repayment-capacity':
      'Nous ne disposions pas d’informations et de documents suffisants sur la capacité de remboursement de l’entreprise.',
    'negative-credit-register-information':
      'Des informations négatives concernant l’entreprise figurent à la Centrale des crédits aux entreprises ou auprès d’un fournisseur d’informations commerciales.',
    'insufficient-securities-or-equity':
      'Les sûretés personnelles ou réelles disponibles sont insuffisantes, l’apport personnel dans le projet est insuffisant et/ou les fonds propres de l’entreprise sont, de manière générale, insuffisants.',
    'known-payment-arrears':
      'Nous avons connaissance d’arriérés de paiement de l’entreprise, envers les pouvoirs publics, envers nous ou envers des tiers.',
    'formal-notices-other-credits':
      'L’entreprise a fait l’objet de mises en demeure dans le cadre d’autres contrats de crédit, conclus avec nous ou avec d’autres prêteurs.',
    'unconvincing-financial-position-or-plan':
      'De manière générale, la situation financière de l’entreprise, ou son plan d’affaires ou financier, n’est pas suffisamment convaincante pour justifier le crédit demandé.',
    'outside-lender-policy': 'La demande ne s’inscrit pas dans notre politique de crédit.',
    'history-of-enterprise-or-representatives':
      'L’historique de l’entreprise ou de ses représentants ne permet pas d’octroyer le crédit.',
    'management-and-governance':
      'La gestion et la gouvernance de l’entreprise ne permettent pas d’octroyer le crédit.',
    'lack-of-training-experience-competence':
      'L’entreprise ne dispose pas de la formation, de l’expérience ou des compétences appropriées.',
  },
  en: {
    'insufficient-information-financial-position':
      "We did not have enough information and documents on the enterprise's financial position.",
    'insufficient-information-project':
      'We did not have enough information and documents on the project, in particular on its chances of success.',
    'insufficient-information-repayment-capacity':
      "We did not have enough information and documents on the enterprise's capacity to repay.",
    'negative-credit-register-information':
      'There is negative information on the enterprise in the Central Corporate Credit Register or from a provider of commercial information.',
    'insufficient-securities-or-equity':
      "Not enough personal or real securities are available, the own contribution to the project is too small, and/or the enterprise's equity is insufficient in general.",
    'known-payment-arrears':
      'We know of payment arrears of the enterprise, towards the government, towards us or towards third parties.',
    'formal-notices-other-credits':
      'The enterprise has been given formal notice of default under other credit agreements, with us or with other lenders.',
    'unconvincing-financial-position-or-plan':
      "In general, the enterprise's financial position, or its business or financial plan, is not convincing enough to justify the credit requested.",
    'outside-lender-policy': 'The application does not fit within our credit policy.',
    'history-of-enterprise-or-representatives':
      'The history of the enterprise or of its representatives does not allow us to grant the credit.',
    'management-and-governance':
      'The way the enterprise is managed and governed does not allow us to grant the credit.',
    'lack-of-training-experience-competence':
      'The enterprise lacks appropriate training, experience or competence.',
  },
};

/**
 * DOMAIN.md 4.5, the code of conduct's section VI: why a security or guarantee is not released,
 * one full sentence per code.
 */
export const GUARANTEE_RELEASE_REFUSAL_SENTENCES: Translations<
  Readonly<Record<GuaranteeReleaseRefusalReasonCode, string>>
> = {
  nl: {
    'open-commitments-covered':
      'Er zijn nog openstaande verbintenissen die door de zekerheid of waarborg worden gedekt.',
    'adverse-financial-figures':
      'Er zijn tegenaanwijzingen in de financiële cijfers, zoals een zwakke solvabiliteit, een onvoldoende terugbetalingscapaciteit of een liquiditeitsrisico.',
    'negative-credit-register-information':
      'Er is negatieve informatie in de Centrale voor Kredieten aan Ondernemingen of bij een andere leverancier van handelsinformatie.',
    'known-payment-arrears':
      'Wij hebben weet van betalingsachterstanden, bij de overheid, bij ons of bij derden.',
    'formal-notices-other-credits':
      'Er hebben ingebrekestellingen plaatsgevonden in het kader van andere kredietovereenkomsten, bij ons of bij andere kredietgevers.',
    'deteriorating-economic-environment':
      'De economische omgeving of de marktomstandigheden zijn verslechterd.',
    'judicial-reorganisation-pending': 'Er loopt een procedure van gerechtelijke reorganisatie.',
    'needed-after-loss-of-other-guarantees':
      'De waarborg moet behouden blijven omdat andere waarborgen verloren zijn gegaan, bijvoorbeeld overheidswaarborgen.',
    'no-equivalent-alternative-security':
      'Er is geen alternatieve, evenwaardige waarborg of zekerheid die het krediet dekt.',
  },
  fr: {
    'open-commitments-covered': 'La sûreté ou la garantie couvre encore des engagements en cours.',
    'adverse-financial-figures':
      'Les chiffres financiers présentent des indications défavorables, telles qu’une solvabilité faible, une capacité de remboursement insuffisante ou un risque de liquidité.',
    'negative-credit-register-information':
      'Des informations négatives figurent à la Centrale des crédits aux entreprises ou auprès d’un autre fournisseur d’informations commerciales.',
    'known-payment-arrears':
      'Nous avons connaissance d’arriérés de paiement, envers les pouvoirs publics, envers nous ou envers des tiers.',
    'formal-notices-other-credits':
      'Des mises en demeure ont été adressées dans le cadre d’autres contrats de crédit, conclus avec nous ou avec d’autres prêteurs.',
    'deteriorating-economic-environment':
      'L’environnement économique ou les conditions du marché se sont détériorés.',
    'judicial-reorganisation-pending': 'Une procédure de réorganisation judiciaire est en cours.',
    'needed-after-loss-of-other-guarantees':
      'La garantie doit être maintenue parce que d’autres garanties ont été perdues, par exemple des garanties publiques.',
    'no-equivalent-alternative-security':
      'Aucune garantie ou sûreté alternative équivalente n’est disponible pour couvrir le crédit.',
  },
  en: {
    'open-commitments-covered':
      'The security or guarantee still covers commitments that are outstanding.',
    'adverse-financial-figures':
      'The financial figures show adverse signs, such as weak solvency, insufficient repayment capacity or a liquidity risk.',
    'negative-credit-register-information':
      'There is negative information in the Central Corporate Credit Register or from another provider of commercial information.',
    'known-payment-arrears':
      'We know of payment arrears, towards the government, towards us or towards third parties.',
    'formal-notices-other-credits':
      'Formal notices of default have been given under other credit agreements, with us or with other lenders.',
    'deteriorating-economic-environment':
      'The economic environment or the market conditions have deteriorated.',
    'judicial-reorganisation-pending': 'A judicial reorganisation procedure is pending.',
    'needed-after-loss-of-other-guarantees':
      'The guarantee has to be kept because other guarantees have been lost, for example public guarantees.',
    'no-equivalent-alternative-security':
      'No equivalent alternative guarantee or security is available to cover the credit.',
  },
};

/** A security's kind as the documents name it (DOMAIN.md 4.2 ix). */
export const GUARANTEE_KIND_LABELS: Translations<Readonly<Record<GuaranteeKind, string>>> = {
  nl: {
    personal: 'Persoonlijke zekerheid (borgstelling)',
    real: 'Zakelijke zekerheid (pand of hypotheek)',
    government: 'Overheidswaarborg',
  },
  fr: {
    personal: 'Sûreté personnelle (cautionnement)',
    real: 'Sûreté réelle (gage ou hypothèque)',
    government: 'Garantie publique',
  },
  en: {
    personal: 'Personal security (surety)',
    real: 'Real security (pledge or mortgage)',
    government: 'Public guarantee',
  },
};

export function refusalReasonSentence(code: RefusalReasonCode, language: Language): string {
  return REFUSAL_REASON_SENTENCES[language][code];
}

export function guaranteeReleaseRefusalSentence(
  code: GuaranteeReleaseRefusalReasonCode,
  language: Language,
): string {
  return GUARANTEE_RELEASE_REFUSAL_SENTENCES[language][code];
}
