# The app image docker-compose.yml builds: `npm start` serves the built app (scripts/serve-next.mjs behind scripts/start.ts);
# with DATABASE_URL set no embedded database is started. Migrations run before the server (npm run db -- deploy).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm ci && npm run build
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["sh", "-c", "npm run db -- deploy && npm start"]
