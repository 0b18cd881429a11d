/**
 * The add-in manifest, checked offline: well-formed, complete, its URLs and
 * ids consistent with what webpack builds; and a production build with a
 * public URL gives a deployable folder whose manifest points at it.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../..');
// The project's plain CommonJS tool, loaded as it runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, BUILD_FILES } = require(path.join(ROOT, 'tools/check-manifest.js'));

/** Runs Node in the project, as npm scripts do (webpack's config is loaded by Node's own resolver, not jest's). */
async function node(args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    maxBuffer: 20 * 1024 * 1024,
  });
  return stdout;
}

/** The add-in's webpack config, as `npm run build` sees it. */
async function addinConfig(env: Record<string, string> = {}): Promise<{ pages: string[]; out: string }> {
  const script = `require('./webpack.config.js')({}, { mode: 'production' }).then((c) => process.stdout.write(JSON.stringify({
    pages: c.plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions.filename),
    out: c.output.path })))`;
  return JSON.parse(await node(['-e', script], env));
}

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const PUBLIC = 'https://addins.example.gov.vn/phuluc/';

describe('manifest.xml', () => {
  test('passes the offline check: Excel task pane, ExcelApi 1.9, every URL under the dev server', () => {
    const result = checkManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.excelApi).toBe('1.9');
    expect(result.base).toBe('https://localhost:3000/');
    expect(result.urls.length).toBeGreaterThan(5);
  });

  test.each([
    ['malformed XML', manifest.replace('</Hosts>', ''), /not well-formed/],
    ['no function file', manifest.replace(/<FunctionFile[^>]*\/>/, ''), /FunctionFile/],
    [
      'a resid without resource',
      manifest.replace('resid="Group.Label"', 'resid="Group.Missing"'),
      /Group\.Missing/,
    ],
    [
      'an http URL',
      manifest.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'),
      /not https|not under/,
    ],
    [
      'a file the build does not make',
      manifest.replace('assets/icon-80.png', 'assets/logo.png'),
      /does not produce/,
    ],
    [
      'no English name',
      manifest.replace('<Override Locale="en-US" Value="Appendix checker"/>', ''),
      /DisplayName.*en-US/,
    ],
    [
      'an icon of the wrong size',
      manifest.replace('assets/icon-64.png"/>', 'assets/icon-32.png"/>'),
      /64x64/,
    ],
  ])('finds %s', (_name, xml, message) => {
    const { errors } = checkManifest(xml);
    expect(errors.join('\n')).toMatch(message);
  });

  test('names exactly the pages and icons webpack emits', async () => {
    const config = await addinConfig();
    expect(config.pages.sort()).toEqual(BUILD_FILES.filter((f: string) => f.endsWith('.html')).sort());
    for (const icon of BUILD_FILES.filter((f: string) => f.endsWith('.png')))
      expect(fs.existsSync(path.join(ROOT, icon))).toBe(true);
    expect(path.relative(ROOT, config.out)).toBe('dist');
  });
});

describe('production build', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-dist-'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test('ADDIN_PUBLIC_URL gives a folder to put on that host, with the manifest pointing there', async () => {
    await node([require.resolve('webpack/bin/webpack.js'), '--mode', 'production', '--output-path', out], {
      ADDIN_PUBLIC_URL: PUBLIC.replace(/\/$/, ''),
    });
    const built = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    const result = checkManifest(built, { dist: out });
    expect(result.errors).toEqual([]);
    expect(result.base).toBe(PUBLIC);
    expect(built).not.toContain('localhost');
    // Office.js comes from Microsoft's CDN, in the head, before the pane's own script.
    const html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js')).toBeGreaterThan(-1);
    expect(head.indexOf('office.js')).toBeLessThan(head.indexOf('taskpane.js'));
    // The bundle makes no network calls of its own.
    expect(fs.readFileSync(path.join(out, 'taskpane.js'), 'utf8')).not.toMatch(
      /\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket\(/,
    );
  });

  test('an address that is not https is refused before anything is built', async () => {
    await expect(addinConfig({ ADDIN_PUBLIC_URL: 'http://addins.example.gov.vn' })).rejects.toThrow(
      /must be an https/,
    );
  });
});
