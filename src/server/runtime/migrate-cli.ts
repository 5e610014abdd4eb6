// `npm run db:migrate`: apply pending migrations to DATABASE_URL, or to the embedded database.
import { prepareDatabase } from "./prepare-database";

prepareDatabase((line) => console.log(`[roster] ${line}`))
  .then(async ({ embedded }) => {
    if (embedded?.owned) await embedded.stop();
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
