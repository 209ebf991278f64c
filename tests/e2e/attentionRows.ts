/**
 * Reads a database's kept tables (JSON on stdin) and writes their attention rows
 * (lib/db/attention.ts, JSON on stdout). Run by tests/e2e/fixtures.ts with tsx: the
 * rules it uses reach the message files (JSON modules), which Playwright's own
 * loader does not import.
 */
import { attentionRows } from '../../lib/db/attention';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
process.stdout.write(JSON.stringify(attentionRows(JSON.parse(Buffer.concat(chunks).toString('utf8')))));
