/**
 * Dead keys as Windows composes them on the French layout (KBDFR): a dead key types nothing, and
 * the next key decides. Each table is keyed by the accent's spacing form, the one the dead key
 * types when followed by the space bar.
 */
const TABLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '^': { a: 'â', e: 'ê', i: 'î', o: 'ô', u: 'û', A: 'Â', E: 'Ê', I: 'Î', O: 'Ô', U: 'Û' },
  // No Ÿ: KBDFR does not compose ¨ with Y (Ÿ is missing from the Windows-1252-era table).
  '¨': { a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü', y: 'ÿ', A: 'Ä', E: 'Ë', I: 'Ï', O: 'Ö', U: 'Ü' },
  '`': { a: 'à', e: 'è', i: 'ì', o: 'ò', u: 'ù', A: 'À', E: 'È', I: 'Ì', O: 'Ò', U: 'Ù' },
  '~': { a: 'ã', o: 'õ', n: 'ñ', A: 'Ã', O: 'Õ', N: 'Ñ' },
};

export const DEAD_ACCENTS: readonly string[] = Object.keys(TABLES);

/**
 * What a dead key followed by `next` types. Space gives the accent alone; a character that does
 * not compose (another dead key included) gives the accent then the character, as Windows does.
 */
export function compose(accent: string, next: string): string {
  if (next === ' ') return accent;
  return TABLES[accent]?.[next] ?? accent + next;
}

/** The dead key and the plain letter that make `char` (ê → ^ + e), or null. */
export function decompose(char: string): { accent: string; base: string } | null {
  for (const [accent, table] of Object.entries(TABLES)) {
    for (const [base, composed] of Object.entries(table)) {
      if (composed === char) return { accent, base };
    }
  }
  return null;
}
