// Keystroke-to-feedback latency in Chromium, with real key events.
//
// For each key press: the keydown listener's `event.timeStamp` (when the OS event reached the
// page) to the end of the next animation frame (a task queued from requestAnimationFrame runs
// once that frame has been produced). Beside it, the Event Timing API's `duration` for keydown
// (rounded by Chromium to 8 ms, and only reported above its 16 ms threshold).

/** Installed in the page before measuring. */
function installProbe() {
  if (window.__keyProbe) {
    // Measured before on this page: start a fresh series with the same listeners.
    window.__keyProbe.latencies = [];
    window.__keyProbe.eventTimings = [];
    return;
  }
  const probe = { latencies: [], eventTimings: [] };
  window.__keyProbe = probe;
  addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => probe.latencies.push(performance.now() - start), 0));
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') probe.eventTimings.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // Event Timing unavailable: the rAF figure stands alone.
  }
}

const percentile = (values, p) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * Presses `keys` in turn, `presses` times in all, on the focused element of `page`, at a human
 * pace, with the CPU slowed `cpu` times (CDP Emulation.setCPUThrottlingRate).
 */
export async function measureKeyLatency(page, { keys, presses = 300, cpu = 1, gapMs = 40 }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.evaluate(installProbe);
  for (let index = 0; index < presses; index += 1) {
    await page.keyboard.press(keys[index % keys.length]);
    await page.waitForTimeout(gapMs);
  }
  await page.waitForTimeout(300);
  const { latencies, eventTimings } = await page.evaluate(() => window.__keyProbe);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return {
    cpu,
    presses: latencies.length,
    median: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    eventTiming: {
      // Keydowns that took longer than the 16 ms threshold, and the p95 of those reported.
      over16ms: eventTimings.length,
      p95: percentile(eventTimings, 95),
    },
  };
}

/** The floor: a page with nothing but a text field, measured the same way. */
export async function measureFloor(browser, options) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<!doctype html><label>Champ <input id="field"></label>');
  await page.focus('#field');
  try {
    return await measureKeyLatency(page, options);
  } finally {
    await context.close();
  }
}
