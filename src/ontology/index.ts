export * from './actor-codes.js';
export * from './cameo.js';
