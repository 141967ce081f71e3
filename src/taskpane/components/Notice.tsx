import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

export interface NoticeData {
  intent: 'success' | 'error' | 'warning' | 'info';
  title?: string;
  text: string;
  /** Further lines, e.g. validation errors. */
  details?: string[];
}

/**
 * The outcome of the last action, announced to screen readers and scrolled
 * into view, so a click never seems to do nothing in a short pane.
 */
export function Notice({ notice }: { notice: NoticeData }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [notice]);
  return (
    <div ref={box} data-testid="notice">
      <MessageBar intent={notice.intent} layout="multiline" politeness={notice.intent === 'error' ? 'assertive' : 'polite'}>
        <MessageBarBody>
          {notice.title !== undefined && <MessageBarTitle>{notice.title}</MessageBarTitle>}
          {notice.text}
          {notice.details !== undefined && notice.details.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {notice.details.map((detail, i) => (
                <li key={i}>{detail}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
