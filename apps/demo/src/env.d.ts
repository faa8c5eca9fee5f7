/// <reference types="vite/client" />

/** The version of @gongkai/components, put in by vite.config.ts for the embed snippet's CDN address. */
declare const __GK_COMPONENTS_VERSION__: string;
