/** Where playwright.config.ts puts the embedded database when no E2E_DATABASE_URL is given (the fixtures read it too). */
export const E2E_EMBEDDED_DB_DIR = ".data/e2e/postgres";
