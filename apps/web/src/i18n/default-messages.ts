/**
 * The texts of the guarantees' and the default's actions and panels (release, refuse a release
 * with the code of conduct's reasons, default, call, government guarantee, recovery, write-off).
 * Spread into each language by messages.ts; messages.test.ts checks French and English have all.
 */
export const NL_DEFAULT = {
  'field.guarantee': 'Zekerheid',
  'guarantee.option': '{id}: {kind}, {guarantor} (dekt nog {remaining})',
  'action.releaseTitle': 'Zekerheid vrijgeven',
  'action.release': 'Vrijgeven',
  'field.releasedOn': 'Datum van vrijgave',
  'field.releaseAmount': 'Bedrag dat vrijkomt (EUR)',
  'field.wholeGuaranteeHint': 'Leeg: alles wat de zekerheid nog dekt',
  'action.refuseReleaseTitle': 'Vrijgave weigeren',
  'action.refuseRelease': 'Vrijgave weigeren',
  'action.refuseReleaseIntro':
    'De onderneming en de borg krijgen de weigering schriftelijk, met de redenen van de gedragscode en uw toelichting. De brief komt bij de documenten.',
  'field.amountRequested': 'Gevraagde vrijgave (EUR)',
  'field.amountRequestedHint': 'Leeg: de hele zekerheid werd gevraagd',
  'field.releaseExplanation': 'Toelichting voor de onderneming en de borg',
  'releaseReason.open-commitments-covered': 'De zekerheid dekt nog openstaande verbintenissen',
  'releaseReason.adverse-financial-figures':
    'De financiële cijfers van de onderneming zijn ongunstig',
  'releaseReason.negative-credit-register-information':
    'Negatieve informatie in de Centrale voor Kredieten aan Ondernemingen of bij een leverancier van handelsinformatie',
  'releaseReason.known-payment-arrears':
    'Gekende betalingsachterstanden, bij de overheid, bij ons of bij derden',
  'releaseReason.formal-notices-other-credits':
    'Ingebrekestellingen bij andere kredietovereenkomsten',
  'releaseReason.deteriorating-economic-environment':
    'De economische omgeving van de onderneming verslechtert',
  'releaseReason.judicial-reorganisation-pending':
    'Er loopt een procedure van gerechtelijke reorganisatie',
  'releaseReason.needed-after-loss-of-other-guarantees':
    'De zekerheid blijft nodig nu andere zekerheden weggevallen zijn',
  'releaseReason.no-equivalent-alternative-security':
    'Er wordt geen gelijkwaardige andere zekerheid aangeboden',

  'action.defaultTitle': 'In gebreke stellen',
  'action.default': 'In gebreke stellen',
  'action.defaultIntro':
    'Het kapitaal en de achterstallen op die dag worden vastgelegd; daarna kunnen zekerheden aangesproken en recuperaties geregistreerd worden.',
  'field.defaultOn': 'Datum van de ingebrekestelling',
  'field.cause': 'Oorzaak',
  'defaultCause.bankruptcy': 'Faillissement',
  'defaultCause.insolvency': 'Kennelijk onvermogen',
  'defaultCause.dissolution': 'Ontbinding of vereffening',
  'defaultCause.arrears': 'Betalingsachterstand van meer dan drie maanden',
  'defaultCause.death': 'Overlijden',
  'defaultCause.cessation': 'Stopzetting van de activiteit',
  'action.callTitle': 'Zekerheid aanspreken',
  'action.call': 'Aanspreken',
  'field.calledOn': 'Datum van aanspreking',
  'field.callAmount': 'Aangesproken bedrag (EUR)',
  'action.claimTitle': 'Overheidswaarborg aanspreken',
  'action.claim': 'Waarborg aanspreken',
  'action.claimIntro':
    'De overheid draagt een deel van het kapitaal dat de lener definitief verliest, interest niet inbegrepen: 30 %, of 40 % voor leningen gesloten van 15 maart 2020 tot 31 december 2021.',
  'field.claimedOn': 'Datum van de aanvraag',
  'field.principalLost': 'Definitief verloren kapitaal (EUR)',
  'action.recoveryTitle': 'Recuperatie registreren',
  'action.recovery': 'Recuperatie registreren',
  'field.receivedOn': 'Ontvangen op',
  'field.recoveryAmount': 'Ontvangen bedrag (EUR)',
  'field.source': 'Betaald door',
  'recoverySource.borrower': 'De kredietnemer',
  'recoverySource.guarantor': 'Een borg',
  'recoverySource.government-guarantee': 'De overheidswaarborg',
  'recoverySource.liquidation': 'De curator of vereffenaar',
  'recoverySource.other': 'Een andere bron',
  'action.writeOffTitle': 'Afschrijven',
  'action.writeOff': 'Afschrijven',
  'action.writeOffIntro':
    'Het openstaande kapitaal ({amount}) wordt afgeschreven. Recuperaties kunnen daarna nog binnenkomen.',
  'field.writtenOffOn': 'Datum van afschrijving',
  'field.writeOffReason': 'Reden',

  'reply.released': 'Zekerheid {id} vrijgegeven: {amount}.',
  'reply.releaseRefused':
    'Vrijgave geweigerd: de brief aan de onderneming en de borg verschijnt zo dadelijk bij de documenten.',
  'reply.defaulted': 'In gebreke gesteld; openstaand kapitaal {amount}.',
  'reply.called': 'Zekerheid {id} aangesproken: {amount}.',
  'reply.claimed': 'Overheidswaarborg aangesproken: {amount}.',
  'reply.recovered': 'Recuperatie geregistreerd: {amount}.',
  'reply.writtenOff': 'Afgeschreven: {amount}.',

  'loan.guarantee.released': 'Vrijgegeven',
  'loan.guarantee.called': 'Aangesproken',
  'loan.guarantee.refusals':
    '{n, plural, one {# vrijgave geweigerd} other {# vrijgaven geweigerd}}',
  'loan.default': 'Ingebrekestelling',
  'loan.defaultedOn': 'In gebreke sinds',
  'loan.cause': 'Oorzaak',
  'loan.outstandingAtDefault': 'Openstaand kapitaal toen',
  'loan.recovered': 'Gerecupereerd',
  'loan.governmentClaim': 'Overheidswaarborg',
  'loan.governmentClaimValue': '{claim} op {date} (verloren kapitaal {lost})',
  'loan.writtenOff': 'Afgeschreven',
  'loan.writtenOffValue': '{amount} op {date}',

  'rule.amount-not-positive': 'Het bedrag moet groter zijn dan 0,00',
  'rule.release-above-guarantee': 'Het bedrag is groter dan wat de zekerheid nog dekt',
  'rule.guarantee-already-released': 'Deze zekerheid dekt niets meer',
  'rule.release-before-application': 'De vrijgave ligt vóór de aanvraag',
  'rule.release-refusal-before-application': 'De weigering ligt vóór de aanvraag',
  'rule.release-refusal-reason-required': 'Kies minstens één reden',
  'rule.release-refusal-explanation-required':
    'Geef de toelichting die de onderneming en de borg schriftelijk krijgen',
  'rule.unknown-release-refusal-reason': 'Een onbekende reden',
  'rule.arrears-not-over-three-months':
    'De oudste onbetaalde vervaldag is op die dag nog geen drie maanden achterstallig',
  'rule.default-before-disbursement': 'De ingebrekestelling ligt vóór de uitbetaling',
  'rule.default-before-last-payment': 'De ingebrekestelling ligt vóór de laatste betaling',
  'rule.call-above-guarantee': 'Het bedrag is groter dan wat de zekerheid nog dekt',
  'rule.call-before-default': 'De aanspreking ligt vóór de ingebrekestelling',
  'rule.claim-before-default': 'De aanvraag ligt vóór de ingebrekestelling',
  'rule.default-after-guarantee-period':
    'De ingebrekestelling viel na de looptijd en de zes maanden erna',
  'rule.government-guarantee-already-claimed': 'De overheidswaarborg werd al aangesproken',
  'rule.guarantee-cause-not-covered':
    'De overheidswaarborg dekt alleen faillissement, kennelijk onvermogen, ontbinding of vereffening',
  'rule.loss-above-outstanding':
    'Het verloren kapitaal is groter dan het openstaande kapitaal bij de ingebrekestelling, min wat sindsdien gerecupereerd werd',
  'rule.no-government-guarantee': 'Dit krediet heeft geen overheidswaarborg',
  'rule.recovery-above-outstanding':
    'Het bedrag is groter dan het kapitaal dat nog niet gerecupereerd is',
  'rule.recovery-before-default': 'De recuperatie ligt vóór de ingebrekestelling',
  'rule.write-off-before-default': 'De afschrijving ligt vóór de ingebrekestelling',
};

export type DefaultId = keyof typeof NL_DEFAULT;

export const FR_DEFAULT: Record<DefaultId, string> = {
  'field.guarantee': 'Sûreté',
  'guarantee.option': '{id} : {kind}, {guarantor} (couvre encore {remaining})',
  'action.releaseTitle': 'Libérer une sûreté',
  'action.release': 'Libérer',
  'field.releasedOn': 'Date de la libération',
  'field.releaseAmount': 'Montant libéré (EUR)',
  'field.wholeGuaranteeHint': 'Vide : tout ce que la sûreté couvre encore',
  'action.refuseReleaseTitle': 'Refuser la libération',
  'action.refuseRelease': 'Refuser la libération',
  'action.refuseReleaseIntro':
    "L'entreprise et la caution reçoivent le refus par écrit, avec les motifs du code de conduite et votre explication. La lettre rejoint les documents.",
  'field.amountRequested': 'Libération demandée (EUR)',
  'field.amountRequestedHint': 'Vide : toute la sûreté a été demandée',
  'field.releaseExplanation': "Explication pour l'entreprise et la caution",
  'releaseReason.open-commitments-covered': 'La sûreté couvre encore des engagements en cours',
  'releaseReason.adverse-financial-figures':
    "Les chiffres financiers de l'entreprise sont défavorables",
  'releaseReason.negative-credit-register-information':
    "Informations négatives à la Centrale des crédits aux entreprises ou auprès d'un fournisseur d'informations commerciales",
  'releaseReason.known-payment-arrears':
    'Arriérés de paiement connus, envers les pouvoirs publics, envers nous ou envers des tiers',
  'releaseReason.formal-notices-other-credits':
    "Mises en demeure dans le cadre d'autres contrats de crédit",
  'releaseReason.deteriorating-economic-environment':
    "L'environnement économique de l'entreprise se détériore",
  'releaseReason.judicial-reorganisation-pending':
    'Une procédure de réorganisation judiciaire est en cours',
  'releaseReason.needed-after-loss-of-other-guarantees':
    "La sûreté reste nécessaire depuis la perte d'autres sûretés",
  'releaseReason.no-equivalent-alternative-security':
    "Aucune autre sûreté équivalente n'est proposée",

  'action.defaultTitle': 'Constater le défaut',
  'action.default': 'Constater le défaut',
  'action.defaultIntro':
    'Le capital et les arriérés de ce jour sont figés ; ensuite, les sûretés peuvent être appelées et les récupérations enregistrées.',
  'field.defaultOn': 'Date du défaut',
  'field.cause': 'Cause',
  'defaultCause.bankruptcy': 'Faillite',
  'defaultCause.insolvency': 'Insolvabilité manifeste',
  'defaultCause.dissolution': 'Dissolution ou liquidation',
  'defaultCause.arrears': 'Arriérés de plus de trois mois',
  'defaultCause.death': 'Décès',
  'defaultCause.cessation': "Cessation d'activité",
  'action.callTitle': 'Appeler une sûreté',
  'action.call': 'Appeler',
  'field.calledOn': "Date de l'appel",
  'field.callAmount': 'Montant appelé (EUR)',
  'action.claimTitle': 'Appeler la garantie publique',
  'action.claim': 'Appeler la garantie',
  'action.claimIntro':
    'Les pouvoirs publics supportent une part du capital que le prêteur perd définitivement, intérêts exclus : 30 %, ou 40 % pour les prêts conclus du 15 mars 2020 au 31 décembre 2021.',
  'field.claimedOn': 'Date de la demande',
  'field.principalLost': 'Capital définitivement perdu (EUR)',
  'action.recoveryTitle': 'Enregistrer une récupération',
  'action.recovery': 'Enregistrer la récupération',
  'field.receivedOn': 'Reçu le',
  'field.recoveryAmount': 'Montant reçu (EUR)',
  'field.source': 'Payé par',
  'recoverySource.borrower': "L'emprunteur",
  'recoverySource.guarantor': 'Une caution',
  'recoverySource.government-guarantee': 'La garantie publique',
  'recoverySource.liquidation': 'Le curateur ou le liquidateur',
  'recoverySource.other': 'Une autre source',
  'action.writeOffTitle': 'Amortir',
  'action.writeOff': 'Amortir',
  'action.writeOffIntro':
    'Le capital restant dû ({amount}) est amorti. Des récupérations peuvent encore arriver ensuite.',
  'field.writtenOffOn': "Date de l'amortissement",
  'field.writeOffReason': 'Motif',

  'reply.released': 'Sûreté {id} libérée : {amount}.',
  'reply.releaseRefused':
    "Libération refusée : la lettre à l'entreprise et à la caution apparaîtra sous peu parmi les documents.",
  'reply.defaulted': 'Défaut constaté ; capital restant dû {amount}.',
  'reply.called': 'Sûreté {id} appelée : {amount}.',
  'reply.claimed': 'Garantie publique appelée : {amount}.',
  'reply.recovered': 'Récupération enregistrée : {amount}.',
  'reply.writtenOff': 'Amorti : {amount}.',

  'loan.guarantee.released': 'Libéré',
  'loan.guarantee.called': 'Appelé',
  'loan.guarantee.refusals':
    '{n, plural, one {# libération refusée} other {# libérations refusées}}',
  'loan.default': 'Défaut',
  'loan.defaultedOn': 'En défaut depuis',
  'loan.cause': 'Cause',
  'loan.outstandingAtDefault': 'Capital restant dû alors',
  'loan.recovered': 'Récupéré',
  'loan.governmentClaim': 'Garantie publique',
  'loan.governmentClaimValue': '{claim} le {date} (capital perdu {lost})',
  'loan.writtenOff': 'Amorti',
  'loan.writtenOffValue': '{amount} le {date}',

  'rule.amount-not-positive': 'Le montant doit être supérieur à 0,00',
  'rule.release-above-guarantee': 'Le montant dépasse ce que la sûreté couvre encore',
  'rule.guarantee-already-released': 'Cette sûreté ne couvre plus rien',
  'rule.release-before-application': 'La libération est antérieure à la demande',
  'rule.release-refusal-before-application': 'Le refus est antérieur à la demande',
  'rule.release-refusal-reason-required': 'Choisissez au moins un motif',
  'rule.release-refusal-explanation-required':
    "Donnez l'explication que l'entreprise et la caution reçoivent par écrit",
  'rule.unknown-release-refusal-reason': 'Un motif inconnu',
  'rule.arrears-not-over-three-months':
    "L'échéance impayée la plus ancienne n'a pas encore trois mois de retard à cette date",
  'rule.default-before-disbursement': 'Le défaut est antérieur au décaissement',
  'rule.default-before-last-payment': 'Le défaut est antérieur au dernier paiement',
  'rule.call-above-guarantee': 'Le montant dépasse ce que la sûreté couvre encore',
  'rule.call-before-default': "L'appel est antérieur au défaut",
  'rule.claim-before-default': 'La demande est antérieure au défaut',
  'rule.default-after-guarantee-period':
    'Le défaut est survenu après la durée du prêt et les six mois suivants',
  'rule.government-guarantee-already-claimed': 'La garantie publique a déjà été appelée',
  'rule.guarantee-cause-not-covered':
    "La garantie publique ne couvre que la faillite, l'insolvabilité manifeste, la dissolution ou la liquidation",
  'rule.loss-above-outstanding':
    'Le capital perdu dépasse le capital restant dû au défaut, moins ce qui a été récupéré depuis',
  'rule.no-government-guarantee': "Ce crédit n'a pas de garantie publique",
  'rule.recovery-above-outstanding':
    "Le montant dépasse le capital qui n'a pas encore été récupéré",
  'rule.recovery-before-default': 'La récupération est antérieure au défaut',
  'rule.write-off-before-default': "L'amortissement est antérieur au défaut",
};

export const EN_DEFAULT: Record<DefaultId, string> = {
  'field.guarantee': 'Guarantee',
  'guarantee.option': '{id}: {kind}, {guarantor} (still covers {remaining})',
  'action.releaseTitle': 'Release a guarantee',
  'action.release': 'Release',
  'field.releasedOn': 'Date of release',
  'field.releaseAmount': 'Amount released (EUR)',
  'field.wholeGuaranteeHint': 'Empty: all the guarantee still covers',
  'action.refuseReleaseTitle': 'Refuse a release',
  'action.refuseRelease': 'Refuse the release',
  'action.refuseReleaseIntro':
    "The enterprise and the guarantor receive the refusal in writing, with the code of conduct's reasons and your explanation. The letter joins the documents.",
  'field.amountRequested': 'Release asked for (EUR)',
  'field.amountRequestedHint': 'Empty: the whole guarantee was asked for',
  'field.releaseExplanation': 'Explanation for the enterprise and the guarantor',
  'releaseReason.open-commitments-covered': 'The security still covers open commitments',
  'releaseReason.adverse-financial-figures': "The enterprise's financial figures are adverse",
  'releaseReason.negative-credit-register-information':
    'Negative information in the Central Corporate Credit Register or from a provider of business information',
  'releaseReason.known-payment-arrears':
    'Known payment arrears, with the authorities, with us or with third parties',
  'releaseReason.formal-notices-other-credits': 'Formal notices under other credit agreements',
  'releaseReason.deteriorating-economic-environment':
    "The enterprise's economic environment is deteriorating",
  'releaseReason.judicial-reorganisation-pending': 'A judicial reorganisation is pending',
  'releaseReason.needed-after-loss-of-other-guarantees':
    'The security is still needed now that other securities were lost',
  'releaseReason.no-equivalent-alternative-security': 'No equivalent other security is offered',

  'action.defaultTitle': 'Declare a default',
  'action.default': 'Declare the default',
  'action.defaultIntro':
    'The principal and the arrears on that day are fixed; then guarantees can be called and recoveries recorded.',
  'field.defaultOn': 'Date of the default',
  'field.cause': 'Cause',
  'defaultCause.bankruptcy': 'Bankruptcy',
  'defaultCause.insolvency': 'Manifest insolvency',
  'defaultCause.dissolution': 'Dissolution or liquidation',
  'defaultCause.arrears': 'Arrears of more than three months',
  'defaultCause.death': 'Death',
  'defaultCause.cessation': 'Cessation of the business',
  'action.callTitle': 'Call a guarantee',
  'action.call': 'Call',
  'field.calledOn': 'Date of the call',
  'field.callAmount': 'Amount called (EUR)',
  'action.claimTitle': 'Claim the government guarantee',
  'action.claim': 'Claim the guarantee',
  'action.claimIntro':
    'The government bears a share of the principal the lender definitively loses, interest excluded: 30 %, or 40 % for loans concluded from 15 March 2020 to 31 December 2021.',
  'field.claimedOn': 'Date of the claim',
  'field.principalLost': 'Principal definitively lost (EUR)',
  'action.recoveryTitle': 'Record a recovery',
  'action.recovery': 'Record the recovery',
  'field.receivedOn': 'Received on',
  'field.recoveryAmount': 'Amount received (EUR)',
  'field.source': 'Paid by',
  'recoverySource.borrower': 'The borrower',
  'recoverySource.guarantor': 'A guarantor',
  'recoverySource.government-guarantee': 'The government guarantee',
  'recoverySource.liquidation': 'The trustee or liquidator',
  'recoverySource.other': 'Another source',
  'action.writeOffTitle': 'Write off',
  'action.writeOff': 'Write off',
  'action.writeOffIntro':
    'The principal outstanding ({amount}) is written off. Recoveries may still come in afterwards.',
  'field.writtenOffOn': 'Date of the write-off',
  'field.writeOffReason': 'Reason',

  'reply.released': 'Guarantee {id} released: {amount}.',
  'reply.releaseRefused':
    'Release refused: the letter to the enterprise and the guarantor will appear among the documents shortly.',
  'reply.defaulted': 'Declared in default; principal outstanding {amount}.',
  'reply.called': 'Guarantee {id} called: {amount}.',
  'reply.claimed': 'Government guarantee claimed: {amount}.',
  'reply.recovered': 'Recovery recorded: {amount}.',
  'reply.writtenOff': 'Written off: {amount}.',

  'loan.guarantee.released': 'Released',
  'loan.guarantee.called': 'Called',
  'loan.guarantee.refusals': '{n, plural, one {# release refused} other {# releases refused}}',
  'loan.default': 'Default',
  'loan.defaultedOn': 'In default since',
  'loan.cause': 'Cause',
  'loan.outstandingAtDefault': 'Principal outstanding then',
  'loan.recovered': 'Recovered',
  'loan.governmentClaim': 'Government guarantee',
  'loan.governmentClaimValue': '{claim} on {date} (principal lost {lost})',
  'loan.writtenOff': 'Written off',
  'loan.writtenOffValue': '{amount} on {date}',

  'rule.amount-not-positive': 'The amount must be more than 0.00',
  'rule.release-above-guarantee': 'The amount is more than the guarantee still covers',
  'rule.guarantee-already-released': 'This guarantee covers nothing any more',
  'rule.release-before-application': 'The release is dated before the application',
  'rule.release-refusal-before-application': 'The refusal is dated before the application',
  'rule.release-refusal-reason-required': 'Choose at least one reason',
  'rule.release-refusal-explanation-required':
    'Give the explanation the enterprise and the guarantor receive in writing',
  'rule.unknown-release-refusal-reason': 'An unknown reason',
  'rule.arrears-not-over-three-months':
    'On that day the oldest unpaid instalment is not yet three months late',
  'rule.default-before-disbursement': 'The default is dated before the disbursement',
  'rule.default-before-last-payment': 'The default is dated before the last payment',
  'rule.call-above-guarantee': 'The amount is more than the guarantee still covers',
  'rule.call-before-default': 'The call is dated before the default',
  'rule.claim-before-default': 'The claim is dated before the default',
  'rule.default-after-guarantee-period':
    'The default came after the term and the six months after it',
  'rule.government-guarantee-already-claimed': 'The government guarantee was claimed already',
  'rule.guarantee-cause-not-covered':
    'The government guarantee covers bankruptcy, manifest insolvency, dissolution or liquidation only',
  'rule.loss-above-outstanding':
    'The principal lost is more than the principal outstanding at the default, less what was recovered since',
  'rule.no-government-guarantee': 'This loan has no government guarantee',
  'rule.recovery-above-outstanding': 'The amount is more than the principal not yet recovered',
  'rule.recovery-before-default': 'The recovery is dated before the default',
  'rule.write-off-before-default': 'The write-off is dated before the default',
};
