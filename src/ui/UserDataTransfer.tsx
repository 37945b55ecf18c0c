import { useState } from 'react';
import { useStrings } from '../i18n/useStrings.ts';
import { useUserData } from '../state/userData.ts';
import { downloadText } from './download.ts';
import { JsonFileButton } from './JsonFileButton.tsx';
import { LazyPart } from './LazyPart.tsx';

/** Export to a JSON file, and import back through a preview that asks before anything changes. */
export function UserDataTransfer() {
  const { t } = useStrings();
  const exportText = useUserData((s) => s.exportText);
  const hasSetAside = useUserData((s) => s.hasSetAside);
  const setAsideText = useUserData((s) => s.setAsideText);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  return (
    <div className="notes-transfer related__row">
      <button type="button" onClick={() => downloadText('acupoint-atlas-notes.json', exportText())}>
        {t.exportData}
      </button>
      <JsonFileButton label={t.importData} testId="import-file" onFile={(name, text) => setFile({ name, text })} />
      {/* Records set aside on any visit stay exportable after their one-time message is dismissed. */}
      {hasSetAside && (
        <button type="button" onClick={() => downloadText('acupoint-atlas-set-aside.json', setAsideText())}>
          {t.exportSetAside}
        </button>
      )}
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
