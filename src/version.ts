declare const __SPBE_VERSION__: string | undefined;

/**
 * This library's version, recorded in every result's `meta`. Injected at build time; the
 * fallback only shows in tests run from source.
 * @category Meta
 */
export const VERSION: string = typeof __SPBE_VERSION__ === 'string' ? __SPBE_VERSION__ : '0.0.0-source';

/** This library's package name. @category Meta */
export const LIBRARY_NAME = 'spbe-index';
