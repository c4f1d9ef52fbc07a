/** The layouts Pas à pas draws and reads; kept apart so that storage schemas need no table. */
export const LAYOUT_IDS = ['fr-azerty', 'us-qwerty'] as const;
