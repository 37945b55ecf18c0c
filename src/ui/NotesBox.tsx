import { useRef, useState } from 'react';
import { userDataLimits } from '../lib/userDataModel.ts';
import { useUserData } from '../state/userData.ts';
import { downloadText } from './fillIn.ts';
import { LazyPart } from './LazyPart.tsx';
import { useStrings } from '../i18n/useStrings.ts';

export type NotesBoxProps = {
  /** the point the note and favourite belong to */
  code: string;
};

/** A private note and a favourite star on a point, kept in this browser. */
export function NotesBox({ code }: NotesBoxProps) {
  const { t } = useStrings();
  const note = useUserData((s) => s.data.notes[code] ?? '');
  const favourite = useUserData((s) => s.data.favourites.includes(code));
  const setNote = useUserData((s) => s.setNote);
  const toggleFavourite = useUserData((s) => s.toggleFavourite);
  return (
    <section className="field notes">
      <h3>{t.notes}</h3>
      <button type="button" className="favourite" aria-pressed={favourite} onClick={() => toggleFavourite(code)}>
        {favourite ? '★' : '☆'} {favourite ? t.unfavourite : t.favourite}
      </button>
      {/* The same limit as the reader's, so the atlas never writes a note it would refuse. */}
      <textarea aria-label={`${t.notes} ${code}`} value={note} rows={3} maxLength={userDataLimits.noteChars} onChange={(e) => setNote(code, e.target.value)} />
    </section>
  );
}

/** Export to a JSON file, and import back through a preview that asks before anything changes. */
export function NotesTransfer() {
  const { t } = useStrings();
  const exportText = useUserData((s) => s.exportText);
  const hasSetAside = useUserData((s) => s.hasSetAside);
  const setAsideText = useUserData((s) => s.setAsideText);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="notes-transfer related__row">
      <button type="button" onClick={() => downloadText('acupoint-atlas-notes.json', exportText())}>
        {t.exportData}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        {t.importData}
      </button>
      {/* Records set aside on any visit stay exportable after their one-time message is dismissed. */}
      {hasSetAside && (
        <button type="button" onClick={() => downloadText('acupoint-atlas-set-aside.json', setAsideText())}>
          {t.exportSetAside}
        </button>
      )}
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-file"
        onChange={async (e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) setFile({ name: chosen.name, text: await chosen.text() });
        }}
      />
      {file && (
        <LazyPart
          key={`${file.name}:${file.text.length}:${file.text.slice(0, 64)}`}
          part="import"
          load={() => import('./ImportDialog.tsx')}
          props={{ fileName: file.name, text: file.text, onClose: () => setFile(null) }}
          cancel={{ label: t.cancel, onCancel: () => setFile(null) }}
        />
      )}
    </div>
  );
}
