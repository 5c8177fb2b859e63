/**
 * The e2e server listens on its own port so it never collides with `npm start` (4173).
 * E2E_PORT moves it, so two checkouts on one machine can run their end-to-end tests at once.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4317);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
