/**
 * The attributes of a practice field: the field shows only what the learner typed, with no
 * suggestion, correction, automatic capital or red underline from the device. Spread on the input.
 */
export const NO_TYPING_HELP = { autoComplete: 'off', autoCapitalize: 'off', autoCorrect: 'off', spellCheck: false } as const;
