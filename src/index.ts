// The library API of news-kg.
export * from './model';
export * from './errors';
export { extractPage, type ExtractOptions } from './pipeline';
