import type { RefObject } from 'react';

export interface FileInputProps {
  /** The button that opens the picker clicks this input. */
  input: RefObject<HTMLInputElement>;
  accept: string;
  label: string;
  testId: string;
  onFile: (file: File) => void;
}

/**
 * The hidden file picker behind a button: hands on the chosen file and clears
 * itself, so choosing the same file again is noticed.
 */
export function FileInput({ input, accept, label, testId, onFile }: FileInputProps) {
  return (
    <input
      ref={input}
      style={{ display: 'none' }}
      type="file"
      accept={accept}
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        const file = event.target.files?.[0];
        if (file !== undefined) onFile(file);
        event.target.value = '';
      }}
    />
  );
}
