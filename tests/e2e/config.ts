/** The e2e server listens on its own port so it never collides with `npm start` (4173). */
export const PORT = 4317;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
