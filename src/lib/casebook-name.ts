/** The name the casebook is cited under: its contributors, as a group (one name, not a person's). */
export const CASEBOOK_AUTHOR = 'Sister City Casebook contributors';

/** The casebook's name: the website every page belongs to. */
export const CASEBOOK_TITLE = 'Sister City Casebook';
