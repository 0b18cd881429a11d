/** Entry of the task pane page: waits for Office, then mounts the pane. */
import { t, type Lang } from '../core/messages';
import { LANG_EVENT, mountPane } from './pane';

void Office.onReady((info) => {
  const root = document.getElementById('app');
  if (!root) return;
  document.title = t('pane.title');
  root.removeAttribute('aria-busy');
  if (info.host !== Office.HostType.Excel) {
    root.textContent = t('pane.notInExcel');
    return;
  }
  // The page title follows the pane's language, set now and on each change in the settings.
  root.addEventListener(LANG_EVENT, (e) => {
    document.title = t('pane.title', {}, (e as CustomEvent<Lang>).detail);
  });
  mountPane(root);
});
