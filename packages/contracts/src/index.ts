export * from './generated/events.js';
export * from './headers.js';
export * from './topics.js';
export * from './registry.js';
export * from './compatibility.js';
export { readSchemaFiles, schemaDirectory, type SchemaFile } from './schema-files.js';
