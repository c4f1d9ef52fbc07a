#!/usr/bin/env node
// npm run bench — prints figures, it is not a test.
//
//   node scripts/bench.mjs [--no-build] [--no-keys] [--lesson <typing lesson id>]
//
// 1. builds the app (vite build → dist/) unless --no-build;
// 2. serves dist/ with `vite preview` on 127.0.0.1 and a free port;
// 3. opens it in Debian Chromium (playwright-core), fresh context, 1280×900:
//    A. home: `/` until the heading « Bienvenue ! » is visible and the network is idle;
//    B. first step: click « Commencer » until « Étape 1 sur 5 » and `.move-pad` are visible;
//    and sums the gzip -9 size (node:zlib, computed from the files in dist/) of the JS and CSS loaded;
// 4. sums the narration clips of one lesson in one language (audio/<lang>/{premiers-clics,common}/*);
// 5. unless --no-keys: keystroke-to-feedback latency on a typing lesson (lettres-et-mots, or --lesson)
//    and on a bare text field
//    (scripts/lib/key-latency.mjs), at CPU ×1 and ×4, with frames at the display's pace and on demand;
// 6. prints a report, writes it as JSON to .bench/last.json.
//
// Budgets: ≤ 150 000 bytes gzip JS+CSS to the first step; < 300 000 bytes narration per lesson and language.
// Exit code: 0 all within budget, 1 a budget is exceeded or a request left the local server, 2 the bench itself failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { repoRoot, startPreview, viteCli } from './lib/preview-server.mjs';

const LESSON = 'premiers-clics';
const STEP_COUNT = 5;
const TEXT = {
  homeHeading: 'Bienvenue !', // src/i18n/locales/fr.json home.title
  start: 'Commencer', // home.start
  firstStep: `Étape 1 sur ${STEP_COUNT}`, // runner.step
};
const FIRST_STEP_SELECTOR = '.move-pad'; // lessons/premiers-clics/PremiersClicsView.tsx, step "move"
const BUDGET_FIRST_STEP = 150_000;
const BUDGET_NARRATION = 300_000;
import { measureKeyLatency, openFloor } from './lib/key-latency.mjs';
const TIMEOUT = { build: 180_000, launch: 30_000, home: 20_000, firstStep: 20_000, idle: 10_000 };
const CHROMIUM = '/usr/bin/chromium';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    'Usage: node scripts/bench.mjs [--no-build] [--no-keys] [--lesson <id>]\n  --no-build     measure the existing dist/ without rebuilding\n  --no-keys      skip the keystroke-to-feedback latency (about three minutes)\n  --lesson <id>  the typing lesson whose field is measured (lettres-et-mots by default; chiffres,\n                 caracteres-email, accents, majuscules: X and K are wrong there too)',
  );
  process.exit(0);
}
const lessonAt = args.indexOf('--lesson');
const lessonArgs = lessonAt >= 0 ? [lessonAt, lessonAt + 1] : [];
const unknown = args.filter((a, index) => a !== '--no-build' && a !== '--no-keys' && !lessonArgs.includes(index));
if (lessonAt >= 0 && !/^[a-z][a-z-]*$/.test(args[lessonAt + 1] ?? '')) {
  console.error('bench: --lesson needs a lesson id (try --help)');
  process.exit(2);
}
if (unknown.length) {
  console.error(`bench: unknown argument(s) ${unknown.join(' ')} (try --help)`);
  process.exit(2);
}
const build = !args.includes('--no-build');
const measureKeys = !args.includes('--no-keys');
/** The typing lesson whose field is measured, and keys that are wrong there (feedback each time). */
const KEY_LESSON = lessonAt >= 0 ? args[lessonAt + 1] : 'lettres-et-mots';
const KEY_PRESSES = ['KeyX', 'KeyK'];
const KEY_TARGETS = { ratioAtCpu4: 1.25, p95AtCpu1Ms: 16 };
/**
 * How Chromium produces frames. `display`: at the pace of a 60 Hz display (its default), so each
 * figure includes the wait for the next refresh, 0 to 16.7 ms whatever the page does. `onDemand`:
 * a frame as soon as one is asked for, so the figure is the page's own work from key to pixels.
 */
const FRAME_MODES = {
  display: { label: 'frames at the display\'s pace (60 Hz, Chromium default)', args: [] },
  onDemand: { label: 'frames on demand (--disable-frame-rate-limit --disable-gpu-vsync)', args: ['--disable-frame-rate-limit', '--disable-gpu-vsync'] },
};

const root = repoRoot;
const dist = join(root, 'dist');
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const KiB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const pad = (s, n) => String(s).padEnd(n);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class BenchError extends Error {}

/** What has to be closed on the way out, whatever happens. */
let server;
let openBrowser;
let cleaning;

/** Runs a Playwright wait; its timeout becomes a clear message. */
async function within(what, ms, fn) {
  try {
    return await fn(ms);
  } catch (error) {
    if (error?.name === 'TimeoutError' || /Timeout \d+ms exceeded/.test(String(error?.message))) {
      throw new BenchError(`Timed out after ${ms / 1000} s waiting for ${what}.`);
    }
    throw error;
  }
}

function runBuild() {
  return new Promise((resolveBuild, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [viteCli(root), 'build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new BenchError(`vite build did not finish within ${TIMEOUT.build / 1000} s.\n${output.trim()}`));
    }, TIMEOUT.build);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolveBuild(Date.now() - started);
      else reject(new BenchError(`vite build failed (code ${code}, signal ${signal}):\n${output.trim()}`));
    });
  });
}

/** The file in dist/ a URL of the preview server stands for, or null. */
function distFile(url, origin) {
  const u = new URL(url);
  if (u.origin !== origin) return null;
  let path;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(dist, `.${path}`);
  if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file);
}

const kindOf = (file) => ({ '.js': 'js', '.mjs': 'js', '.css': 'css' })[extname(file)] ?? null;

/** The language codes that have UI texts: their chunks are the locale chunks (import.meta.glob of JSON). */
const languageCodes = readdirSync(join(root, 'src', 'i18n', 'locales'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => basename(f, '.json'));
const isLocaleChunk = (url) => {
  const name = basename(new URL(url).pathname);
  return name.endsWith('.json') || languageCodes.some((code) => new RegExp(`^${code}-[\\w-]+\\.js$`).test(name));
};
const isAudio = (url, type) => type === 'media' || new URL(url).pathname.includes('/audio/');

/** Sums the JS and CSS of a list of recorded responses, each dist file counted once. */
function sumAssets(responses) {
  const files = new Map();
  for (const r of responses) if (r.file && r.kind && !files.has(r.file)) files.set(r.file, r);
  const list = [...files.values()].map((r) => ({
    file: relative(dist, r.file).split(sep).join('/'),
    kind: r.kind,
    resourceType: r.resourceType,
    bytes: statSync(r.file).size,
    gzip: gzipSize(r.file),
  }));
  const js = list.filter((f) => f.kind === 'js').reduce((n, f) => n + f.gzip, 0);
  const css = list.filter((f) => f.kind === 'css').reduce((n, f) => n + f.gzip, 0);
  return { js, css, total: js + css, files: list };
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Narration a learner could download during the lesson, per language: audio/<lang>/{lesson,common}/**. */
function narration() {
  const audioDir = join(root, 'audio');
  const langs = existsSync(audioDir)
    ? readdirSync(audioDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : [];
  const perLang = {};
  for (const lang of langs) {
    // A learner hears either the mouse texts or their `_touch` variants, never both: count the larger set.
    const all = [LESSON, 'common'].flatMap((folder) => listFiles(join(audioDir, lang, folder)));
    const touchVariant = (f) => f.replace(/\.(text|hint)\.(\w+)$/, '.$1_touch.$2');
    const mouseFiles = all.filter((f) => !/_touch\.\w+$/.test(f));
    const touchFiles = mouseFiles.map((f) => (all.includes(touchVariant(f)) ? touchVariant(f) : f));
    const size = (list) => list.reduce((n, f) => n + statSync(f).size, 0);
    const files = size(touchFiles) > size(mouseFiles) ? touchFiles : mouseFiles;
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    const byExt = {};
    for (const f of files) byExt[extname(f) || '(none)'] = (byExt[extname(f) || '(none)'] ?? 0) + 1;
    perLang[lang] = { files: files.length, bytes, byExtension: byExt, withinBudget: files.length ? bytes < BUDGET_NARRATION : null };
  }
  const measured = Object.values(perLang).filter((l) => l.files > 0);
  return {
    lesson: LESSON,
    budget: BUDGET_NARRATION,
    clips: measured.length > 0,
    languages: perLang,
    withinBudget: measured.every((l) => l.withinBudget),
  };
}

/** In the page, before any script: the moments the home heading and the first step appear, and the first click. */
function installMarks({ heading, selector }) {
  const marks = {};
  window.__bench = marks;
  const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const find = {
    home: () => [...document.querySelectorAll('h1, h2, [role="heading"]')].find((h) => h.textContent.trim() === heading),
    firstStep: () => document.querySelector(selector),
  };
  const check = () => {
    for (const [name, get] of Object.entries(find)) if (!(name in marks) && shown(get())) marks[name] = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener('click', () => void (marks.click ??= performance.now()), true);
}

async function measureInBrowser(server) {
  const { origin } = server;
  const host = new URL(origin).host;
  const browser = (openBrowser = await within('Chromium to start', TIMEOUT.launch, (timeout) =>
    chromium.launch({
      executablePath: CHROMIUM,
      timeout,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--autoplay-policy=no-user-gesture-required',
      ],
    }),
  ));
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(installMarks, { heading: TEXT.homeHeading, selector: FIRST_STEP_SELECTOR });

    let phase = 'home';
    const requests = [];
    const responses = [];
    const foreign = [];
    const pageErrors = [];
    let consoleErrors = 0;
    let inflight = 0;
    let lastActivity = Date.now();

    // Every request from the context (page, workers): none may leave the local server.
    context.on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about|chrome|chrome-extension|devtools):/.test(url)) return;
      if (new URL(url).host !== host) foreign.push(url);
    });
    page.on('request', (request) => {
      inflight++;
      lastActivity = Date.now();
      requests.push({ phase, url: request.url(), resourceType: request.resourceType() });
    });
    const settled = () => {
      inflight = Math.max(0, inflight - 1);
      lastActivity = Date.now();
    };
    page.on('requestfinished', settled);
    page.on('requestfailed', (request) => {
      settled();
      responses.push({ phase, url: request.url(), resourceType: request.resourceType(), status: 'failed', failure: request.failure()?.errorText });
    });
    page.on('response', (response) => {
      const url = response.url();
      const resourceType = response.request().resourceType();
      const file = response.ok() ? distFile(url, origin) : null;
      const contentType = response.headers()['content-type']?.split(';')[0] ?? null;
      responses.push({ phase, url, resourceType, status: response.status(), contentType, file, kind: file ? kindOf(file) : null });
    });
    page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
    page.on('console', (message) => void (message.type() === 'error' && consoleErrors++));

    /** No request in flight for `quietMs` (hash navigation does not reset Playwright's networkidle). */
    const waitForQuiet = async (what, quietMs = 500) => {
      const deadline = Date.now() + TIMEOUT.idle;
      while (inflight > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline) throw new BenchError(`Timed out after ${TIMEOUT.idle / 1000} s waiting for the network to be idle (${what}; ${inflight} request(s) in flight).`);
        await sleep(50);
      }
    };

    // A. Home.
    const wallStart = Date.now();
    await within(`${origin}/ to load (network idle)`, TIMEOUT.home, (timeout) => page.goto(`${origin}/`, { waitUntil: 'networkidle', timeout }));
    await within(`the heading « ${TEXT.homeHeading} » on the home screen`, TIMEOUT.home, (timeout) =>
      page.getByRole('heading', { name: TEXT.homeHeading, exact: true }).waitFor({ state: 'visible', timeout }),
    );
    await waitForQuiet('home screen');
    const homeWall = Date.now() - wallStart;
    const homeResponses = responses.filter((r) => r.phase === 'home');
    const homeRequests = requests.filter((r) => r.phase === 'home').length;

    // B. First step of the lesson.
    phase = 'firstStep';
    const clickWall = Date.now();
    await within(`the link « ${TEXT.start} » to be clicked`, TIMEOUT.firstStep, (timeout) =>
      page.getByRole('link', { name: TEXT.start, exact: true }).click({ timeout }),
    );
    await within(`« ${TEXT.firstStep} » after clicking « ${TEXT.start} »`, TIMEOUT.firstStep, (timeout) =>
      page.getByText(TEXT.firstStep, { exact: true }).waitFor({ state: 'visible', timeout }),
    );
    await within(`${FIRST_STEP_SELECTOR} (the first interactive step) to be visible`, TIMEOUT.firstStep, (timeout) =>
      page.locator(FIRST_STEP_SELECTOR).first().waitFor({ state: 'visible', timeout }),
    );
    const firstStepWall = Date.now();
    phase = 'after';
    const toStepResponses = responses.filter((r) => r.phase !== 'after');
    const toStepRequests = requests.filter((r) => r.phase !== 'after').length;
    const marks = await page.evaluate(() => window.__bench);

    // What the first step still fetches (narration, late chunks) — listed, not counted in the budget.
    const notes = [];
    await waitForQuiet('after the first step').catch((error) => notes.push(error.message));
    const afterResponses = responses.filter((r) => r.phase === 'after');

    const home = sumAssets(homeResponses);
    const firstStep = sumAssets(toStepResponses);
    const late = sumAssets(afterResponses.filter((r) => !toStepResponses.some((s) => s.file && s.file === r.file)));
    const describe = (r) => ({
      url: new URL(r.url).pathname,
      phase: r.phase,
      resourceType: r.resourceType,
      status: r.status,
      contentType: r.contentType ?? null,
      bytes: r.file ? statSync(r.file).size : null,
      ...(r.failure ? { failure: r.failure } : {}),
    });
    /** One entry per URL (media is often fetched in several range requests). */
    const unique = (list) => [...new Map(list.map((r) => [r.url, r])).values()];

    return {
      origin,
      home: { ...home, requests: homeRequests },
      firstStep: {
        ...firstStep,
        requests: toStepRequests,
        budget: BUDGET_FIRST_STEP,
        withinBudget: firstStep.total <= BUDGET_FIRST_STEP,
        loadedAfterVisible: late,
      },
      timing: {
        homeVisibleMs: marks?.home ?? null,
        clickMs: marks?.click ?? null,
        firstStepVisibleMs: marks?.firstStep ?? null,
        clickToFirstStepMs: marks?.firstStep != null && marks?.click != null ? marks.firstStep - marks.click : null,
        wallHomeReadyMs: homeWall,
        wallClickToFirstStepMs: firstStepWall - clickWall,
      },
      localeChunks: unique(responses.filter((r) => isLocaleChunk(r.url))).map(describe),
      audio: unique(responses.filter((r) => isAudio(r.url, r.resourceType))).map(describe),
      totalRequests: requests.length,
      foreignRequests: foreign,
      pageErrors,
      consoleErrors,
      notes,
    };
  } finally {
    await browser.close().catch(() => {});
  }
}

function report(result, previous) {
  const { browser: b, narration: n } = result;
  const lines = [];
  const out = (s = '') => lines.push(s);
  const row = (label, s) => `${pad(label, 22)}JS ${pad(kB(s.js), 9)} CSS ${pad(kB(s.css), 8)} total ${kB(s.total)} (${KiB(s.total)})`;
  const fileLines = (files, indent = '    ') =>
    files
      .slice()
      .sort((x, y) => y.gzip - x.gzip)
      .forEach((f) => out(`${indent}${pad(f.file, 40)} ${pad(f.kind, 4)} ${kB(f.gzip).padStart(9)} gzip  (${kB(f.bytes)} raw)`));

  out(`Pas à pas — bench (vite ${result.viteVersion} build, gzip -9)${result.built ? '' : '  [--no-build: existing dist/]'}`);
  out(`${row('Home screen', b.home)}  (${b.home.files.length} files, ${b.home.requests} requests)`);
  fileLines(b.home.files);
  out(`${row('To first step', b.firstStep)}  / budget ${kB(BUDGET_FIRST_STEP)}  ${b.firstStep.withinBudget ? 'OK' : 'OVER BUDGET'}`);
  out(`    (${b.firstStep.files.length} files, ${b.firstStep.requests} requests from navigation to the first step; added by the click:)`);
  fileLines(b.firstStep.files.filter((f) => !b.home.files.some((h) => h.file === f.file)), '    + ');
  if (b.firstStep.loadedAfterVisible.files.length) {
    out(`    loaded after the first step was visible (not counted): ${kB(b.firstStep.loadedAfterVisible.total)}`);
    fileLines(b.firstStep.loadedAfterVisible.files, '    ~ ');
  }
  const t = b.timing;
  const ms = (v) => (v == null ? 'n/a' : `${Math.round(v)} ms`);
  const toStep = t.homeVisibleMs != null && t.clickToFirstStepMs != null ? t.homeVisibleMs + t.clickToFirstStepMs : null;
  out(`  time to first interactive step: ${ms(toStep)} (navigation → « ${TEXT.homeHeading} » ${ms(t.homeVisibleMs)} + click « ${TEXT.start} » → ${FIRST_STEP_SELECTOR} ${ms(t.clickToFirstStepMs)}; bench's idle wait excluded)`);
  out(`    raw navigation → ${FIRST_STEP_SELECTOR} in page: ${ms(t.firstStepVisibleMs)} (includes waiting for network idle on home); wall clock: home ready ${ms(t.wallHomeReadyMs)}, click → step ${ms(t.wallClickToFirstStepMs)}`);
  out(`  locale chunks: ${b.localeChunks.length ? b.localeChunks.map((r) => `${basename(r.url)} [${r.phase}]`).join(', ') : 'none'}`);
  if (!b.audio.length) out('  audio requested: none');
  else {
    const audioBytes = b.audio.reduce((sum, r) => sum + (r.contentType === 'text/html' ? 0 : r.bytes ?? 0), 0);
    out(`  audio requested: ${b.audio.length} file(s), ${kB(audioBytes)} in dist (not in the JS+CSS budget; narration measured below)`);
    for (const r of b.audio) {
      const missing = r.contentType === 'text/html' ? '  ← index.html fallback: clip not in dist/ (rebuild after npm run narrate)' : '';
      out(`    ♪ ${pad(r.url, 52)} ${r.status} ${r.contentType ?? ''}${r.bytes != null && !missing ? ` ${kB(r.bytes)}` : ''} [${r.phase}]${missing}`);
    }
  }
  out(`  requests in all: ${b.totalRequests}${b.pageErrors.length ? `; page errors: ${b.pageErrors.length}` : ''}${b.consoleErrors ? `; console errors: ${b.consoleErrors}` : ''}`);
  for (const e of b.pageErrors.slice(0, 5)) out(`    ! ${e}`);
  for (const note of b.notes) out(`    note: ${note}`);

  const langs = Object.entries(n.languages);
  if (!n.clips) {
    out(`${pad(`Narration ${LESSON}`, 26)}no clips yet (run npm run narrate)  / budget ${kB(BUDGET_NARRATION)}`);
  } else {
    const parts = langs.map(([lang, l]) => (l.files ? `${lang} ${kB(l.bytes)} (${l.files} files)` : `${lang} no clips yet`));
    const over = langs.filter(([, l]) => l.withinBudget === false).map(([lang]) => lang);
    out(`${pad(`Narration ${LESSON}`, 26)}${parts.join('  ')}  / budget ${kB(BUDGET_NARRATION)}  ${over.length ? `OVER BUDGET (${over.join(', ')})` : 'OK'}`);
  }
  const host = new URL(b.origin).host;
  out(`No request left ${host}: ${b.foreignRequests.length ? `FAIL (${b.foreignRequests.length}: ${b.foreignRequests.slice(0, 5).join(', ')})` : 'OK'}`);

  if (previous?.browser?.firstStep) {
    const signed = (v) => `${v >= 0 ? '+' : '−'}${kB(Math.abs(v))}`;
    out(`vs previous run (${previous.date}): home ${signed(b.home.total - previous.browser.home.total)}, to first step ${signed(b.firstStep.total - previous.browser.firstStep.total)}`);
  }
  if (result.keys) {
    const k = result.keys;
    const f = (m) => (m == null ? 'n/a' : `median ${m.median.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms (${m.presses} presses; Event Timing over 16 ms: ${m.eventTiming.over16ms})`);
    out(`Keystroke → feedback frame (Chromium, real key events, ${KEY_LESSON}; lesson and floor in turns of 50 presses):`);
    if (k.skipped) out(`  skipped: ${k.skipped}`);
    else {
      const verdict = (ok) => (ok ? 'OK' : 'OVER TARGET');
      for (const [mode, m] of Object.entries(k.modes)) {
        out(`  ${FRAME_MODES[mode].label}:`);
        for (const cpu of [1, 4]) {
          out(`    CPU ×${cpu}: floor (bare text field) ${f(m.floor[cpu])}`);
          out(`    CPU ×${cpu}: lesson                  ${f(m.lesson[cpu])}`);
        }
        out(`    p95 ratio lesson/floor at CPU ×4: ${m.ratioAtCpu4.toFixed(2)} (target ≤ ${KEY_TARGETS.ratioAtCpu4})  ${verdict(m.ratioAtCpu4 <= KEY_TARGETS.ratioAtCpu4)}`);
        const floorOver = m.floor[1].p95 >= KEY_TARGETS.p95AtCpu1Ms ? `; the bare field itself is at ${m.floor[1].p95.toFixed(1)} ms: the wait for the next refresh is counted` : '';
        out(`    p95 at normal speed: ${m.lesson[1].p95.toFixed(1)} ms (target < ${KEY_TARGETS.p95AtCpu1Ms} ms)  ${verdict(m.lesson[1].p95 < KEY_TARGETS.p95AtCpu1Ms)}${floorOver}`);
      }
    }
  }
  const failures = [];
  if (!b.firstStep.withinBudget) failures.push(`JS+CSS to the first step is ${kB(b.firstStep.total)} gzip, budget ${kB(BUDGET_FIRST_STEP)} (over by ${kB(b.firstStep.total - BUDGET_FIRST_STEP)})`);
  for (const [lang, l] of langs) if (l.withinBudget === false) failures.push(`narration ${LESSON} ${lang} is ${kB(l.bytes)}, budget under ${kB(BUDGET_NARRATION)}`);
  if (b.foreignRequests.length) failures.push(`${b.foreignRequests.length} request(s) left ${host}`);
  out(failures.length ? `\nFAIL: ${failures.join('; ')}` : '\nAll budgets met.');
  console.log(lines.join('\n'));
  return failures;
}

const cleanup = () =>
  (cleaning ??= (async () => {
    await openBrowser?.close().catch(() => {});
    await server?.stop().catch(() => {});
  })());
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.once(signal, () => {
    console.error(`\nbench: ${signal}, closing Chromium and stopping the preview server…`);
    void cleanup().then(() => process.exit(code));
  });
}

/**
 * Keystroke-to-feedback latency on a typing lesson and on a bare text field (the floor), at CPU ×1
 * and ×4, in both frame modes; lesson and floor take turns, 50 presses at a time.
 */
async function keyLatency(server) {
  const modes = {};
  for (const [mode, { args }] of Object.entries(FRAME_MODES)) {
    const browser = (openBrowser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args],
    }));
    try {
      process.stderr.write(`bench: keystroke latency, ${mode}, 2 × 2 × 300 presses…\n`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const settings = { version: 1, language: 'fr', textSize: 'normal', narration: false, volume: 0.9, speed: 1, keyboardLayout: 'fr-azerty' };
        localStorage.setItem('pas-a-pas.settings', JSON.stringify(settings));
      });
      await page.goto(`${server.url}#/lecons/${KEY_LESSON}`);
      const field = page.locator('.lesson-stage input, .lesson-stage textarea').first();
      try {
        await field.waitFor({ timeout: 10_000 });
      } catch {
        return { skipped: `no text field in ${KEY_LESSON} (is the lesson in the registry?)` };
      }
      await field.focus();
      const floorPage = await openFloor(browser);
      const lesson = {};
      const floor = {};
      for (const cpu of [1, 4]) {
        ({ lesson: lesson[cpu], floor: floor[cpu] } = await measureKeyLatency({ lesson: page, floor: floorPage }, { keys: KEY_PRESSES, presses: 300, cpu }));
      }
      modes[mode] = { lesson, floor, ratioAtCpu4: lesson[4].p95 / floor[4].p95 };
    } finally {
      await browser.close();
      openBrowser = null;
    }
  }
  return { modes, targets: KEY_TARGETS };
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new BenchError(`Chromium not found at ${CHROMIUM}.`);
  let buildMs = null;
  if (build) {
    process.stderr.write('bench: vite build… ');
    buildMs = await runBuild();
    process.stderr.write(`done in ${(buildMs / 1000).toFixed(1)} s\n`);
  } else if (!existsSync(join(dist, 'index.html'))) {
    throw new BenchError('--no-build given but dist/index.html is missing: run without --no-build (or vite build) first.');
  }
  server = await startPreview({ root });
  process.stderr.write(`bench: vite preview on ${server.url} (pid ${server.pid}); measuring in Chromium…\n\n`);

  const browserFigures = await measureInBrowser(server);
  const result = {
    date: new Date().toISOString(),
    commit: gitHead(),
    viteVersion: JSON.parse(readFileSync(join(root, 'node_modules', 'vite', 'package.json'), 'utf8')).version,
    node: process.version,
    built: build,
    buildMs,
    units: 'bytes (gzip -9 of the files in dist/ for JS and CSS; raw bytes for audio); kB = 1000 bytes',
    budgets: { firstStepJsCssGzip: BUDGET_FIRST_STEP, narrationPerLessonAndLanguage: BUDGET_NARRATION },
    browser: browserFigures,
    narration: narration(),
    keys: measureKeys ? await keyLatency(server) : null,
  };

  const outDir = join(root, '.bench');
  const outFile = join(outDir, 'last.json');
  let previous = null;
  try {
    previous = JSON.parse(readFileSync(outFile, 'utf8'));
  } catch {
    // first run
  }
  const failures = report(result, previous);
  result.failures = failures;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Figures written to ${relative(process.cwd(), outFile) || outFile}`);
  return failures.length ? 1 : 0;
}

function gitHead() {
  try {
    const head = readFileSync(join(root, '.git', 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = head.slice(5);
    const loose = join(root, '.git', ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    const packed = readFileSync(join(root, '.git', 'packed-refs'), 'utf8').split('\n').find((l) => l.endsWith(` ${ref}`));
    return packed?.split(' ')[0] ?? null;
  } catch {
    return null;
  }
}

let exitCode = 2;
try {
  exitCode = await main();
} catch (error) {
  if (!cleaning) console.error(`\nbench failed: ${error instanceof BenchError ? error.message : error?.stack ?? error}`);
  exitCode = 2;
} finally {
  await cleanup();
}
process.exit(exitCode);
