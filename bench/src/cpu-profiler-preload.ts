/**
 * Preloaded into each service by `npm run bench:profile` (NODE_OPTIONS=--require …; Node 20 does
 * not take --cpu-prof there): the first SIGUSR2 starts the V8 CPU profiler, the second stops it
 * and writes <PALLNET_CPU_PROFILE_DIR>/<pid>.cpuprofile. So only the load window is profiled, not
 * the start or the seeding.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const directory = process.env.PALLNET_CPU_PROFILE_DIR;
if (directory) {
  const session = new Session();
  session.connect();
  let running = false;
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
      return;
    }
    running = false;
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(path.join(directory, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
