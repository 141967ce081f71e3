/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { renderBoth, renderMessage } from '../../src/core/messages/render';
import type { Lang, Message } from '../../src/core/types';
import { CopyNotes } from '../../src/web/components/CopyNotes';

const PARAMS = { cell: '县直!M3', length: 40_000, limit: 32_767 };
const CUT: Message = { severity: 'warning', code: 'copy-text-cut', cell: '县直!M3', row: 3, text: renderBoth('copy-text-cut', PARAMS, 'cli'), params: PARAMS };

function show(notes: Message[], lang: Lang) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CopyNotes lang={lang} notes={notes} />
    </FluentProvider>,
  );
}

describe('the notes of the downloaded copy', () => {
  test.each<Lang>(['zh', 'en'])('say the cut text in the catalogue’s words (%s), as the command line does', (lang) => {
    show([CUT], lang);
    expect(screen.getByTestId('copy-note').textContent).toBe(renderMessage('copy-text-cut', PARAMS, lang, 'web'));
    expect(screen.getByTestId('copy-note').getAttribute('data-code')).toBe('copy-text-cut');
  });

  test('nothing is shown when the copy had nothing to say', () => {
    show([], 'zh');
    expect(screen.queryByTestId('copy-notes')).toBeNull();
  });
});
