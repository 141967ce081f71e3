import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { messageWords } from '../../core/messages/render';
import type { Lang, Message } from '../../core/types';
import { t } from '../strings';

export interface CopyNotesProps {
  lang: Lang;
  /** What writing the copy had to do that the user should know (a text cut to fit a cell, earlier report sheets replaced). */
  notes: readonly Message[];
}

/** The notes of the last copy written, in the catalogue's words, as the command line says them after `--out`. */
export function CopyNotes({ lang, notes }: CopyNotesProps) {
  if (notes.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="copy-notes">
      <MessageBarBody>
        <MessageBarTitle>{t('copyNotes', lang)}</MessageBarTitle>
        {notes.map((note, i) => (
          <Text as="p" block key={i} data-testid="copy-note" data-code={note.code}>
            {messageWords(note, lang, 'web')}
          </Text>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
