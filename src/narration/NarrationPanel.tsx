import { useTranslation } from 'react-i18next';
import { useNarrationStatus, useNarrator } from './NarratorContext';

/** The voice's controls, always beside the text it speaks: stop while it plays, listen again after. */
export function NarrationPanel() {
  const { t } = useTranslation();
  const narrator = useNarrator();
  const status = useNarrationStatus();

  if (status === 'blocked') {
    return (
      <div className="narration-panel">
        <button type="button" className="big-button primary listen-blocked" onClick={() => narrator.replay()}>
          <SpeakerIcon /> {t('narration.listen')}
        </button>
        <p className="narration-note">{t('narration.blocked')}</p>
      </div>
    );
  }
  return (
    <div className="narration-panel">
      {status === 'playing' || status === 'device-voice' ? (
        <button type="button" className="big-button" onClick={() => narrator.stop()}>
          <SpeakerIcon /> {t('runner.stopVoice')}
        </button>
      ) : (
        <button type="button" className="big-button" onClick={() => narrator.replay()} disabled={status === 'off'}>
          <SpeakerIcon /> {t('runner.listen')}
        </button>
      )}
      {status === 'text-only' && <p className="narration-note">{t('narration.textOnly')}</p>}
      {status === 'off' && <p className="narration-note">{t('narration.off')}</p>}
    </div>
  );
}

function SpeakerIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
