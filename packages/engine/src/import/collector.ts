// The PDF reader (src/pdf/) imports the collector from here; it lives with the diagnostics' catalogue.
export * from './diagnostics/collector.js';
