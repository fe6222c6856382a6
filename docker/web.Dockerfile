# syntax=docker/dockerfile:1
# partrack web image: the built SPA served by nginx, which also proxies /graphql and /health to the API
# (service name "api", port 3000; see nginx.conf).
#
#   docker build -f docker/web.Dockerfile -t partrack-web .        (from the repository root)

# ---- build: compile the SPA --------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run web:build

# ---- runtime: nginx ----------------------------------------------------------------------------------------
FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1/nginx-health || exit 1
