/**
 * The preview page: the real task pane beside a simulated Excel host, loaded
 * with the Ninh Bình sample or any .xlsx picked from disk (read in the browser
 * by the same reader the command line uses).
 */
import { messageRef, t, type Lang, type MessageData } from '../core/messages';
import { readWorkbookBuffer } from '../node/read';
import { LANG_EVENT, mountPane } from '../taskpane/pane';
import { FakeHost, installFakeOffice } from './fake-excel';
import { bookFromModel } from './fake-model';
import { renderGrid } from './grid-view';
import { SAMPLE_NAME, sampleWorkbook } from './sample';

const host = new FakeHost(bookFromModel(sampleWorkbook()));
// ?api=1.9 shows the pane on a host without merged-area reading (Excel 2019).
const api = new URLSearchParams(location.search).get('api');
if (api && /^1\.\d+$/.test(api)) host.apiVersion = api;
installFakeOffice(host);

const grid = document.getElementById('pv-host') as HTMLElement;
const paneRoot = document.getElementById('app') as HTMLElement;
const message = document.getElementById('pv-message') as HTMLElement;
const picker = document.getElementById('pv-file') as HTMLInputElement;

/** The bar follows the pane's language setting: Vietnamese until the pane says otherwise. */
let lang: Lang = 'vi';
/** The last line shown beside the buttons, kept as a message to render again in another language. */
let shown: { id: string; data: MessageData } | null = null;

function say(id: string, data: MessageData): void {
  shown = { id, data };
  message.textContent = t(id, data, lang);
}

function label(): void {
  document.title = t('pane.preview.title', {}, lang);
  (document.getElementById('pv-title') as HTMLElement).textContent = t('pane.preview.title', {}, lang);
  (document.getElementById('pv-open-label') as HTMLElement).textContent = t('pane.preview.open', {}, lang);
  (document.getElementById('pv-sample') as HTMLElement).textContent = t('pane.preview.sample', {}, lang);
  grid.setAttribute('aria-label', t('pane.preview.host', {}, lang));
  if (shown) message.textContent = t(shown.id, shown.data, lang);
}

paneRoot.addEventListener(LANG_EVENT, (e) => {
  lang = (e as CustomEvent<Lang>).detail;
  label();
});
label();

let scheduled = false;
host.onChange(() => {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    renderGrid(grid, host);
  });
});

/** A new document: a fresh pane, as when Excel opens another file. */
function open(book: ReturnType<typeof bookFromModel>, name: string): void {
  host.book = book;
  renderGrid(grid, host);
  mountPane(paneRoot);
  say('pane.preview.loaded', { name });
}

picker.addEventListener('change', async () => {
  const file = picker.files?.[0];
  if (!file) return;
  const outcome = await readWorkbookBuffer(new Uint8Array(await file.arrayBuffer()), file.name);
  if (outcome.ok) open(bookFromModel(outcome.workbook), file.name);
  else
    say('pane.preview.unreadable', { name: file.name, detail: messageRef(`read.reason.${outcome.reason}`) });
  picker.value = '';
});

document
  .getElementById('pv-sample')
  ?.addEventListener('click', () => open(bookFromModel(sampleWorkbook()), SAMPLE_NAME));

open(host.book, SAMPLE_NAME);
