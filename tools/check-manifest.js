#!/usr/bin/env node
/**
 * An offline check of the add-in manifest. `office-addin-manifest validate`
 * posts the file to Microsoft; this one needs no network and checks what
 * breaks sideloading most often:
 * - the XML is well-formed and has the elements a task-pane add-in needs;
 * - every resid points at a resource, every resource is used;
 * - every URL is https, under one base address, and names a file the build
 *   produces (taskpane.html, commands.html, assets/icon-N.png) — present in
 *   dist/ when `--dist` is given;
 * - each icon is a PNG of the size it is declared at;
 * - display strings fit Office's limits and have an en-US override.
 *
 *   node tools/check-manifest.js manifest.xml
 *   node tools/check-manifest.js dist/manifest.xml --dist dist
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { SaxesParser } = require('saxes');

const ROOT = path.join(__dirname, '..');
/** What webpack.config.js emits, relative to the output folder. */
const BUILD_FILES = [
  'taskpane.html',
  'commands.html',
  'assets/icon-16.png',
  'assets/icon-32.png',
  'assets/icon-64.png',
  'assets/icon-80.png',
];
const SHORT_MAX = 125;
const LONG_MAX = 250;

/** Parses XML into { name, attrs, children, text } nodes; throws on malformed XML. */
function parseXml(text) {
  const parser = new SaxesParser({ xmlns: false });
  const root = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const node = { name: tag.name.replace(/^.*:/, ''), attrs: tag.attributes, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => (stack[stack.length - 1].text += t));
  parser.on('closetag', () => stack.pop());
  parser.write(text).close();
  return root.children[0];
}

function* walk(node) {
  yield node;
  for (const c of node.children) yield* walk(c);
}

const child = (node, name) => node?.children.find((c) => c.name === name);
const attr = (node, name) =>
  node ? (Object.entries(node.attrs).find(([k]) => k.replace(/^.*:/, '') === name) || [])[1] : undefined;

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Checks a manifest's text. `dist`: the build folder whose files the URLs must
 * name. Returns the problems found (empty when the manifest is fine) and the
 * facts a caller may want (id, base URL, URLs, requirement set).
 */
function checkManifest(xml, { dist } = {}) {
  const errors = [];
  let doc;
  try {
    doc = parseXml(xml);
  } catch (e) {
    return { errors: [`not well-formed XML: ${e.message}`], urls: [] };
  }
  const need = (cond, message) => cond || errors.push(message);
  need(
    doc.name === 'OfficeApp' && attr(doc, 'type') === 'TaskPaneApp',
    'the root must be <OfficeApp xsi:type="TaskPaneApp">',
  );
  for (const name of [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'VersionOverrides',
  ]) {
    need(child(doc, name), `<${name}> is missing`);
  }
  const id = child(doc, 'Id')?.text.trim();
  need(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id || ''),
    `<Id> must be a GUID, got "${id}"`,
  );
  need(
    /^\d+(\.\d+){0,3}$/.test(child(doc, 'Version')?.text.trim() || ''),
    '<Version> must look like 1.0.0.0',
  );
  need(attr(child(child(doc, 'Hosts'), 'Host'), 'Name') === 'Workbook', 'the host must be Workbook (Excel)');
  need(
    ['ReadWriteDocument', 'ReadDocument'].includes(child(doc, 'Permissions')?.text.trim()),
    '<Permissions> must be ReadWriteDocument or ReadDocument',
  );
  const excelSet = [...walk(child(doc, 'Requirements') || { children: [] })].find(
    (n) => n.name === 'Set' && attr(n, 'Name') === 'ExcelApi',
  );
  need(
    excelSet && /^1\.\d+$/.test(attr(excelSet, 'MinVersion') || ''),
    'the ExcelApi requirement set and its MinVersion are missing',
  );

  for (const name of ['DisplayName', 'Description']) {
    const node = child(doc, name);
    const max = name === 'DisplayName' ? SHORT_MAX : LONG_MAX;
    need(
      (attr(node, 'DefaultValue') || '').length > 0 && (attr(node, 'DefaultValue') || '').length <= max,
      `<${name}> must be 1-${max} characters`,
    );
    need(
      node?.children.some((c) => c.name === 'Override' && attr(c, 'Locale') === 'en-US'),
      `<${name}> has no en-US override`,
    );
  }

  // Resources: ids defined once, every resid defined, every resource used.
  const overrides = child(doc, 'VersionOverrides');
  const resources = new Map();
  for (const n of walk(child(overrides, 'Resources') || { children: [] })) {
    if (!['Image', 'Url', 'String'].includes(n.name) || !attr(n, 'id')) continue;
    const rid = attr(n, 'id');
    need(!resources.has(rid), `resource id "${rid}" is defined twice`);
    resources.set(rid, n);
  }
  const used = new Set();
  for (const n of walk(overrides || { children: [] })) {
    const resid = attr(n, 'resid');
    if (!resid) continue;
    used.add(resid);
    need(resources.has(resid), `resid "${resid}" (in <${n.name}>) has no resource`);
  }
  for (const rid of resources.keys()) need(used.has(rid), `resource "${rid}" is never used`);
  for (const n of walk(overrides || { children: [] })) {
    if (n.name !== 'String' || !attr(n, 'id')) continue;
    const long = [...walk(child(overrides, 'Resources'))].some(
      (p) => p.name === 'LongStrings' && p.children.includes(n),
    );
    const max = long ? LONG_MAX : SHORT_MAX;
    need(
      (attr(n, 'DefaultValue') || '').length <= max,
      `string "${attr(n, 'id')}" is longer than ${max} characters`,
    );
    need(
      n.children.some((c) => c.name === 'Override' && attr(c, 'Locale') === 'en-US'),
      `string "${attr(n, 'id')}" has no en-US override`,
    );
  }
  const types = [...walk(overrides || { children: [] })];
  need(
    types.some((n) => n.name === 'FunctionFile'),
    'the desktop form factor needs a <FunctionFile>',
  );
  need(
    types.some((n) => n.name === 'Action' && attr(n, 'type') === 'ShowTaskpane'),
    'no button opens the task pane (Action ShowTaskpane)',
  );
  need(
    types.some((n) => n.name === 'OfficeTab'),
    'no ribbon tab holds the button',
  );

  // URLs: https, one base, naming build outputs; icons of the declared size.
  const urls = [];
  for (const n of walk(doc)) {
    const v = attr(n, 'DefaultValue');
    if (v && /^[a-z]+:\/\//i.test(v))
      urls.push({ element: n.name, id: attr(n, 'id'), size: attr(n, 'size'), url: v });
  }
  const source = attr(child(child(doc, 'DefaultSettings'), 'SourceLocation'), 'DefaultValue') || '';
  const base = source.replace(/[^/]*$/, '');
  need(/^https:\/\//.test(base), `the task pane URL must be https, got "${source}"`);
  for (const u of urls) {
    need(u.url.startsWith('https://'), `${u.url} is not https`);
    if (!u.url.startsWith(base)) {
      errors.push(`${u.url} is not under ${base}`);
      continue;
    }
    const rel = u.url.slice(base.length).replace(/[?#].*$/, '');
    need(BUILD_FILES.includes(rel), `${u.url} names "${rel}", which the build does not produce`);
    if (dist) need(fs.existsSync(path.join(dist, rel)), `${rel} is missing from ${dist}`);
  }
  const declared = [
    ...urls
      .filter((u) => u.element === 'Image')
      .map((u) => ({ url: u.url, px: Number(/(\d+)x\d+$/.exec(u.id || '')?.[1]) })),
    { url: attr(child(doc, 'IconUrl'), 'DefaultValue'), px: 32 },
    { url: attr(child(doc, 'HighResolutionIconUrl'), 'DefaultValue'), px: 64 },
  ];
  for (const { url, px } of declared) {
    if (!url || !url.startsWith(base) || !px) continue;
    const rel = url.slice(base.length);
    const file = path.join(dist || ROOT, rel);
    if (!fs.existsSync(file)) continue;
    const size = pngSize(file);
    need(
      size && size.width === px && size.height === px,
      `${rel} should be a ${px}x${px} PNG, is ${size ? `${size.width}x${size.height}` : 'not a PNG'}`,
    );
  }
  return { errors, id, base, urls: urls.map((u) => u.url), excelApi: attr(excelSet, 'MinVersion') };
}

module.exports = { checkManifest, parseXml, BUILD_FILES };

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) || path.join(ROOT, 'manifest.xml');
  const distAt = args.indexOf('--dist');
  const dist = distAt >= 0 ? path.resolve(args[distAt + 1]) : undefined;
  const result = checkManifest(fs.readFileSync(file, 'utf8'), { dist });
  if (result.errors.length) {
    console.error(`${file}: ${result.errors.length} problem(s)`);
    for (const e of result.errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(
    `${file}: OK (id ${result.id}, ExcelApi ${result.excelApi}, ${result.urls.length} URLs under ${result.base})`,
  );
}
