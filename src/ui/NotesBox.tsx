import { userDataLimits } from '../lib/userDataModel.ts';
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
      {/* The same limit as the reader's, so the atlas never writes a note it would refuse. */}
      <textarea aria-label={`${t.notes} ${code}`} value={note} rows={3} maxLength={userDataLimits.noteChars} onChange={(e) => setNote(code, e.target.value)} />
    </section>
  );
}
