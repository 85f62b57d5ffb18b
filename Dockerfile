# One image for every service of the federation (the five subgraphs, the gateway and the web app):
# they share the kits and most dependencies, so one image is smaller in total than seven and every
# region runs the code the others were tested with. The service is chosen by the command:
#   node gateway/dist/src/index.js                      the gateway
#   node packages/web/dist/main.js                      the web app (the built dashboard + OpenID Connect sign-in)
#   node subgraphs/<name>/dist/src/index.js             a subgraph (national, vest, innlandet, midt, sor-ost)
#   node subgraphs/<name>/dist/src/index.js migrate     its migrations, then exit (a one-shot job)
# Build: docker build -t pallnet:<version> .   Run: docker-compose.yml, or k8s/ on Kubernetes.
# Only the services are built: not the benchmark, the analyst tools, packages/system (which carries
# embedded PostgreSQL for `npm start`) nor packages/identity-provider (the development sign-in
# provider: production signs in at the organisation's OpenID provider). The dashboard is built in
# a stage of its own and only its static files (packages/dashboard/dist) reach the image.
# CI proves this file builds without a Docker engine: scripts/check-image-build.mjs runs these
# RUN commands on exactly these COPY sources, taken from git.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# The dashboard's static files: typed against the committed supergraph.graphql, bundled by vite.
FROM ${NODE_IMAGE} AS dashboard
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json supergraph.graphql ./
COPY packages/dashboard ./packages/dashboard
# The dashboard bundles the analyst tools' annual report (source only, nothing of theirs is installed).
COPY packages/analyst-tools/src ./packages/analyst-tools/src
COPY packages/analyst-tools/queries ./packages/analyst-tools/queries
RUN npm ci --no-audit --no-fund --ignore-scripts --include-workspace-root -w packages/dashboard \
 && npm run build -w packages/dashboard

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json supergraph.graphql ./
COPY packages/services ./packages/services
COPY packages/observability ./packages/observability
COPY packages/contract ./packages/contract
COPY packages/municipality-register ./packages/municipality-register
COPY packages/subgraph-kit ./packages/subgraph-kit
COPY packages/regional-kit ./packages/regional-kit
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY packages/web ./packages/web
# npm ci installs the services' workspaces only (with the root's build tools), tsc builds their
# projects, and prune then drops everything only the build needed.
RUN npm ci --no-audit --no-fund --ignore-scripts --include-workspace-root \
      -w gateway -w subgraphs/national -w subgraphs/vest -w subgraphs/innlandet -w subgraphs/midt -w subgraphs/sor-ost -w packages/web \
 && npx tsc -b gateway subgraphs/national subgraphs/vest subgraphs/innlandet subgraphs/midt subgraphs/sor-ost packages/web \
 && npm prune --omit=dev --no-audit --no-fund --ignore-scripts

FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
COPY --from=dashboard /app/packages/dashboard/dist ./packages/dashboard/dist
# Every service runs unprivileged; none of them writes to disk.
USER node
CMD ["node", "gateway/dist/src/index.js"]
