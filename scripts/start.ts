/** npm start: the built app (`npm run build` first), on the embedded database unless DATABASE_URL is set. */
import { launchApp } from "../lib/runtime/launch-app";

void launchApp("start");
