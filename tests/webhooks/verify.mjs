// Verifies one delivery with the Standard Webhooks library. Reads { secret, headers, body } from the JSON file named
// by the first argument; prints the verified payload, or exits non-zero with the library's reason.
import { readFile } from 'node:fs/promises';
import { Webhook } from 'standardwebhooks';

const { secret, headers, body } = JSON.parse(await readFile(process.argv[2], 'utf8'));
try {
  const payload = new Webhook(secret).verify(body, headers);
  process.stdout.write(JSON.stringify(payload));
} catch (error) {
  process.stderr.write(String(error?.message ?? error));
  process.exit(1);
}
