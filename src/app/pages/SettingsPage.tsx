import { useTranslation } from 'react-i18next';
import { NarrationPanel } from '../../narration/NarrationPanel';
import { useNarrator } from '../../narration/NarratorContext';
import { LAYOUT_IDS } from '../../keyboard/layouts/ids';
import { SPEEDS, TEXT_SIZES } from '../../settings/settings';
import { useSettings } from '../../settings/SettingsContext';
import { LanguageChooser } from '../LanguageChooser';

const SPEED_NAMES = ['slow', 'normal', 'fast'] as const;

export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useSettings();
  const narrator = useNarrator();
  const trySample = () => {
    const details = t('say.voiceSample', { returnDetails: true });
    narrator.say({ lang: details.usedLng, ns: 'common', key: 'say.voiceSample', text: String(details.res) });
  };

  return (
    <div className="page settings">
      <h1>{t('settings.title')}</h1>
      <LanguageChooser />

      <fieldset className="setting">
        <legend>{t('settings.textSize')}</legend>
        <div className="choice-grid">
          {TEXT_SIZES.map((size) => (
            <label key={size} className={`big-choice text-size-${size}`}>
              <input
                type="radio"
                name="text-size"
                checked={settings.textSize === size}
                onChange={() => updateSettings({ textSize: size })}
              />
              {t(`settings.textSizes.${size}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="setting">
        <legend>{t('settings.gestures')}</legend>
        <label className="big-choice">
          <input
            type="checkbox"
            checked={settings.shakyHands ?? false}
            aria-describedby="shaky-hands-help"
            onChange={(event) => updateSettings({ shakyHands: event.target.checked })}
          />
          {t('settings.shakyHands')}
        </label>
        <p id="shaky-hands-help" className="setting-help">
          {t('settings.shakyHandsHelp')}
        </p>
      </fieldset>

      {/* Detected or asked before the first keyboard lesson; changed here if that was wrong. */}
      <fieldset className="setting" aria-describedby="keyboard-help">
        <legend>{t('settings.keyboard')}</legend>
        <p id="keyboard-help" className="setting-help">
          {t('settings.keyboardHelp')}
        </p>
        <div className="choice-grid">
          {LAYOUT_IDS.map((layout) => (
            <label key={layout} className="big-choice">
              <input
                type="radio"
                name="keyboard-layout"
                checked={settings.keyboardLayout === layout}
                onChange={() => updateSettings({ keyboardLayout: layout })}
              />
              {t(`keyboardChoice.${layout}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="setting">
        <legend>{t('settings.voice')}</legend>
        <label className="big-choice">
          <input
            type="checkbox"
            checked={settings.narration}
            onChange={(event) => updateSettings({ narration: event.target.checked })}
          />
          {t('settings.narration')}
        </label>
        <label className="range-setting">
          <span>{t('settings.volume')}</span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.1}
            value={settings.volume}
            disabled={!settings.narration}
            onChange={(event) => updateSettings({ volume: Number(event.target.value) })}
          />
        </label>
        <fieldset className="setting nested" disabled={!settings.narration}>
          <legend>{t('settings.speed')}</legend>
          <div className="choice-grid">
            {SPEEDS.map((speed, index) => (
              <label key={speed} className="big-choice">
                <input
                  type="radio"
                  name="speed"
                  checked={settings.speed === speed}
                  onChange={() => updateSettings({ speed })}
                />
                {t(`settings.speeds.${SPEED_NAMES[index]}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="button" className="big-button" onClick={trySample} disabled={!settings.narration}>
          {t('settings.tryVoice')}
        </button>
        {settings.narration && <NarrationPanel />}
      </fieldset>
    </div>
  );
}
