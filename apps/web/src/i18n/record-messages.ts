/**
 * The texts of the officer filter, the forms that record the credit assessment and the
 * application information, the API documentation link and OpenID Connect sign-in (issue 20's
 * last part). Spread into each language by messages.ts.
 */
export const NL_RECORD = {
  'list.officer': 'Kredietofficier',
  'list.officerHint': 'Gebruikers-id: beslist, voorgesteld of geweigerd',
  'list.mine': 'Mijn dossiers',
  'instalment.written-off': 'Afgeschreven',
  'loan.arrearsWrittenOff': 'geen (afgeschreven; wat nog binnenkomt is een recuperatie)',
};

export const FR_RECORD: Record<keyof typeof NL_RECORD, string> = {
  'list.officer': 'Chargé de crédit',
  'list.officerHint': 'Identifiant : décidé, proposé ou refusé',
  'list.mine': 'Mes dossiers',
  'instalment.written-off': 'Passé en perte',
  'loan.arrearsWrittenOff': 'aucun (passé en perte ; ce qui rentre encore est une récupération)',
};

export const EN_RECORD: Record<keyof typeof NL_RECORD, string> = {
  'list.officer': 'Credit officer',
  'list.officerHint': 'User id: approved, proposed or refused',
  'list.mine': 'My files',
  'instalment.written-off': 'Written off',
  'loan.arrearsWrittenOff': 'none (written off; what still comes in is a recovery)',
};
