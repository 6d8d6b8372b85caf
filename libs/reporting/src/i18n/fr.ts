import { capitalise, type ReportTexts } from './texts';

const PRET = { one: 'prêt', other: 'prêts' };
const DEMANDE = { one: 'demande', other: 'demandes' };
const CONTACT = { one: "demande d'information", other: "demandes d'information" };

/** Le rapport en français. */
export const FR: ReportTexts = {
  notApplicable: 'n.d.',
  period: (from, to) => `du ${from} au ${to}`,
  total: 'Total',
  title: (f, asOf) => `Rapport de portefeuille Loanbook au ${f.date(asOf)}`,

  headlines: {
    outstanding: 'Capital restant dû',
    outstandingNote: (f, loans) =>
      `${f.count(loans, { one: 'prêt en cours', other: 'prêts en cours' })}`,
    par30: 'Portefeuille à risque > 30 jours',
    par30Note: (f, amount, loans) => `${f.amount(amount)} sur ${f.count(loans, PRET)}`,
    winwin: 'Prêts win-win enregistrés',
    winwinNote: (f, principal, average) =>
      `${f.amount(principal)}, en moyenne ${f.amount(average)}`,
    approvalRate: (product) => `Taux d'approbation ${product}`,
    approvalRateNote: (f, approved, applications) =>
      `${f.count(approved, { one: 'demande approuvée', other: 'demandes approuvées' })} sur ${f.number(applications)}`,
    exposure: 'Exposition à la garantie publique',
    exposureNote: (f, claimed) => `${f.amount(claimed)} appelés sur la période`,
  },

  figures: {
    activeLoans: 'Prêts en cours',
    outstanding: 'Capital restant dû',
    par30Ratio: 'PAR30 : part en retard de plus de 30 jours',
    par90Ratio: 'PAR90 : part en retard de plus de 90 jours',
    winwinLoans: 'Prêts win-win enregistrés sur la période',
    winwinPrincipal: 'Capital win-win enregistré',
    winwinAverage: 'Capital win-win moyen',
    winwinFiveYears: 'Prêts win-win de 5 ans',
    topProvince: 'Province comptant le plus de prêts win-win',
    topProvinceLoans: 'Prêts win-win dans cette province',
    highestAverageProvince: 'Province à la moyenne la plus élevée',
    highestAverage: 'Capital win-win moyen le plus élevé',
    inquiries: (product) => `${product} : demandes d'information`,
    applications: (product) => `${product} : demandes`,
    approved: (product) => `${product} : approuvées`,
    refused: (product) => `${product} : refusées`,
    withdrawn: (product) => `${product} : retirées`,
    pending: (product) => `${product} : en cours d'examen`,
    approvalRate: (product) => `${product} : taux d'approbation`,
    disbursed: 'Décaissé sur la période',
    disbursedLoans: 'Prêts décaissés sur la période',
    principalRepaid: 'Capital remboursé sur la période',
    defaultedLoans: 'Prêts en défaut sur la période',
    governmentClaimed: 'Appelé sous la garantie publique sur la période',
    governmentExposure: 'Exposition à la garantie publique',
    fees: (year) => `Indemnités de remploi depuis ${year}`,
  },

  summary: {
    noneOutstanding: (f, asOf) => `Au ${f.date(asOf)}, aucun prêt n'est en cours.`,
    outstanding: (f, p) =>
      `Au ${f.date(p.asOf)}, ${f.count(p.loans, { one: 'prêt est en cours', other: 'prêts sont en cours' })} pour ${f.amount(p.principal)} de capital ; ${f.percent(p.par30)} de ce capital est en retard de plus de 30 jours (PAR30) et ${f.percent(p.par90)} de plus de 90 jours (PAR90).`,
    winwin: (f, p) =>
      `${capitalise(f.period(p.from, p.asOf))}, ${f.count(p.loans, { one: 'prêt win-win a été enregistré', other: 'prêts win-win ont été enregistrés' })} pour ${f.amount(p.principal)} (en moyenne ${f.amount(p.average)}) ; ${f.number(p.fiveYears)} d'entre eux courent sur 5 ans. La province ${provinceArticle(p.top.province)} compte le plus de prêts (${f.number(p.top.loans)}) ; celle ${provinceArticle(p.highest.province)} a la moyenne la plus élevée (${f.amount(p.highest.average)}).`,
    noWinwin: (f, from, asOf) => `Aucun prêt win-win n'a été enregistré ${f.period(from, asOf)}.`,
    funnel: (f, p) =>
      `${p.product} : ${f.count(p.inquiries, CONTACT)} et ${f.count(p.applications, DEMANDE)} jusqu'au ${f.date(p.asOf)} ; ${f.number(p.approved)} ${agree(p.approved, 'approuvée')}, ${f.number(p.refused)} ${agree(p.refused, 'refusée')}, ${f.number(p.withdrawn)} ${agree(p.withdrawn, 'retirée')} et ${f.number(p.pending)} en cours d'examen${p.rate === null ? '' : ` : un taux d'approbation de ${f.percent(p.rate)}`}.`,
    flows: (f, p) =>
      `Sur la période, ${f.amount(p.disbursed)} ont été décaissés en ${f.count(p.disbursedLoans, PRET)}, ${f.amount(p.repaid)} de capital ont été remboursés, ${f.count(p.defaulted, { one: 'prêt est passé', other: 'prêts sont passés' })} en défaut et ${f.amount(p.claimed)} ont été appelés sous la garantie publique ; les remboursements anticipés depuis ${p.feesFrom} ont rapporté ${f.amount(p.fees)} d'indemnités de remploi.`,
  },

  portfolio: {
    title: 'Portefeuille',
    intro: (f, asOf, from) =>
      `Prêts décaissés au plus tard le ${f.date(asOf)}, par produit. Restant dû : le capital encore dû le ${f.date(asOf)} sur les prêts ni remboursés, ni en défaut, ni passés en perte. Les flux (décaissements, remboursements, défauts, appels) sont ceux ${f.period(from, asOf)}.`,
    outstandingChart: (f, asOf) => `Capital restant dû par produit au ${f.date(asOf)}`,
    outstandingSeries: 'Restant dû',
    outstandingNoData: (f, asOf) => `Au ${f.date(asOf)}, aucun prêt n'est en cours.`,
    arrearsChart: (f, asOf) => `Capital restant dû par jours de retard au ${f.date(asOf)}`,
    arrearsNoData: (f, asOf) =>
      `Au ${f.date(asOf)}, aucun prêt n'est en cours ; aucun n'est donc en retard.`,
    byProduct: {
      title: 'Portefeuille par produit',
      description: (f, asOf, from) =>
        `Prêts en cours et capital au ${f.date(asOf)} ; prêts décaissés, capital remboursé (échéances et remboursements anticipés) et intérêts payés ${f.period(from, asOf)}.`,
    },
    arrears: {
      title: 'Retards par produit',
      description: (f, asOf) =>
        `Capital restant dû des prêts en cours au ${f.date(asOf)}, par jours de retard (depuis la plus ancienne échéance non entièrement payée ; une échéance du jour n'est pas en retard). PAR30 et PAR90 : le capital des prêts en retard de plus de 30 et de plus de 90 jours, et sa part du capital restant dû. Impayés : les montants d'échéances échues non payés (intérêts et capital).`,
    },
    defaults: {
      title: 'Défauts et garantie',
      description: (f, asOf, from) =>
        `Prêts passés en défaut et en perte ${f.period(from, asOf)} (capital restant dû au jour du défaut), récupérations sur la période, et prêts en défaut au ${f.date(asOf)}. Exposition à la garantie publique : la part garantie (30 % ou 40 % selon la date du contrat) du capital win-win encore à risque au ${f.date(asOf)} (en cours, ou en défaut et pas encore appelé) ; appels effectués sur la période.`,
    },
    columns: {
      product: 'Produit',
      activeLoans: 'Prêts en cours',
      outstanding: 'Capital restant dû',
      disbursedLoans: 'Prêts décaissés',
      disbursed: 'Décaissé',
      principalRepaid: 'Capital remboursé',
      interestPaid: 'Intérêts payés',
      current: 'À jour',
      late1to30: '1–30 jours',
      late31to90: '31–90 jours',
      lateOver90: 'Plus de 90 jours',
      overdue: 'Échéances impayées',
      par30: 'PAR30',
      par30Ratio: 'Ratio PAR30',
      par30Loans: 'Prêts PAR30',
      par90: 'PAR90',
      par90Ratio: 'Ratio PAR90',
      par90Loans: 'Prêts PAR90',
      defaultedLoans: 'Défauts',
      defaultedPrincipal: 'Capital au défaut',
      defaultedOpenLoans: 'En défaut à la date',
      defaultedOutstanding: 'Capital en défaut',
      writtenOffLoans: 'Passés en perte',
      writtenOff: 'Montant passé en perte',
      recovered: 'Récupéré',
      governmentExposure: 'Exposition à la garantie publique',
      governmentClaims: 'Appels',
      governmentClaimed: 'Montant appelé',
    },
  },

  winwin: {
    title: 'Prêts win-win enregistrés',
    intro: (f, first, last) =>
      `Prêts win-win enregistrés auprès du service d'enregistrement (l'approbation de l'enregistrement) par mois d'enregistrement et durée en années entières, ${first && last ? (first === last ? `en ${f.month(first)}` : `de ${f.month(first)} à ${f.month(last)}`) : 'sur la période'}, et par province de l'emprunteur.`,
    principalChart: 'Capital enregistré par mois et par durée',
    principalNoData: (f, from, asOf) =>
      `Aucun prêt win-win n'a été enregistré ${f.period(from, asOf)}.`,
    years: (f, term) => f.count(term, { one: 'an', other: 'ans' }),
    provinceChart: 'Prêts enregistrés par province',
    provinceNoData: (f, from, asOf) =>
      `Aucun prêt win-win n'a été enregistré ${f.period(from, asOf)}.`,
    loansAxis: 'Prêts',
    loansSeries: 'Prêts',
    byMonthAndTerm: {
      title: 'Win-win par mois et durée',
      description:
        "Prêts et capital enregistrés par mois (la date d'enregistrement) et par durée en années entières.",
    },
    byMonth: {
      title: 'Win-win par mois',
      description: 'Prêts, capital et capital moyen enregistrés par mois.',
    },
    byProvince: {
      title: 'Win-win par province',
      description: "Prêts, capital et capital moyen par province de l'emprunteur.",
    },
    columns: {
      month: 'Mois',
      termYears: 'Durée (ans)',
      province: 'Province',
      loans: 'Prêts',
      principal: 'Capital',
      averagePrincipal: 'Moyenne',
    },
  },

  intake: {
    title: (product) => `${product} : demandes et taux d'approbation`,
    intro: (f, product, asOf) =>
      `Toutes les personnes qui ont contacté le prêteur au sujet de ${product} (demandes d'information), les demandes introduites, et ce qu'il en était advenu au ${f.date(asOf)}. Le taux d'approbation est le rapport approuvées / demandes ; une offre retirée après l'approbation compte comme approuvée.`,
    funnelChart: (product) => `Entonnoir des demandes ${product}`,
    funnelAxis: 'Nombre',
    funnelSeries: 'Personnes ou demandes',
    funnelNoData: (f, product, asOf) =>
      `Aucune demande d'information ni demande pour ${product} jusqu'au ${f.date(asOf)}.`,
    rateChart: (product) => `Taux d'approbation ${product} par année de demande`,
    rateSeries: "Taux d'approbation",
    rateNoData: (f, product, asOf) => `Aucune demande pour ${product} jusqu'au ${f.date(asOf)}.`,
    stages: {
      inquiries: "Demandes d'information",
      applications: 'Demandes',
      approved: 'Approuvées',
      refused: 'Refusées',
      withdrawn: 'Retirées',
      pending: "En cours d'examen",
    },
    funnelTable: {
      title: (product) => `Entonnoir des demandes ${product}`,
      description:
        "Demandes d'information (contacts) et demandes jusqu'à la date du rapport ; chaque étape avec sa part des demandes.",
    },
    byYear: {
      title: (product) => `${product} par année`,
      description:
        "Demandes d'information par année de contact ; demandes par année d'introduction, avec ce qu'il en était advenu à la date du rapport.",
    },
    columns: {
      stage: 'Étape',
      count: 'Nombre',
      shareOfApplications: 'Part des demandes',
      year: 'Année',
      approvalRate: "Taux d'approbation",
    },
  },

  refusals: {
    title: 'Motifs de refus',
    intro:
      "Les motifs donnés dans les refus, selon les codes du code de conduite et l'année du refus, jusqu'à la date du rapport. Un refus peut donner plusieurs motifs : les motifs dépassent donc le nombre de refus ; la part est celle des demandes refusées.",
    chart: 'Refus par motif',
    axis: 'Refus',
    series: 'Refus',
    noData: (f, asOf) => `Aucune demande n'a été refusée jusqu'au ${f.date(asOf)}.`,
    table: {
      title: 'Motifs de refus par année',
      description:
        'Refus donnant chaque motif, par année de refus ; la part est celle de toutes les demandes refusées.',
    },
    totalLabel: 'Demandes refusées',
    columns: { code: 'Code', reason: 'Motif', total: 'Total', shareOfRefusals: 'Part des refus' },
    reasons: {
      'insufficient-information-financial-position':
        'informations insuffisantes sur la situation financière',
      'insufficient-information-project': 'informations insuffisantes sur le projet',
      'insufficient-information-repayment-capacity':
        'informations insuffisantes sur la capacité de remboursement',
      'negative-credit-register-information': 'informations négatives à la Centrale des crédits',
      'insufficient-securities-or-equity': 'sûretés ou fonds propres insuffisants',
      'known-payment-arrears': 'retards de paiement connus',
      'formal-notices-other-credits': "mises en demeure pour d'autres crédits",
      'unconvincing-financial-position-or-plan': 'situation ou plan financier peu convaincant',
      'outside-lender-policy': 'hors de la politique de crédit du prêteur',
      'history-of-enterprise-or-representatives':
        "antécédents de l'entreprise ou de ses représentants",
      'management-and-governance': 'gestion et gouvernance',
      'lack-of-training-experience-competence':
        "manque de formation, d'expérience ou de compétence",
    },
  },

  earlyRepayments: {
    title: 'Remboursements anticipés et indemnités de remploi',
    intro:
      "Capital remboursé avant son échéancier, avec les intérêts courus et l'indemnité de remploi facturée (plafonnée par le code de conduite), par année de remboursement et par produit, jusqu'à la date du rapport.",
    chart: 'Indemnités de remploi facturées par année',
    series: 'Indemnités',
    noData: (f, asOf) => `Aucun prêt n'a été remboursé anticipativement jusqu'au ${f.date(asOf)}.`,
    table: {
      title: 'Remboursements anticipés',
      description:
        'Remboursements anticipés (dont complets : le prêt a été soldé ce jour-là), le capital remboursé, les intérêts courus et les indemnités de remploi.',
    },
    columns: {
      year: 'Année',
      product: 'Produit',
      repayments: 'Remboursements',
      full: 'Dont complets',
      capital: 'Capital remboursé',
      interest: 'Intérêts courus',
      fees: 'Indemnités facturées',
    },
  },

  securities: {
    title: 'Sûretés détenues',
    intro:
      "Garanties et autres sûretés constituées pour des prêts décaissés à la date du rapport, par type : le montant donné, libéré et appelé jusqu'à ce jour, ce qu'elles couvrent encore, et le nombre de mainlevées refusées.",
    table: {
      title: 'Sûretés par type',
      description:
        'Restant : le montant donné moins ce qui a été libéré ou appelé au plus tard à la date du rapport.',
    },
    columns: {
      kind: 'Type',
      guarantees: 'Sûretés',
      amount: 'Montant donné',
      released: 'Libéré',
      called: 'Appelé',
      remaining: 'Restant',
      releaseRefusals: 'Mainlevées refusées',
    },
    kinds: {
      personal: 'Sûreté personnelle (cautionnement)',
      real: 'Sûreté réelle (gage ou hypothèque)',
      government: 'Garantie publique',
    },
  },

  provinces: {
    Antwerpen: 'Anvers',
    Limburg: 'Limbourg',
    'Oost-Vlaanderen': 'Flandre-Orientale',
    'West-Vlaanderen': 'Flandre-Occidentale',
    'Vlaams-Brabant': 'Brabant flamand',
    Brussel: 'Bruxelles',
    Henegouwen: 'Hainaut',
    Luik: 'Liège',
    Luxemburg: 'Luxembourg',
    Namen: 'Namur',
    'Waals-Brabant': 'Brabant wallon',
  },

  page: {
    summary: 'Résumé',
    contents: 'Sommaire',
    asOf: 'Situation au',
    period: 'période',
    allEvents: "tous les événements enregistrés jusqu'ici",
    knownAt: (instant) => `événements enregistrés jusqu'au ${instant}`,
    generated: (instant) => `établi le ${instant}`,
    position: (position) => `position du journal ${position}`,
  },

  workbook: {
    summarySheet: 'Résumé',
    asOf: 'Situation au',
    periodFrom: 'Période du',
    periodTo: 'Période au',
    knownAt: "Événements enregistrés jusqu'au (heure de Bruxelles)",
    allEvents: "tous les événements enregistrés jusqu'ici",
    generatedAt: 'Établi le (heure de Bruxelles)',
    position: 'Position du journal',
    keyFigures: 'Chiffres clés',
    figure: 'Chiffre',
    value: 'Valeur',
    printAsOf: (date) => `Situation au ${date}`,
    printPage: 'Page &P sur &N',
  },
};

/** "0 approuvée, 1 approuvée, 2 approuvées": French past participles agree with the count. */
function agree(count: number, singular: string): string {
  return count > 1 ? `${singular}s` : singular;
}

/** "La province d'Anvers", "la province de Limbourg", "du Hainaut", "du Brabant wallon". */
function provinceArticle(province: string): string {
  // The official names: la province du Brabant wallon, de Hainaut, de Luxembourg.
  if (/^Brabant/.test(province)) return `du ${province}`;
  if (/^[AEIOUÉ]/.test(province)) return `d'${province}`;
  return `de ${province}`;
}
