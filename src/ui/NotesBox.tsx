import { useRef } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { useUserData } from '../state/userData.ts';
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
      <textarea aria-label={`${t.notes} ${code}`} value={note} rows={3} onChange={(e) => setNote(code, e.target.value)} />
    </section>
  );
}

/** Export to a JSON file and import back; a bad file is refused with its reason and changes nothing. */
export function NotesTransfer() {
  const { t } = useStrings();
  const exportText = useUserData((s) => s.exportText);
  const importText = useUserData((s) => s.importText);
  const setNotice = useAtlasStore((s) => s.setNotice);
  const input = useRef<HTMLInputElement>(null);
  const download = () => {
    const blob = new Blob([exportText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'acupoint-atlas-notes.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="notes-transfer related__row">
      <button type="button" onClick={download}>
        {t.exportData}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        {t.importData}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-file"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          const result = await importText(await file.text());
          setNotice(result.ok ? { kind: 'info', code: 'imported' } : { kind: 'error', code: 'importRefused', params: { reason: result.reason } });
        }}
      />
    </div>
  );
}
