import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { LessonViewProps } from '../../src/kit/lesson';
import { SayText } from '../../src/kit/SayText';
import { NO_TYPING_HELP, useTypingReader, type TypingFact } from '../../src/kit/keyboard';
import { FIELDS, fieldStatus, firstDifference, LABELS, TYPO_CARET, VILLE_WITH_TYPO, type FieldId, type FieldStatus } from './form';
import { Feedback } from './Feedback';
import { Fiche } from './Fiche';
import { FICHE_LINE, keyHelp, keysLabel, STEP_FIELD } from './help';
import { KeyGuide } from './KeyGuide';
import { Revision } from './Revision';
import { SLIPS_FOR_FINGER, STAGES, type FocusVia, type remplirUnFormulaireMachine, type Stage } from './machine';
import './remplir-un-formulaire.css';

type Props = LessonViewProps<typeof remplirUnFormulaireMachine>;

const START_VALUES: Record<FieldId, string> = { nom: '', prenom: '', ville: VILLE_WITH_TYPO, telephone: '' };
/**
 * Steps that put the cursor where the work is, even after « Passer cette étape » (as every keyboard
 * lesson does: the step's sentence says where the cursor is). Not where clicking in the right place
 * is the exercise (« Nom », « Ville », « Téléphone »).
 */
const AUTO_FOCUS: Partial<Record<Stage, FieldId | 'fiche'>> = {
  typeNom: 'nom', tab: 'nom', typePrenom: 'prenom', shiftTab: 'prenom', fixTypo: 'ville', select: 'fiche', copy: 'fiche',
};
/** Steps whose key is not a letter (Tab, Maj, Retour arrière, Ctrl): at level 0 the drawing shows it. */
const KEY_STEPS: readonly Stage[] = ['tab', 'shiftTab', 'fixTypo', 'copy', 'paste'];
/** Steps that need the cursor in their field; the view says so when it is elsewhere. */
const NEEDS_CURSOR: readonly Stage[] = ['typeNom', 'tab', 'typePrenom', 'shiftTab', 'fixTypo'];

export function RemplirUnFormulaireView(props: Props) {
  const { snapshot, send, t, learner } = props;
  if (!snapshot.matches('revision')) return <FormSteps {...props} />;
  return (
    <div className="formulaire">
      <Revision context={snapshot.context} send={send} t={t} layout={learner.keyboardLayout ?? 'fr-azerty'} />
    </div>
  );
}

/** The form and its fiche, for every step but the revision. */
function FormSteps({ snapshot, send, t, learner }: Props) {
  const { context } = snapshot;
  const stage = STAGES.find((name) => snapshot.matches(name)) ?? 'submit';
  const layout = learner.keyboardLayout ?? 'fr-azerty';
  const hinted = snapshot.hasTag('hinted');

  const inputs = useRef<Partial<Record<FieldId | 'fiche', HTMLInputElement | null>>>({});
  const statuses = useRef<Record<FieldId, FieldStatus>>({ nom: 'onTrack', prenom: 'onTrack', ville: 'onTrack', telephone: 'onTrack' });
  const lastTab = useRef<FocusVia | null>(null);
  const quiet = useRef(false);
  const caretAtTypo = useRef(false);
  const [values, setValues] = useState(START_VALUES);
  const [focused, setFocused] = useState<FieldId | 'fiche' | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [capsLock, setCapsLock] = useState<boolean | undefined>(undefined);
  const [lastChar, setLastChar] = useState<{ char: string; code: string | null } | null>(null);

  const onFact = (fact: TypingFact) => {
    if (fact.kind === 'modifiers') setCapsLock(fact.capsLock);
    if (fact.kind === 'char') setLastChar({ char: fact.char, code: fact.code });
  };
  const reader = useTypingReader(layout, onFact);
  const refs = useMemo(
    () => Object.fromEntries([...FIELDS, 'fiche'].map((name) => [name, (element: HTMLInputElement | null) => {
      inputs.current[name as FieldId] = element;
      return reader(element);
    }])),
    [reader],
  );

  // Tab is the skill here: let the browser move the cursor, and only note how it got there.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => (lastTab.current = event.key === 'Tab' ? (event.shiftKey ? 'shiftTab' : 'tab') : null);
    const onPointerDown = () => (lastTab.current = null);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, []);

  // Each step puts the cursor where its work is.
  useEffect(() => {
    const name = AUTO_FOCUS[stage];
    const element = name && inputs.current[name];
    if (!element || document.activeElement === element) return;
    quiet.current = true;
    element.focus();
    quiet.current = false;
    if (stage === 'fixTypo') element.setSelectionRange(TYPO_CARET, TYPO_CARET);
    if (stage === 'select') element.setSelectionRange(0, 0);
    if (stage === 'copy' && !(element.selectionStart === 0 && element.selectionEnd === element.value.length)) element.select();
  }, [stage]);

  // A field already as on the fiche when its step comes (filled ahead): that is a fact too.
  useEffect(() => {
    const field = STEP_FIELD[stage];
    if (field && stage !== 'clickNom' && statuses.current[field] === 'complete') send({ type: 'user.fieldChanged', field, result: 'complete', expected: null });
  }, [stage]);

  const onFocusField = (field: FieldId) => {
    setFocused(field);
    if (quiet.current) return;
    const via = lastTab.current ?? 'other';
    lastTab.current = null;
    send({ type: 'user.focusField', field, via });
  };

  const onChange = (field: FieldId, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    const status = fieldStatus(field, value);
    if (status === statuses.current[field]) return;
    statuses.current[field] = status;
    if (status === 'complete') send({ type: 'user.fieldChanged', field, result: status, expected: null });
    if (status === 'mistake') send({ type: 'user.fieldChanged', field, result: status, expected: firstDifference(field, value)?.expected ?? null });
  };

  // « At the spot » is said each time it is seen (a click on the spot where the cursor already is
  // still counts); « no longer » only when it changes.
  const onCaret = (element: HTMLInputElement) => {
    const collapsed = element.selectionStart === element.selectionEnd;
    setCaret(collapsed ? element.selectionStart : null);
    const atTypo = collapsed && element.selectionStart === TYPO_CARET;
    if (!atTypo && !caretAtTypo.current) return;
    caretAtTypo.current = atTypo;
    send({ type: 'user.caretMoved', atTypo });
  };

  const resetVille = () => {
    const ville = inputs.current.ville;
    if (ville) ville.value = VILLE_WITH_TYPO;
    statuses.current.ville = 'onTrack';
    setValues((current) => ({ ...current, ville: VILLE_WITH_TYPO }));
    ville?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    // The form sends nothing anywhere: it is an exercise.
    event.preventDefault();
    send({ type: 'user.submit' });
  };

  const help = keyHelp(stage, values, caret, layout, lastChar);
  const stepField = STEP_FIELD[stage];
  const ficheLine = context.level < 2 || context.slips > 0 || hinted ? FICHE_LINE[stage] : undefined;
  const showKeyboard =
    help.highlight !== null &&
    ((context.level === 0 && KEY_STEPS.includes(stage)) || context.slips > 0 || hinted || context.lastTry !== null || help.mistake !== null);
  const keys = help.highlight ? keysLabel(help.highlight, layout, !help.mistake && (stage === 'copy' || stage === 'paste')) : '';
  const villeAstray = (stage === 'placeCursor' || stage === 'fixTypo') && fieldStatus('ville', values.ville) === 'mistake';

  return (
    <div className="formulaire" data-shaky={learner.shakyHands || undefined}>
      <p className="formulaire-banner">
        <SayText text={t('banner')} />
      </p>
      <div className="formulaire-sheets">
        {/* The fiche first: on a narrow screen it then sits just above the boxes it fills. */}
        <Fiche
          title={t('fiche.title')}
          pointTo={ficheLine}
          learner={learner}
          numberRef={refs.fiche}
          onFocusChange={(isFocused) => setFocused(isFocused ? 'fiche' : null)}
          onSelected={(whole) => send({ type: 'user.selected', whole })}
          onCopied={(whole) => send({ type: 'user.copied', whole })}
        />

        <form className="formulaire-form" lang="fr" dir="ltr" autoComplete="off" noValidate onSubmit={onSubmit} aria-labelledby="formulaire-titre">
          <h2 id="formulaire-titre">Inscription à la médiathèque</h2>
          {FIELDS.map((field) => (
            <div key={field} className="formulaire-field" data-current={stepField === field || undefined}>
              <label htmlFor={`formulaire-${field}`}>{LABELS[field]}</label>
              <input
                ref={refs[field]}
                id={`formulaire-${field}`}
                name={field}
                type={field === 'telephone' ? 'tel' : 'text'}
                defaultValue={START_VALUES[field]}
                {...NO_TYPING_HELP}
                aria-invalid={fieldStatus(field, values[field]) === 'mistake' && field !== 'ville' ? true : undefined}
                onFocus={() => onFocusField(field)}
                onBlur={() => setFocused(null)}
                onChange={(event) => onChange(field, event.currentTarget.value)}
                {...(field === 'ville' && {
                  onSelect: (event) => onCaret(event.currentTarget),
                  onKeyUp: (event) => onCaret(event.currentTarget),
                  onMouseUp: (event) => onCaret(event.currentTarget),
                })}
              />
            </div>
          ))}
          <button type="submit" className="formulaire-submit">
            Valider
          </button>
        </form>
      </div>

      <Feedback
        stage={stage}
        t={t}
        lastTry={context.lastTry}
        mistake={help.mistake}
        keys={keys}
        layout={layout}
        astray={villeAstray}
        cursorAway={NEEDS_CURSOR.includes(stage) && focused !== stepField ? stepField : undefined}
      />
      {villeAstray && (
        <button type="button" className="formulaire-reset" onClick={resetVille}>
          <SayText text={t('reset')} />
        </button>
      )}
      {showKeyboard && help.highlight && (
        <KeyGuide
          t={t}
          layout={layout}
          highlight={help.highlight}
          keys={keys}
          wrong={help.wrong}
          capsLock={capsLock}
          finger={context.slips >= SLIPS_FOR_FINGER}
        />
      )}
    </div>
  );
}
