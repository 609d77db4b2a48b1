/**
 * Loaded first on every page (a Docusaurus client module): zod's compiled fast path probes
 * `new Function("")`, which the Content-Security-Policy (rightly, no 'unsafe-eval') refuses
 * and reports as a violation. The interpreted path is as correct and fast enough here.
 */
import * as z from 'zod';

z.config({jitless: true});
