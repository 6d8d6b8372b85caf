/**
 * The texts of the reminders work queue (GET /reminders) and of the API documentation link.
 * Spread into each language by messages.ts.
 */
export const NL_REMINDERS = {
  'nav.reminders': 'Herinneringen',
  'reminders.title': 'Herinneringen en ingebrekestellingen',
  'reminders.intro':
    'De brieven aan kredietnemers met onbetaalde vervaldagen, de nieuwste eerst. Het bedrag is wat op de dag van de brief achterstallig was.',
  'reminders.level': 'Niveau',
  'reminders.from': 'Verstuurd vanaf',
  'reminders.to': 'Verstuurd tot en met',
  'reminders.empty': 'Geen herinneringen gevonden.',
  'reminders.letterFailed': 'De brief kon niet geopend worden',
  'reminders.letter': 'Brief {lang}',
  'reminders.letterPdf': 'PDF {lang} van de brief',
  'level.first': 'herinnering',
  'level.second': 'tweede herinnering',
  'level.formal-notice': 'ingebrekestelling',
  'col.fileNumber': 'Dossier',
  'col.level': 'Niveau',
  'col.issuedOn': 'Verstuurd op',
  'col.totalDue': 'Achterstallig',
  'col.communication': 'Gestructureerde mededeling',
  'col.letter': 'Brief',
  'home.reminders': 'Herinneringen',
  'home.remindersCount':
    '{n, plural, =0 {Geen brieven} one {# brief} other {# brieven}} verstuurd in de laatste 7 dagen',
  'home.remindersMore': 'Meer dan {n} brieven verstuurd in de laatste 7 dagen',
  'home.remindersLink': 'Naar de herinneringen',
};

export const FR_REMINDERS: Record<keyof typeof NL_REMINDERS, string> = {
  'nav.reminders': 'Rappels',
  'reminders.title': 'Rappels et mises en demeure',
  'reminders.intro':
    "Les lettres aux emprunteurs dont des échéances restent impayées, les plus récentes d'abord. Le montant est l'arriéré au jour de la lettre.",
  'reminders.level': 'Niveau',
  'reminders.from': 'Envoyé à partir du',
  'reminders.to': "Envoyé jusqu'au",
  'reminders.empty': 'Aucun rappel trouvé.',
  'reminders.letterFailed': "La lettre n'a pas pu être ouverte",
  'reminders.letter': 'Lettre {lang}',
  'reminders.letterPdf': 'PDF {lang} de la lettre',
  'level.first': 'rappel',
  'level.second': 'second rappel',
  'level.formal-notice': 'mise en demeure',
  'col.fileNumber': 'Dossier',
  'col.level': 'Niveau',
  'col.issuedOn': 'Envoyé le',
  'col.totalDue': 'Arriéré',
  'col.communication': 'Communication structurée',
  'col.letter': 'Lettre',
  'home.reminders': 'Rappels',
  'home.remindersCount':
    '{n, plural, =0 {Aucune lettre envoyée} one {# lettre envoyée} other {# lettres envoyées}} ces 7 derniers jours',
  'home.remindersMore': 'Plus de {n} lettres envoyées ces 7 derniers jours',
  'home.remindersLink': 'Vers les rappels',
};

export const EN_REMINDERS: Record<keyof typeof NL_REMINDERS, string> = {
  'nav.reminders': 'Reminders',
  'reminders.title': 'Reminders and formal notices',
  'reminders.intro':
    'The letters to borrowers with unpaid instalments, newest first. The amount is what was past due on the day of the letter.',
  'reminders.level': 'Level',
  'reminders.from': 'Sent from',
  'reminders.to': 'Sent until',
  'reminders.empty': 'No reminders found.',
  'reminders.letterFailed': 'The letter could not be opened',
  'reminders.letter': 'Letter {lang}',
  'reminders.letterPdf': 'PDF {lang} of the letter',
  'level.first': 'reminder',
  'level.second': 'second reminder',
  'level.formal-notice': 'formal notice',
  'col.fileNumber': 'File',
  'col.level': 'Level',
  'col.issuedOn': 'Sent on',
  'col.totalDue': 'Past due',
  'col.communication': 'Structured communication',
  'col.letter': 'Letter',
  'home.reminders': 'Reminders',
  'home.remindersCount':
    '{n, plural, =0 {No letters} one {# letter} other {# letters}} sent in the last 7 days',
  'home.remindersMore': 'More than {n} letters sent in the last 7 days',
  'home.remindersLink': 'To the reminders',
};
