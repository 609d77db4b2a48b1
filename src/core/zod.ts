/**
 * The one import of zod for the whole project. zod's compiled fast path probes
 * `new Function("")` when a schema is created; the pages' Content-Security-Policy (rightly,
 * no 'unsafe-eval') refuses it and reports a violation. Switching the probe off here, before
 * any schema exists, keeps every page free of violations; the interpreted path is as correct.
 */
import * as z from 'zod';

z.config({jitless: true});

export {z};
