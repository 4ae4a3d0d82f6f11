// Parses EDTF strings with the npm edtf package, as a front-end would, and prints each one's bounds.
// Input on stdin: a JSON array of strings. Output on stdout: a JSON array, in the same order, of
// {"edtf", "min", "max"} with min and max as YYYY-MM-DD (max null for an open end), or {"edtf", "error"}.
import edtf from 'edtf';

const day = (millis) => new Date(millis).toISOString().slice(0, 10);

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map((value) => {
    try {
      const parsed = edtf(value);
      return { edtf: value, min: day(parsed.min), max: Number.isFinite(parsed.max) ? day(parsed.max) : null };
    } catch (e) {
      return { edtf: value, error: e.message.split('\n')[0] };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
