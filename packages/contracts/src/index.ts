export * from './compatibility.js';
export * from './generated/events.js';
export * from './headers.js';
export * from './registry.js';
export { readSchemaFiles, type SchemaFile, schemaDirectory } from './schema-files.js';
export * from './topics.js';
