import { z } from "zod";

// Zod probes `new Function("")` to decide whether it may compile faster parsers. The pages'
// Content-Security-Policy allows no eval, so in the browser that probe is a reported violation:
// parse without compiling there. The server keeps the faster parsers.
if (typeof window !== "undefined") z.config({ jitless: true });
