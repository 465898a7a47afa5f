# syntax=docker/dockerfile:1
# The API (@zi/api). Build context: the repository root.
#   docker build -f docker/api.Dockerfile -t zona-integritas-api .

# Node 22: Node 20 is past its end of life. Debian, not Alpine: argon2's prebuilt
# binaries and the rest of the toolchain are tested on glibc.
ARG NODE_IMAGE=node:22-bookworm-slim

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

# Cuts the monorepo down to the API and the workspaces it depends on, with a lockfile to match,
# so that edits to the web apps leave the API's dependency layers cached.
FROM base AS prune
COPY . .
RUN npx --yes "turbo@$(node -p "require('./package.json').devDependencies.turbo")" prune @zi/api --docker

# `npm install` against the lockfile rather than `npm ci`: package-lock.json lists only the Linux
# builds among the optional platform binaries of @biomejs/biome and turbo, and `npm ci` rejects a
# lockfile that lacks any optional dependency. Every package the lockfile lists still installs at
# its locked version, and `--no-save` leaves the lockfile as it was. Switch back to `npm ci` once
# the lockfile lists them all.
FROM base AS deps
COPY --from=prune /app/out/json/ ./
RUN --mount=type=cache,target=/root/.npm npm install --no-save

FROM deps AS build
COPY --from=prune /app/out/full/ ./
COPY tsconfig.base.json ./
RUN npx turbo run build --filter=@zi/api

FROM base AS prod-deps
COPY --from=prune /app/out/json/ ./
RUN --mount=type=cache,target=/root/.npm npm install --no-save --omit=dev

# Only production dependencies and compiled JavaScript; the files stay owned by root, so the
# process cannot rewrite its own code.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY --from=prod-deps /app/ ./
COPY --from=build /app/apps/api/dist/ apps/api/dist/
USER node
EXPOSE 4000
# Slim images have no curl; Node's fetch asks the same endpoint a load balancer would.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "apps/api/dist/main.js"]
