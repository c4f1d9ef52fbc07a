import type { LayoutId } from './layouts';

/** The part of `navigator` we read: the Keyboard Map API (Chromium only, secure pages only). */
export interface NavigatorLike {
  keyboard?: { getLayoutMap?: () => Promise<{ get(code: string): string | undefined }> };
}

/**
 * The learner's layout when the browser says it, else null (Firefox, Safari, or a refusal): the
 * app then asks once, with pictures. KeyQ types « a » on AZERTY, « q » on QWERTY; a few
 * more keys tell French AZERTY from Belgian and US QWERTY from UK. Any other layout (QWERTZ,
 * Arabic…) gives null rather than a wrong guess.
 */
export async function detectLayout(navigatorLike: NavigatorLike | undefined): Promise<LayoutId | null> {
  const getLayoutMap = navigatorLike?.keyboard?.getLayoutMap;
  if (!getLayoutMap) return null;
  try {
    const map = await getLayoutMap.call(navigatorLike.keyboard);
    const q = map.get('KeyQ');
    const w = map.get('KeyW');
    // Belgian AZERTY shares the letters but has § on Digit6; UK QWERTY has # beside Enter.
    if (q === 'a' && w === 'z' && map.get('Semicolon') === 'm' && map.get('Digit6') === '-') return 'fr-azerty';
    if (q === 'q' && w === 'w' && map.get('Semicolon') === ';' && map.get('Backslash') === '\\') return 'us-qwerty';
    return null;
  } catch {
    // Inside an iframe, or when the page is not allowed to read the layout.
    return null;
  }
}
