// Shared helpers for the end-to-end tests: start the real app through tauri-driver on a
// database of its own, find elements by data-testid, restart to check nothing was lost.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, mkdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remote } from 'webdriverio';

const APP = process.env.DRAGOMAN_E2E_APP;
const LOGS = process.env.DRAGOMAN_E2E_LOGS ?? tmpdir();
const SHOTS = process.env.DRAGOMAN_SCREENSHOTS;
export const TIMEOUT = 20_000;

if (!APP) throw new Error('DRAGOMAN_E2E_APP is not set: run the e2e tests with `make test-e2e`');

/** A fresh temporary directory with a database path in it (the file does not exist yet). */
export function tempDb() {
  const dir = mkdtempSync(join(tmpdir(), 'dragoman-e2e-'));
  return join(dir, 'dragoman.db');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child) {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await sleep(100);
  }
  throw new Error(`tauri-driver did not listen on ${port}`);
}

const drivers = new WeakMap();
const appPids = new WeakMap();

function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
let launches = 0;

/**
 * Start the app on `db` and wait until its UI has loaded. Each launch gets its own
 * tauri-driver (and so its own WebKitWebDriver), so one test's crash cannot leak into the next;
 * `env` reaches the app through them (LANG, for the system locale).
 */
export async function launch(db, { env = {} } = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  const log = createWriteStream(join(LOGS, `tauri-driver-${process.pid}-${++launches}.log`));
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  driver.stdout.pipe(log);
  driver.stderr.pipe(log);
  await waitForPort(port, driver);
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'wry',
      'wdio:enforceWebDriverClassic': true,
      'tauri:options': { application: APP, args: ['--db', db] },
    },
  }).catch((e) => {
    // No session (the app did not start): leave no driver behind.
    stopDriver(driver);
    throw e;
  });
  drivers.set(browser, driver);
  try {
    // The app this session started (the newest with this database), so quit() can make
    // sure it is gone even if the driver leaves it behind.
    appPids.set(browser, Number(execFileSync('pgrep', ['-n', '-f', `dragoman-desktop --db ${db}`]).toString().trim()));
  } catch {
    // not found: nothing to clean up later
  }
  await browser.setTimeout({ implicit: 0 });
  await browser.waitUntil(async () => (await browser.execute(() => document.querySelector('main')?.children.length ?? 0)) > 0, {
    timeout: TIMEOUT,
    timeoutMsg: 'the UI did not load',
  });
  await browser.waitUntil(async () => !(await byId(browser, 'app-loading').isExisting()), { timeout: TIMEOUT });
  return browser;
}

/** Stop a tauri-driver and what it started (WebKitWebDriver, the app if it is there). */
function stopDriver(driver) {
  const tree = (pid) => {
    let children = [];
    try {
      children = execFileSync('pgrep', ['-P', String(pid)]).toString().trim().split('\n').map(Number);
    } catch {
      // none
    }
    return [...children.flatMap(tree), ...children];
  };
  for (const pid of tree(driver.pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  driver.kill('SIGKILL');
}

const quitted = new WeakSet();

/** Quit the app (the session ends and the app process with it). Safe to call twice. */
export async function quit(browser) {
  if (quitted.has(browser)) return;
  quitted.add(browser);
  try {
    await browser.deleteSession();
  } catch {
    // already gone
  }
  const driver = drivers.get(browser);
  if (driver && driver.exitCode === null) {
    const exited = new Promise((resolve) => driver.once('exit', resolve));
    driver.kill('SIGTERM');
    await Promise.race([exited, sleep(3000)]);
    if (driver.exitCode === null) driver.kill('SIGKILL');
  }
  const pid = appPids.get(browser);
  if (pid && running(pid)) {
    for (let i = 0; i < 30 && running(pid); i++) await sleep(100);
    if (running(pid)) {
      console.error(`the app (pid ${pid}) outlived its session: stopping it`);
      process.kill(pid, 'SIGKILL');
    }
  }
}

export function byId(browser, id) {
  return browser.$(`[data-testid="${id}"]`);
}

/** All elements with a test id, as a plain array. */
export async function allById(browser, id) {
  return [...(await browser.$$(`[data-testid="${id}"]`))];
}

/** An element's visible text without Fluent's bidi isolation marks (FSI/PDI). */
export async function textOf(el) {
  return (await el.getText()).replace(/[\u2066-\u2069]/g, '');
}

/** Wait for an element by test id to be displayed, and return it. */
export async function shown(browser, id) {
  const el = await byId(browser, id);
  await el.waitForDisplayed({ timeout: TIMEOUT, timeoutMsg: `${id} not shown` });
  return el;
}

export async function click(browser, id) {
  const el = await shown(browser, id);
  await el.click();
  return el;
}

/** Fill a text field the way the browser's paste would: value set, input event fired. */
export async function paste(browser, el, text) {
  await browser.execute(
    (node, value) => {
      node.focus();
      node.value = value;
      node.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    el,
    text,
  );
}

export async function documentAttrs(browser) {
  return browser.execute(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

export async function computed(browser, el, prop) {
  return browser.execute((node, p) => getComputedStyle(node).getPropertyValue(p), el, prop);
}

export async function rect(browser, el) {
  return browser.execute((node) => {
    const r = node.getBoundingClientRect();
    return { left: r.left, right: r.right, width: r.width };
  }, el);
}

/** Where an element is and how big, and the window's inner size. */
export async function box(browser, el) {
  return browser.execute((node) => {
    const r = node.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height, vw: innerWidth, vh: innerHeight };
  }, el);
}

/** Wait until the editor reports everything saved. */
export async function waitSaved(browser) {
  const status = await byId(browser, 'save-status');
  await browser.waitUntil(async () => (await status.getAttribute('data-state')) === 'saved', {
    timeout: TIMEOUT,
    timeoutMsg: 'edits were not saved',
  });
}

/** Save a screenshot when DRAGOMAN_SCREENSHOTS names a folder (make screenshots). */
export async function screenshot(browser, name) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await browser.saveScreenshot(join(SHOTS, `${name}.png`));
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Type text as key presses, one key per WebDriver action (batched actions lose repeats). */
export async function typeKeys(browser, text) {
  for (const ch of text) await browser.keys([ch]);
}

/** Import pasted text through the import dialog and wait for the editor. */
export async function importPaste(browser, text) {
  await click(browser, 'import-button');
  await paste(browser, await shown(browser, 'import-text'), text);
  await browser.waitUntil(async () => (await byId(browser, 'import-preview')).isExisting(), { timeout: TIMEOUT });
  await click(browser, 'import-commit');
  await shown(browser, 'editor');
  await shown(browser, 'segment-target'); // the rows, not just the editor's frame
}

/** Open the article after a start: the app reopens the last one by itself; from the list,
 * the first one is opened. */
export async function openArticle(browser) {
  const there = (id) => byId(browser, id).isExisting();
  await browser.waitUntil(async () => (await there('editor')) || (await there('article-open')), { timeout: TIMEOUT });
  if (!(await there('editor'))) await click(browser, 'article-open');
  await shown(browser, 'editor');
}

/** The test id of the focused element's row and the element's own test id. */
export async function focused(browser) {
  return browser.execute(() => {
    const el = document.activeElement;
    const row = el?.closest('[data-testid="segment-row"]');
    return { testid: el?.getAttribute('data-testid') ?? null, position: row ? Number(row.getAttribute('data-position')) : null };
  });
}

/** The app's process id (the app runs with `--db <db>`). */
export function appPid(db) {
  const out = execFileSync('pgrep', ['-f', `dragoman-desktop --db ${db}`]).toString().trim().split('\n');
  return Number(out[0]);
}

/** WCAG contrast of each element's text with the background it is drawn on (the first
 *  ancestor-or-self with a background colour). */
export async function contrasts(app, selector) {
  return app.execute((sel) => {
    const rgba = (c) => {
      const [r, g, b, a = 1] = c.match(/[\d.]+/g).map(Number);
      return [r, g, b, a];
    };
    const bg = (n) => {
      for (; n; n = n.parentElement) {
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c[3] > 0) return c;
      }
      return [255, 255, 255, 1];
    };
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    return [...document.querySelectorAll(sel)]
      .map((n) => ({ n, text: (n instanceof HTMLTextAreaElement ? n.value : n.textContent).trim() }))
      .filter(({ n, text }) => n.getClientRects().length > 0 && text)
      .map(({ n, text }) => {
        const [a, b] = [lum(rgba(getComputedStyle(n).color)), lum(bg(n))];
        return { text: text.slice(0, 30), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
  }, selector);
}

const xdotool = (...args) => execFileSync('xdotool', args).toString().trim();

/** Answer the native file dialog titled `title` (GTK's, in the system's language) with `path`. */
export async function answerDialog(title, path, { replaceName = false } = {}) {
  const id = xdotool('search', '--sync', '--onlyvisible', '--name', `^${title}$`).split('\n')[0];
  xdotool('windowfocus', '--sync', id);
  await sleep(300);
  // The open dialog takes a typed location after Ctrl+L; the save dialog's name field has
  // the focus and the proposed name, replaced by the whole path.
  xdotool('key', '--window', id, '--clearmodifiers', replaceName ? 'ctrl+a' : 'ctrl+l');
  await sleep(300);
  xdotool('type', '--window', id, '--delay', '15', path);
  await sleep(300);
  xdotool('key', '--window', id, 'Return');
}

/** The open dialog ("Open File") answered with `path`. */
export const answerOpenDialog = (path) => answerDialog('Open File', path);
/** The save dialog ("Save File") answered with `path`, replacing the proposed name. */
export const answerSaveDialog = (path) => answerDialog('Save File', path, { replaceName: true });
