# syntax=docker/dockerfile:1
# The public site (@zi/public) and the admin portal (@zi/admin), served by nginx, which also
# proxies the API. Build context: the repository root.
#   docker build -f docker/web.Dockerfile -t zona-integritas-web .

ARG NODE_IMAGE=node:22-bookworm-slim
# 1.27.3 or later: the upstream `resolve` parameter in nginx.conf needs it.
ARG NGINX_IMAGE=nginx:1.28-alpine

FROM ${NODE_IMAGE} AS base
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    TURBO_TELEMETRY_DISABLED=1
WORKDIR /app
# The npm that wrote package-lock.json (root `packageManager`), so install scripts follow the
# root `allowScripts` list as they do on a developer's machine.
COPY package.json ./
RUN npm install -g "$(node -p "require('./package.json').packageManager.split('+')[0]")"

# Cuts the monorepo down to both apps and the workspaces they depend on (schema, ui), with a
# lockfile to match, so that edits to the API leave these dependency layers cached.
FROM base AS prune
COPY . .
RUN npx --yes "turbo@$(node -p "require('./package.json').devDependencies.turbo")" prune @zi/public @zi/admin --docker

# `npm install` against the lockfile rather than `npm ci`: see the note in api.Dockerfile.
FROM base AS deps
COPY --from=prune /app/out/json/ ./
RUN --mount=type=cache,target=/root/.npm npm install --no-save

FROM deps AS build
COPY --from=prune /app/out/full/ ./
COPY tsconfig.base.json tsconfig.web.json ./
RUN npx turbo run build --filter=@zi/public --filter=@zi/admin

FROM ${NGINX_IMAGE} AS runtime
# nginx.conf is complete on its own; the image's default site would only confuse.
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/apps/public/dist/ /usr/share/nginx/zi/public/
COPY --from=build /app/apps/admin/dist/ /usr/share/nginx/zi/admin/
USER nginx
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/nginx-health || exit 1
