import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface NoticeData {
  intent: 'success' | 'error' | 'warning' | 'info';
  title?: string;
  text: string;
  /** Further lines, e.g. validation errors. */
  details?: string[];
}

/** The outcome of the last action, announced to screen readers. */
export function Notice({ notice }: { notice: NoticeData }) {
  return (
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
  );
}
