import type { Coder } from '../../src/ingest/coding.js';
export declare function createCoder(options?: { version?: string }): Coder;
