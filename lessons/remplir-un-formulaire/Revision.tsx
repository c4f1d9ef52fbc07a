import { useState } from 'react';
import type { TFunction } from 'i18next';
import type { LayoutId, TypingFact } from '../../src/kit/keyboard';
import { strokesFor } from '../../src/kit/keyboard/drillKeys';
import { asKey, holdName, keysLangOf, mainKeyName, RichText } from '../../src/kit/keyboard/RichText';
import { revisionText } from '../../src/kit/keyboard/revision';
import { TypingPanel } from '../../src/kit/keyboard/TypingPanel';
import { revisionChar, SLIPS_FOR_FINGER, type RemplirUnFormulaireContext, type RemplirUnFormulaireEvent } from './machine';

interface RevisionProps {
  context: RemplirUnFormulaireContext;
  send: (event: RemplirUnFormulaireEvent) => void;
  t: TFunction;
  layout: LayoutId;
}

const plain = (text: string) => text.replace(/<\/?(fr|k)>/g, '');

/**
 * The last step, when there are weak keys: each one typed twice in a field of its own, the key
 * always drawn (these are the keys that were hard), both keys shown after a slip, the finger after two.
 */
export function Revision({ context, send, t, layout }: RevisionProps) {
  // The last character typed, to name it beside the expected one after a slip (view only).
  const [last, setLast] = useState<{ char: string; code: string | null } | null>(null);
  const model = revisionText(context.weak);
  const expected = revisionChar(context);
  const stroke = strokesFor(expected, layout)?.[0] ?? null;
  const missed = context.slips > 0 && last !== null;

  const onFact = (fact: TypingFact) => {
    if (fact.kind !== 'char') return;
    setLast({ char: fact.char, code: fact.code });
    send({ type: 'user.char', char: fact.char });
  };

  const hold = stroke && holdName(layout, stroke);
  const key = stroke && `<k>${mainKeyName(layout, stroke)}</k>`;
  const how = !key ? '' : hold ? t('revision.hold', { hold: `<k>${hold}</k>`, key }) : t('revision.press', { key });
  const first =
    missed && expected !== undefined
      ? t('revision.wrong', { typed: asKey(layout, last.char), expected: asKey(layout, expected) })
      : t('revision.next', { char: asKey(layout, expected ?? '') });

  return (
    <div className="formulaire-revision">
      <TypingPanel
        layout={layout}
        t={t}
        caption={<RichText text={t('revision.caption')} keysLang="fr" />}
        model={model}
        done={context.pos}
        value={model.slice(0, context.pos)}
        highlight={stroke}
        wrong={missed ? last.code : null}
        finger={context.slips >= SLIPS_FOR_FINGER}
        feedback={[first, how].map((line, index) => (
          <span key={index} className="typing-line">
            <RichText text={line} keysLang={keysLangOf(layout)} />
          </span>
        ))}
        keyboardLabel={t('keyboard.label', { keys: plain(how) })}
        onFact={onFact}
      />
    </div>
  );
}
