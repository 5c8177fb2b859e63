/** The app's version as the user sees it; VITE_BUILD_ID (set at build time) tells builds apart. */
const version: unknown = import.meta.env.VITE_APP_VERSION;
const buildId: unknown = import.meta.env.VITE_BUILD_ID;

export const APP_VERSION = typeof version === 'string' ? version : '0.0.0';
export const BUILD_ID = typeof buildId === 'string' && buildId !== '' ? buildId : undefined;
export const VERSION_LABEL = BUILD_ID ? `${APP_VERSION} (${BUILD_ID})` : APP_VERSION;
