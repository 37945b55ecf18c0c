import { useRef } from 'react';

export type JsonFileButtonProps = {
  label: string;
  /** the hidden file input's test id (tests hand it a file directly) */
  testId: string;
  /** the chosen file's name and text; the input is cleared, so the same file can be chosen again */
  onFile: (name: string, text: string) => void | Promise<void>;
};

/** A button that opens the file chooser for a JSON file and hands over its text. */
export function JsonFileButton({ label, testId, onFile }: JsonFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid={testId}
        onChange={async (e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) await onFile(chosen.name, await chosen.text());
        }}
      />
    </>
  );
}
