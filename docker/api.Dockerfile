# syntax=docker/dockerfile:1
# partrack API image. It also carries the built SPA, so one container can serve everything on port 3000;
# in docker-compose.yml nginx (web.Dockerfile) serves the SPA and proxies /graphql and /health here instead.
#
#   docker build -f docker/api.Dockerfile -t partrack-api .        (from the repository root)
#
# CI runs the same steps without Docker (tools/ci-production.mjs: build, npm ci --omit=dev beside dist/, start
# with NODE_ENV=production, export a report, check the SPA's headers): keep the two in step.

# ---- build: compile the API and the SPA -------------------------------------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --projects=api,web

# ---- deps: production dependencies only -------------------------------------------------------------------
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime -----------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    WEB_DIST_DIR=/app/dist/apps/web \
    DATA_DIR=/var/lib/partrack
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY --from=build /app/dist/apps/web ./dist/apps/web
# The image's built-in unprivileged user "node" (uid 1000) owns only the data folder.
RUN mkdir -p /var/lib/partrack && chown node:node /var/lib/partrack
USER node
EXPOSE 3000
VOLUME ["/var/lib/partrack"]
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations run on start; SIGTERM (docker stop) lets in-flight requests finish.
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
