/** Entry of the task pane page: waits for Office, then mounts the pane. */
import { t } from '../core/messages';
import { mountPane } from './pane';

void Office.onReady((info) => {
  const root = document.getElementById('app');
  if (!root) return;
  document.title = t('pane.title');
  root.removeAttribute('aria-busy');
  if (info.host !== Office.HostType.Excel) {
    root.textContent = t('pane.notInExcel');
    return;
  }
  mountPane(root);
});
