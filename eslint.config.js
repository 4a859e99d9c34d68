// ESLint lives in tools/lint with the TypeScript 6 it needs; its config is there too.
export { default } from './tools/lint/eslint-config.js';
