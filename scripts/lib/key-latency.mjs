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

/** Median, p95 and the Event Timing counts of one series. */
function summary(cpu, { latencies, eventTimings }) {
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

/**
 * Presses `keys` in turn, `presses` times on each page, on its focused element, at a human pace,
 * with the CPU slowed `cpu` times (CDP Emulation.setCPUThrottlingRate). The pages take turns in
 * blocks of `block` presses, so that whatever else the machine is doing weighs on both alike.
 * Returns one summary per page, by the same names.
 */
export async function measureKeyLatency(pages, { keys, presses = 300, cpu = 1, gapMs = 40, block = 50 }) {
  const entries = Object.entries(pages);
  const sessions = [];
  for (const [, page] of entries) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.evaluate(installProbe);
    sessions.push(cdp);
  }
  for (let done = 0, turn = 0; done < presses; done += block, turn += 1) {
    // Who goes first alternates too.
    const order = turn % 2 === 0 ? entries : [...entries].reverse();
    for (const [, page] of order) {
      for (let index = done; index < Math.min(done + block, presses); index += 1) {
        await page.keyboard.press(keys[index % keys.length]);
        await page.waitForTimeout(gapMs);
      }
      await page.waitForTimeout(100);
    }
  }
  const result = {};
  for (const [index, [name, page]] of entries.entries()) {
    result[name] = summary(cpu, await page.evaluate(() => window.__keyProbe));
    await sessions[index].send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await sessions[index].detach();
  }
  return result;
}

/** The floor: a page with nothing but a text field, focused, measured the same way. */
export async function openFloor(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.setContent('<!doctype html><label>Champ <input id="field"></label>');
  await page.focus('#field');
  return page;
}
