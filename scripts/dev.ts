/** npm run dev: Next.js in development, on the embedded database unless DATABASE_URL is set. */
import { launchApp } from "../lib/runtime/launch-app";

void launchApp("dev");
