import { useState } from 'react';
import { useStrings } from '../i18n/useStrings.ts';

/** "About": what the atlas is, its licences, and the licences of the third-party code this build bundles. */
export function AboutButton() {
  const { t } = useStrings();
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* A small round "i" beside the search: the toolbar stays one row on a projector. */}
      <button type="button" className="about-button" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-label={t.about} title={t.about}>
        <span aria-hidden="true">ⓘ</span>
      </button>
      {open && (
        <div className="dialog-backdrop" onClick={() => setOpen(false)}>
          <div
            className="dialog"
            role="dialog"
            aria-modal="true"
            aria-label={t.aboutTitle}
            onClick={(e) => e.stopPropagation()}
            onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
          >
            <h2>{t.aboutTitle}</h2>
            <p>{t.aboutText}</p>
            <p>{t.aboutLicences}</p>
            {import.meta.env.VITE_BUILD_LABEL && (
              <p className="muted" data-testid="build-label">
                {String(import.meta.env.VITE_BUILD_LABEL)}
              </p>
            )}
            <p>
              <a href={`${import.meta.env.BASE_URL}licences.txt`} target="_blank" rel="noopener">
                {t.licencesLink}
              </a>
            </p>
            <div className="related__row">
              <button type="button" onClick={() => setOpen(false)} autoFocus>
                {t.close}
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
