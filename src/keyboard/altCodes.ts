/**
 * Windows Alt codes (hold Alt, type 0 and the Windows-1252 number on the keypad): the only way the
 * standard French Windows layout offers for É, Ç, Œ… Latin-1 letters keep their Unicode number;
 * the few Windows-1252 extras below 0xA0 are listed.
 */
const WINDOWS_1252_EXTRAS: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94,
  '–': 0x96, '—': 0x97, 'Œ': 0x8c, 'œ': 0x9c, 'Ÿ': 0x9f,
};

/** The four digits to type with Alt held (« 0201 » for É), or null. */
export function altCodeFor(char: string): string | null {
  const point = char.codePointAt(0);
  if (point === undefined || [...char].length !== 1) return null;
  const code = point >= 0xa0 && point <= 0xff ? point : WINDOWS_1252_EXTRAS[char];
  return code === undefined ? null : code.toString().padStart(4, '0');
}
