/**
 * The 422 rule codes of the commands the app sends (docs/api.md, "Rule codes"), in the user's
 * language: the server words them in English only, with the figures; these say the same without
 * them, beside the field the violation names. Spread into each language by messages.ts.
 */
export const NL_RULES = {
  'rule.amount-above-lender-limit': 'Het bedrag ligt boven het maximum per kredietgever',
  'rule.signed-after-application': 'De akte is ondertekend na de ontvangst van de aanvraag',
  'rule.deed-received-too-late': 'De akte kwam meer dan drie maanden na de ondertekening binnen',
  'rule.lender-relation-excluded':
    'Wie zo met de kredietnemer verbonden is, mag geen win-winlening geven',
  'rule.rate-band-unknown': 'De wettelijke bandbreedte van de rente voor dat jaar is niet gekend',
  'rule.rate-below-band':
    'De rentevoet ligt onder de helft van de wettelijke rentevoet van dat jaar',
  'rule.rate-above-band': 'De rentevoet ligt boven de wettelijke rentevoet van dat jaar',
  'rule.product-not-offered': 'Dit product wordt op die datum niet aangeboden',
  'rule.term-not-whole-years': 'De looptijd moet een geheel aantal jaren zijn',
  'rule.guarantee-amount-not-positive': 'Een zekerheid moet meer dan 0,00 dekken',
  'rule.second-approval-terms-differ':
    'Een tweede goedkeuring keurt de voorgestelde voorwaarden goed, zonder ze te wijzigen',
  'rule.approval-before-proposal': 'De tweede goedkeuring ligt vóór het voorstel',
  'rule.offer-validity-before-approval': 'Het aanbod kan niet vervallen vóór de goedkeuring',
  'rule.offer-validity-too-long': 'Het aanbod mag niet zo lang geldig blijven',
  'rule.amount-above-responsible-maximum':
    'Het bedrag ligt boven het verantwoord kredietmaximum van de beoordeling',
  'rule.borrower-limit-exceeded': 'De onderneming gaat over haar maximum voor dit product',
  'rule.lender-limit-exceeded': 'De kredietgever gaat over zijn maximum voor win-winleningen',
  'rule.refusal-reason-required': 'Kies minstens één reden',
  'rule.unknown-refusal-reason': 'Een onbekende reden',
  'rule.withdrawal-before-application': 'De intrekking ligt vóór de aanvraag',
  'rule.withdrawal-before-approval': 'De intrekking ligt vóór het aanbod',
  'rule.early-repayment-amount-or-full':
    'Geef het kapitaal dat vervroegd wordt terugbetaald, of kies volledig',
  'rule.early-repayment-before-disbursement': 'De terugbetaling ligt vóór de uitbetaling',
  'rule.early-repayment-before-last-payment': 'De terugbetaling ligt vóór de laatste betaling',
  'rule.amount-due-unpaid':
    'Op die dag staat er nog een vervallen bedrag open: registreer eerst die betaling',
  'rule.instalment-paid-in-advance':
    'Een latere termijn werd al vooruitbetaald: vervroegd terugbetalen kan pas vanaf zijn vervaldag',
  'rule.assessment-before-application': 'De beoordeling ligt vóór de aanvraag',
  'rule.information-before-application': 'De registratie ligt vóór de aanvraag',
};

export type RuleId = keyof typeof NL_RULES;

export const FR_RULES: Record<RuleId, string> = {
  'rule.amount-above-lender-limit': 'Le montant dépasse le maximum par prêteur',
  'rule.signed-after-application': "L'acte a été signé après la réception de la demande",
  'rule.deed-received-too-late': "L'acte est arrivé plus de trois mois après la signature",
  'rule.lender-relation-excluded':
    "Une personne ainsi liée à l'emprunteur ne peut accorder de prêt win-win",
  'rule.rate-band-unknown': "La fourchette légale du taux pour cette année n'est pas connue",
  'rule.rate-below-band':
    "Le taux est inférieur à la moitié du taux d'intérêt légal de cette année",
  'rule.rate-above-band': "Le taux dépasse le taux d'intérêt légal de cette année",
  'rule.product-not-offered': "Ce produit n'est pas proposé à cette date",
  'rule.term-not-whole-years': "La durée doit être un nombre entier d'années",
  'rule.guarantee-amount-not-positive': 'Une sûreté doit couvrir plus de 0,00',
  'rule.second-approval-terms-differ':
    'Une seconde approbation approuve les conditions proposées, sans les modifier',
  'rule.approval-before-proposal': 'La seconde approbation est antérieure à la proposition',
  'rule.offer-validity-before-approval': "L'offre ne peut expirer avant l'approbation",
  'rule.offer-validity-too-long': "L'offre ne peut rester valable aussi longtemps",
  'rule.amount-above-responsible-maximum':
    "Le montant dépasse le crédit maximal responsable de l'évaluation",
  'rule.borrower-limit-exceeded': "L'entreprise dépasse son maximum pour ce produit",
  'rule.lender-limit-exceeded': 'Le prêteur dépasse son maximum pour les prêts win-win',
  'rule.refusal-reason-required': 'Choisissez au moins un motif',
  'rule.unknown-refusal-reason': 'Un motif inconnu',
  'rule.withdrawal-before-application': 'Le retrait est antérieur à la demande',
  'rule.withdrawal-before-approval': "Le retrait est antérieur à l'offre",
  'rule.early-repayment-amount-or-full':
    'Indiquez le capital remboursé anticipativement, ou choisissez le remboursement total',
  'rule.early-repayment-before-disbursement': 'Le remboursement est antérieur au décaissement',
  'rule.early-repayment-before-last-payment': 'Le remboursement est antérieur au dernier paiement',
  'rule.amount-due-unpaid':
    "Un montant échu reste impayé à cette date : enregistrez d'abord ce paiement",
  'rule.instalment-paid-in-advance':
    "Une échéance ultérieure a déjà été payée d'avance : le remboursement anticipé n'est possible qu'à partir de son échéance",
  'rule.assessment-before-application': "L'évaluation est antérieure à la demande",
  'rule.information-before-application': "L'enregistrement est antérieur à la demande",
};

export const EN_RULES: Record<RuleId, string> = {
  'rule.amount-above-lender-limit': 'The amount is above the maximum per lender',
  'rule.signed-after-application': 'The deed was signed after the application was received',
  'rule.deed-received-too-late': 'The deed came in more than three months after it was signed',
  'rule.lender-relation-excluded': 'Someone so related to the borrower may not make a win-win loan',
  'rule.rate-band-unknown': 'The legal rate band of that year is not known',
  'rule.rate-below-band': 'The rate is below half the legal interest rate of that year',
  'rule.rate-above-band': 'The rate is above the legal interest rate of that year',
  'rule.product-not-offered': 'This product is not offered on that date',
  'rule.term-not-whole-years': 'The term must be a whole number of years',
  'rule.guarantee-amount-not-positive': 'A guarantee must cover more than 0.00',
  'rule.second-approval-terms-differ':
    'A second approval approves the proposed terms, without changing them',
  'rule.approval-before-proposal': 'The second approval is dated before the proposal',
  'rule.offer-validity-before-approval': 'The offer cannot lapse before the approval',
  'rule.offer-validity-too-long': 'The offer may not hold that long',
  'rule.amount-above-responsible-maximum':
    "The amount is above the assessment's responsible credit maximum",
  'rule.borrower-limit-exceeded': 'The enterprise goes over its maximum for this product',
  'rule.lender-limit-exceeded': 'The lender goes over the maximum for win-win loans',
  'rule.refusal-reason-required': 'Choose at least one reason',
  'rule.unknown-refusal-reason': 'An unknown reason',
  'rule.withdrawal-before-application': 'The withdrawal is dated before the application',
  'rule.withdrawal-before-approval': 'The withdrawal is dated before the offer',
  'rule.early-repayment-amount-or-full': 'Give the capital repaid early, or choose in full',
  'rule.early-repayment-before-disbursement': 'The repayment is dated before the disbursement',
  'rule.early-repayment-before-last-payment': 'The repayment is dated before the last payment',
  'rule.amount-due-unpaid': 'An amount due is unpaid on that day: record that payment first',
  'rule.instalment-paid-in-advance':
    'A later instalment was paid in advance: an early repayment can be made from its due day on',
  'rule.assessment-before-application': 'The assessment is dated before the application',
  'rule.information-before-application': 'The record is dated before the application',
};
