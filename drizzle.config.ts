import { defineConfig } from 'drizzle-kit';

// `npm run db:generate -- --name <change>` writes a new SQL migration into drizzle/migrations.
export default defineConfig({
  dialect: 'sqlite',
  schema: './drizzle/schema.ts',
  out: './drizzle/migrations',
});
