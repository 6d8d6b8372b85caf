import { capitalise, type ReportTexts } from './texts';

const LENING = { one: 'lening', other: 'leningen' };
const AANVRAAG = { one: 'aanvraag', other: 'aanvragen' };
const CONTACT = { one: 'informatievraag', other: 'informatievragen' };

/** Het rapport in het Nederlands (de standaardtaal). */
export const NL: ReportTexts = {
  notApplicable: 'n.v.t.',
  period: (from, to) => `van ${from} tot en met ${to}`,
  total: 'Totaal',
  title: (f, asOf) => `Loanbook-portefeuillerapport op ${f.date(asOf)}`,

  headlines: {
    outstanding: 'Uitstaand kapitaal',
    outstandingNote: (f, loans) => `${f.count(loans, LENING)} uitstaand`,
    par30: 'Portefeuille met risico > 30 dagen',
    par30Note: (f, amount, loans) => `${f.amount(amount)} in ${f.count(loans, LENING)}`,
    winwin: 'Win-winleningen geregistreerd',
    winwinNote: (f, principal, average) => `${f.amount(principal)}, gemiddeld ${f.amount(average)}`,
    approvalRate: (product) => `Goedkeuringsgraad ${product}`,
    approvalRateNote: (f, approved, applications) =>
      `${f.number(approved)} van ${f.count(applications, AANVRAAG)} goedgekeurd`,
    exposure: 'Blootstelling overheidswaarborg',
    exposureNote: (f, claimed) => `${f.amount(claimed)} aangesproken in de periode`,
  },

  figures: {
    activeLoans: 'Uitstaande leningen',
    outstanding: 'Uitstaand kapitaal',
    par30Ratio: 'PAR30: aandeel meer dan 30 dagen achterstallig',
    par90Ratio: 'PAR90: aandeel meer dan 90 dagen achterstallig',
    winwinLoans: 'Win-winleningen geregistreerd in de periode',
    winwinPrincipal: 'Win-winkapitaal geregistreerd',
    winwinAverage: 'Gemiddeld win-winkapitaal',
    winwinFiveYears: 'Win-winleningen van 5 jaar',
    topProvince: 'Provincie met de meeste win-winleningen',
    topProvinceLoans: 'Win-winleningen in die provincie',
    highestAverageProvince: 'Provincie met het hoogste gemiddelde',
    highestAverage: 'Hoogste gemiddelde win-winkapitaal',
    inquiries: (product) => `${product}: informatievragen`,
    applications: (product) => `${product}: aanvragen`,
    approved: (product) => `${product}: goedgekeurd`,
    refused: (product) => `${product}: geweigerd`,
    withdrawn: (product) => `${product}: ingetrokken`,
    pending: (product) => `${product}: in behandeling`,
    approvalRate: (product) => `${product}: goedkeuringsgraad`,
    disbursed: 'Uitbetaald in de periode',
    disbursedLoans: 'Leningen uitbetaald in de periode',
    principalRepaid: 'Kapitaal terugbetaald in de periode',
    defaultedLoans: 'Leningen in wanbetaling in de periode',
    governmentClaimed: 'Aangesproken onder de overheidswaarborg in de periode',
    governmentExposure: 'Blootstelling overheidswaarborg',
    fees: (year) => `Wederbeleggingsvergoedingen sinds ${year}`,
  },

  summary: {
    noneOutstanding: (f, asOf) => `Op ${f.date(asOf)} staat er geen lening uit.`,
    outstanding: (f, p) =>
      `Op ${f.date(p.asOf)} ${p.loans === 1 ? 'staat' : 'staan'} ${f.count(p.loans, LENING)} uit voor ${f.amount(p.principal)} kapitaal; ${f.percent(p.par30)} daarvan is meer dan 30 dagen achterstallig (PAR30) en ${f.percent(p.par90)} meer dan 90 dagen (PAR90).`,
    winwin: (f, p) =>
      `${capitalise(f.period(p.from, p.asOf))} ${p.loans === 1 ? 'werd' : 'werden'} ${f.count(p.loans, { one: 'win-winlening', other: 'win-winleningen' })} geregistreerd voor ${f.amount(p.principal)} (gemiddeld ${f.amount(p.average)}); ${f.number(p.fiveYears)} daarvan ${p.fiveYears === 1 ? 'loopt' : 'lopen'} 5 jaar. ${p.top.province} registreerde de meeste leningen (${f.number(p.top.loans)}); ${p.highest.province} heeft het hoogste gemiddelde (${f.amount(p.highest.average)}).`,
    noWinwin: (f, from, asOf) =>
      `${capitalise(f.period(from, asOf))} werd geen win-winlening geregistreerd.`,
    funnel: (f, p) =>
      `${p.product}: ${f.count(p.inquiries, CONTACT)} en ${f.count(p.applications, AANVRAAG)} tot en met ${f.date(p.asOf)}; ${f.number(p.approved)} goedgekeurd, ${f.number(p.refused)} geweigerd, ${f.number(p.withdrawn)} ingetrokken en ${f.number(p.pending)} in behandeling${p.rate === null ? '' : `: een goedkeuringsgraad van ${f.percent(p.rate)}`}.`,
    flows: (f, p) =>
      `In de periode werd ${f.amount(p.disbursed)} uitbetaald in ${f.count(p.disbursedLoans, LENING)} en ${f.amount(p.repaid)} kapitaal terugbetaald; ${f.count(p.defaulted, LENING)} ${p.defaulted === 1 ? 'raakte' : 'raakten'} in wanbetaling en ${f.amount(p.claimed)} werd aangesproken onder de overheidswaarborg. Vervroegde terugbetalingen sinds ${p.feesFrom} brachten ${f.amount(p.fees)} aan wederbeleggingsvergoedingen op.`,
  },

  portfolio: {
    title: 'Portefeuille',
    intro: (f, asOf, from) =>
      `Leningen uitbetaald op of vóór ${f.date(asOf)}, per product. Uitstaand: het kapitaal dat op ${f.date(asOf)} nog verschuldigd is op leningen die niet terugbetaald, in wanbetaling of afgeschreven zijn. Stromen (uitbetaald, terugbetaald, wanbetaling, aangesproken) zijn die ${f.period(from, asOf)}.`,
    outstandingChart: (f, asOf) => `Uitstaand kapitaal per product op ${f.date(asOf)}`,
    outstandingSeries: 'Uitstaand',
    outstandingNoData: (f, asOf) => `Op ${f.date(asOf)} staat er geen lening uit.`,
    arrearsChart: (f, asOf) => `Uitstaand kapitaal naar dagen achterstand op ${f.date(asOf)}`,
    arrearsNoData: (f, asOf) =>
      `Op ${f.date(asOf)} staat er geen lening uit, dus is er ook geen achterstand.`,
    byProduct: {
      title: 'Portefeuille per product',
      description: (f, asOf, from) =>
        `Uitstaande leningen en kapitaal op ${f.date(asOf)}; uitbetaalde leningen, terugbetaald kapitaal (aflossingen en vervroegde terugbetalingen) en betaalde interest ${f.period(from, asOf)}.`,
    },
    arrears: {
      title: 'Achterstand per product',
      description: (f, asOf) =>
        `Uitstaand kapitaal van de leningen die op ${f.date(asOf)} uitstaan, naar dagen achterstand (vanaf de oudste aflossing die niet volledig betaald is; een aflossing die die dag vervalt, is niet te laat). PAR30 en PAR90: het kapitaal van leningen met meer dan 30 en meer dan 90 dagen achterstand, en het aandeel daarvan in het uitstaande kapitaal. Achterstallig: de onbetaalde vervallen aflossingen (interest en kapitaal).`,
    },
    defaults: {
      title: 'Wanbetaling en waarborg',
      description: (f, asOf, from) =>
        `Leningen in wanbetaling en afgeschreven ${f.period(from, asOf)} (het kapitaal dat uitstond op de dag van de wanbetaling), recuperaties in de periode, en leningen in wanbetaling op ${f.date(asOf)}. Blootstelling overheidswaarborg: het gewaarborgde deel (30 % of 40 % naargelang de contractdatum) van het win-winkapitaal dat op ${f.date(asOf)} nog risico loopt (uitstaand, of in wanbetaling en nog niet aangesproken); aanspraken in de periode.`,
    },
    columns: {
      product: 'Product',
      activeLoans: 'Uitstaande leningen',
      outstanding: 'Uitstaand kapitaal',
      disbursedLoans: 'Uitbetaalde leningen',
      disbursed: 'Uitbetaald',
      principalRepaid: 'Kapitaal terugbetaald',
      interestPaid: 'Interest betaald',
      current: 'Zonder achterstand',
      late1to30: '1–30 dagen',
      late31to90: '31–90 dagen',
      lateOver90: 'Meer dan 90 dagen',
      overdue: 'Achterstallige aflossingen',
      par30: 'PAR30',
      par30Ratio: 'PAR30-ratio',
      par30Loans: 'PAR30-leningen',
      par90: 'PAR90',
      par90Ratio: 'PAR90-ratio',
      par90Loans: 'PAR90-leningen',
      defaultedLoans: 'Wanbetalingen',
      defaultedPrincipal: 'Kapitaal bij wanbetaling',
      defaultedOpenLoans: 'In wanbetaling op de dag',
      defaultedOutstanding: 'Kapitaal in wanbetaling',
      writtenOffLoans: 'Afgeschreven',
      writtenOff: 'Bedrag afgeschreven',
      recovered: 'Gerecupereerd',
      governmentExposure: 'Blootstelling overheidswaarborg',
      governmentClaims: 'Aanspraken',
      governmentClaimed: 'Aangesproken',
    },
  },

  winwin: {
    title: 'Geregistreerde win-winleningen',
    intro: (f, first, last) =>
      `Win-winleningen geregistreerd bij de registratiedienst (de goedkeuring van de registratie) per maand van registratie en looptijd in hele jaren, ${first && last ? (first === last ? `in ${f.month(first)}` : `van ${f.month(first)} tot en met ${f.month(last)}`) : 'in de periode'}, en per provincie van de kredietnemer.`,
    principalChart: 'Geregistreerd kapitaal per maand en looptijd',
    principalNoData: (f, from, asOf) =>
      `${capitalise(f.period(from, asOf))} werd geen win-winlening geregistreerd.`,
    years: (f, term) => `${f.number(term)} jaar`,
    provinceChart: 'Geregistreerde leningen per provincie',
    provinceNoData: (f, from, asOf) =>
      `${capitalise(f.period(from, asOf))} werd geen win-winlening geregistreerd.`,
    loansAxis: 'Leningen',
    loansSeries: 'Leningen',
    byMonthAndTerm: {
      title: 'Win-win per maand en looptijd',
      description:
        'Leningen en kapitaal geregistreerd per maand (de registratiedatum) en looptijd in hele jaren.',
    },
    byMonth: {
      title: 'Win-win per maand',
      description: 'Leningen, kapitaal en gemiddeld kapitaal geregistreerd per maand.',
    },
    byProvince: {
      title: 'Win-win per provincie',
      description: 'Leningen, kapitaal en gemiddeld kapitaal per provincie van de kredietnemer.',
    },
    columns: {
      month: 'Maand',
      termYears: 'Looptijd (jaar)',
      province: 'Provincie',
      loans: 'Leningen',
      principal: 'Kapitaal',
      averagePrincipal: 'Gemiddeld',
    },
  },

  intake: {
    title: (product) => `${product}: instroom en goedkeuringsgraad`,
    intro: (f, product, asOf) =>
      `Iedereen die de kredietgever contacteerde over ${product} (informatievragen), de ingediende aanvragen, en wat daar op ${f.date(asOf)} van geworden was. De goedkeuringsgraad is goedgekeurd / aanvragen; een aanbod dat na de goedkeuring werd ingetrokken, telt als goedgekeurd.`,
    funnelChart: (product) => `Instroom ${product}`,
    funnelAxis: 'Aantal',
    funnelSeries: 'Personen of aanvragen',
    funnelNoData: (f, product, asOf) =>
      `Tot en met ${f.date(asOf)} is er geen informatievraag of aanvraag voor ${product}.`,
    rateChart: (product) => `Goedkeuringsgraad ${product} per jaar van aanvraag`,
    rateSeries: 'Goedkeuringsgraad',
    rateNoData: (f, product, asOf) =>
      `Tot en met ${f.date(asOf)} is er geen aanvraag voor ${product}.`,
    stages: {
      inquiries: 'Informatievragen',
      applications: 'Aanvragen',
      approved: 'Goedgekeurd',
      refused: 'Geweigerd',
      withdrawn: 'Ingetrokken',
      pending: 'In behandeling',
    },
    funnelTable: {
      title: (product) => `Instroom ${product}`,
      description:
        'Informatievragen (contacten) en aanvragen tot en met de rapportdatum; elke stap met zijn aandeel in de aanvragen.',
    },
    byYear: {
      title: (product) => `${product} per jaar`,
      description:
        'Informatievragen per jaar van contact; aanvragen per jaar van indiening, met wat er tegen de rapportdatum van geworden was.',
    },
    columns: {
      stage: 'Stap',
      count: 'Aantal',
      shareOfApplications: 'Aandeel in de aanvragen',
      year: 'Jaar',
      approvalRate: 'Goedkeuringsgraad',
    },
  },

  refusals: {
    title: 'Redenen van weigering',
    intro:
      'De redenen die in weigeringen gegeven werden, volgens de codes van de gedragscode en het jaar van weigering, tot en met de rapportdatum. Een weigering kan meer dan één reden geven, dus tellen de redenen op tot meer dan de weigeringen; het aandeel is dat in de geweigerde aanvragen.',
    chart: 'Weigeringen per reden',
    axis: 'Weigeringen',
    series: 'Weigeringen',
    noData: (f, asOf) => `Tot en met ${f.date(asOf)} werd geen aanvraag geweigerd.`,
    table: {
      title: 'Redenen van weigering per jaar',
      description:
        'Weigeringen die elke reden geven, per jaar van weigering; het aandeel is dat in alle geweigerde aanvragen.',
    },
    totalLabel: 'Geweigerde aanvragen',
    columns: {
      code: 'Code',
      reason: 'Reden',
      total: 'Totaal',
      shareOfRefusals: 'Aandeel in de weigeringen',
    },
    reasons: {
      'insufficient-information-financial-position':
        'onvoldoende informatie over de financiële toestand',
      'insufficient-information-project': 'onvoldoende informatie over het project',
      'insufficient-information-repayment-capacity':
        'onvoldoende informatie over de terugbetalingscapaciteit',
      'negative-credit-register-information': 'negatieve informatie in de kredietcentrale',
      'insufficient-securities-or-equity': 'onvoldoende zekerheden of eigen vermogen',
      'known-payment-arrears': 'gekende betalingsachterstanden',
      'formal-notices-other-credits': 'ingebrekestellingen voor andere kredieten',
      'unconvincing-financial-position-or-plan':
        'financiële positie of financieel plan niet overtuigend',
      'outside-lender-policy': 'buiten het kredietbeleid van de kredietgever',
      'history-of-enterprise-or-representatives':
        'historiek van de onderneming of haar vertegenwoordigers',
      'management-and-governance': 'beleid en bestuur',
      'lack-of-training-experience-competence': 'gebrek aan opleiding, ervaring of bekwaamheid',
    },
  },

  earlyRepayments: {
    title: 'Vervroegde terugbetalingen en wederbeleggingsvergoedingen',
    intro:
      'Kapitaal dat vóór de aflossingstabel werd terugbetaald, met de verlopen interest erop en de aangerekende wederbeleggingsvergoeding (begrensd door de gedragscode), per jaar van terugbetaling en product, tot en met de rapportdatum.',
    chart: 'Aangerekende wederbeleggingsvergoedingen per jaar',
    series: 'Vergoedingen',
    noData: (f, asOf) => `Tot en met ${f.date(asOf)} werd geen lening vervroegd terugbetaald.`,
    table: {
      title: 'Vervroegde terugbetalingen',
      description:
        'Vervroegde terugbetalingen (waarvan volledig: de lening werd die dag afgelost), het terugbetaalde kapitaal, de verlopen interest en de wederbeleggingsvergoedingen.',
    },
    columns: {
      year: 'Jaar',
      product: 'Product',
      repayments: 'Terugbetalingen',
      full: 'Waarvan volledig',
      capital: 'Kapitaal terugbetaald',
      interest: 'Verlopen interest',
      fees: 'Vergoedingen aangerekend',
    },
  },

  securities: {
    title: 'Zekerheden',
    intro:
      'Waarborgen en andere zekerheden gegeven voor leningen die tegen de rapportdatum uitbetaald waren, per soort: het gegeven bedrag, wat tot die dag vrijgegeven en aangesproken werd, wat ze nog dekken, en hoe vaak een vrijgave geweigerd werd.',
    table: {
      title: 'Zekerheden per soort',
      description:
        'Resterend: het gegeven bedrag min wat op of vóór de rapportdatum vrijgegeven of aangesproken werd.',
    },
    columns: {
      kind: 'Soort',
      guarantees: 'Zekerheden',
      amount: 'Gegeven bedrag',
      released: 'Vrijgegeven',
      called: 'Aangesproken',
      remaining: 'Resterend',
      releaseRefusals: 'Vrijgaven geweigerd',
    },
    kinds: {
      personal: 'Persoonlijke zekerheid (borgstelling)',
      real: 'Zakelijke zekerheid (pand of hypotheek)',
      government: 'Overheidswaarborg',
    },
  },

  provinces: {
    Antwerpen: 'Antwerpen',
    Limburg: 'Limburg',
    'Oost-Vlaanderen': 'Oost-Vlaanderen',
    'West-Vlaanderen': 'West-Vlaanderen',
    'Vlaams-Brabant': 'Vlaams-Brabant',
    Brussel: 'Brussel',
    Henegouwen: 'Henegouwen',
    Luik: 'Luik',
    Luxemburg: 'Luxemburg',
    Namen: 'Namen',
    'Waals-Brabant': 'Waals-Brabant',
  },

  page: {
    summary: 'Samenvatting',
    contents: 'Inhoud',
    asOf: 'Stand op',
    period: 'periode',
    allEvents: 'alle gebeurtenissen die tot nu toe geregistreerd zijn',
    knownAt: (instant) => `gebeurtenissen geregistreerd tot ${instant}`,
    generated: (instant) => `gemaakt op ${instant}`,
    position: (position) => `logpositie ${position}`,
  },

  workbook: {
    summarySheet: 'Samenvatting',
    asOf: 'Stand op',
    periodFrom: 'Periode van',
    periodTo: 'Periode tot en met',
    knownAt: 'Gebeurtenissen geregistreerd tot (Brusselse tijd)',
    allEvents: 'alle gebeurtenissen die tot nu toe geregistreerd zijn',
    generatedAt: 'Gemaakt op (Brusselse tijd)',
    position: 'Logpositie',
    keyFigures: 'Kerncijfers',
    figure: 'Cijfer',
    value: 'Waarde',
    printAsOf: (date) => `Stand op ${date}`,
    printPage: 'Pagina &P van &N',
  },
};
