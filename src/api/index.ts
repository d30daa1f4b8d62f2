/** The HTTP API: `createApp({ store, coder, token?, limits? })`. */
export { API_PREFIX, type ApiLimits, type AppOptions, type AppType, createApp } from './app.js';
export { errorResponse, HttpError } from './errors.js';
export type * from './types.js';
