/**
 * zod compiles a faster parser for each object schema with `new Function`, after
 * probing whether it may. The extension's pages forbid evaluating strings (their
 * content security policy has no 'unsafe-eval'), and the probe, though it fails
 * quietly, is reported as a policy violation. Turned off here, before any schema is
 * made: every module that makes zod schemas loads this file first (directly or
 * through lib/model; a unit test checks it).
 */
import { z } from 'zod';

z.config({ jitless: true });
