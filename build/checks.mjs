// The checks before the build (types, lint, format, unit tests), run side by side: each
// is mostly one core's work, so together they take about as long as the longest, not the
// sum. Each one's output is printed whole when it ends; any failure fails the run.
import { spawn } from 'node:child_process';

const scripts = ['typecheck', 'lint', 'format:check', 'test:unit'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const run = (script) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '-s', script], { env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(`\n=== ${script}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s ===\n`);
      process.stdout.write(output);
      resolve(code === 0);
    });
  });

const results = await Promise.all(scripts.map(run));
const failed = scripts.filter((_, i) => !results[i]);
if (failed.length > 0) {
  process.stdout.write(`\nchecks failed: ${failed.join(', ')}\n`);
  process.exit(1);
}
