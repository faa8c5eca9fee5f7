declare const __VERSION__: string | undefined;

/** This build's version (the engine is bundled with it): what the archive records a report was checked by. */
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
