#!/usr/bin/env node
/**
 * What tracing costs: the national overview through the gateway, one request at a time, with
 * tracing off (no OTEL_EXPORTER_OTLP_ENDPOINT: the SDK is not even loaded) and on (every span
 * exported over OTLP/HTTP to a sink in this process). Each mode runs on its own whole system
 * (embedded PostgreSQL in a temporary directory, free ports); the modes take turns, twice, so
 * background load hits both alike. Metrics and request ids are on in both: they are not switchable.
 *
 *   npm run build && node scripts/measure-tracing-overhead.mjs [--requests 200]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { startSystem, findFreePorts, SERVICES } = require('../packages/system/dist/index.js');
const { values } = parseArgs({ options: { requests: { type: 'string', default: '200' } } });
const REQUESTS = Number(values.requests);
const OVERVIEW = JSON.stringify({ query: 'query NationalOverview { networks { name region memberCount units { name localTerm level } } }' });

const sink = http.createServer((req, res) => {
  let bytes = 0;
  req.on('data', (chunk) => (bytes += chunk.length));
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
});
await new Promise((resolve) => sink.listen(0, '127.0.0.1', resolve));
const sinkUrl = `http://127.0.0.1:${sink.address().port}`;

async function run(tracing) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pallnet-overhead-'));
  const names = SERVICES.map((s) => s.name);
  const [postgresPort, ...ports] = await findFreePorts(names.length + 1);
  const env = { ...process.env, SEED: 'true', ...(tracing ? { OTEL_EXPORTER_OTLP_ENDPOINT: sinkUrl } : {}) };
  delete env.DATABASE_URL;
  if (!tracing) delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const system = await startSystem({ env, dataDir, postgresPort, ports: Object.fromEntries(names.map((n, i) => [n, ports[i]])), log: () => undefined });
  try {
    const ask = async () => {
      const response = await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: OVERVIEW });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await response.arrayBuffer();
    };
    for (let i = 0; i < 30; i += 1) await ask(); // warm-up: JIT, pools, plan cache
    const times = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      const started = process.hrtime.bigint();
      await ask();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return times;
  } finally {
    await system.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const results = { off: [], on: [] };
for (const round of [1, 2]) {
  for (const mode of round === 1 ? ['off', 'on'] : ['on', 'off']) {
    results[mode].push(...(await run(mode === 'on')));
    console.error(`round ${round}: tracing ${mode} done`);
  }
}
sink.close();
const summary = Object.fromEntries(
  Object.entries(results).map(([mode, times]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return [
      mode,
      {
        requests: sorted.length,
        p50: +quantile(sorted, 0.5).toFixed(1),
        p95: +quantile(sorted, 0.95).toFixed(1),
        mean: +(sorted.reduce((a, b) => a + b, 0) / sorted.length).toFixed(1),
      },
    ];
  }),
);
console.log(
  JSON.stringify(
    { node: process.version, loadAverage: os.loadavg().map((l) => +l.toFixed(2)), ...summary, p50Ratio: +(summary.on.p50 / summary.off.p50).toFixed(2) },
    null,
    2,
  ),
);
