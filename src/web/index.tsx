/**
 * The local web page: everything runs in the browser, nothing is sent anywhere.
 */
import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { webTheme } from './theme';

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <FluentProvider theme={webTheme}>
      <App />
    </FluentProvider>,
  );
}
