# One image for every service of the federation (the five subgraphs and the gateway): they share
# the kits and most dependencies, so one image is smaller in total than six and every region runs
# the code the others were tested with. The service is chosen by the command:
#   node gateway/dist/src/index.js                      the gateway
#   node subgraphs/<name>/dist/src/index.js             a subgraph (national, vest, innlandet, midt, sor-ost)
#   node subgraphs/<name>/dist/src/index.js migrate     its migrations, then exit (a one-shot job)
# Build: docker build -t pallnet:<version> .   Run: docker-compose.yml, or k8s/ on Kubernetes.
# Only the services are built: not the benchmark, the dashboard, the analyst tools nor
# packages/system (which carries embedded PostgreSQL for `npm start`).
# CI proves this file builds without a Docker engine: scripts/check-image-build.mjs runs these
# RUN commands on exactly these COPY sources, taken from git.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

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
# npm ci installs the services' workspaces only (with the root's build tools), tsc builds their
# projects, and prune then drops everything only the build needed.
RUN npm ci --no-audit --no-fund --ignore-scripts --include-workspace-root \
      -w gateway -w subgraphs/national -w subgraphs/vest -w subgraphs/innlandet -w subgraphs/midt -w subgraphs/sor-ost \
 && npx tsc -b gateway subgraphs/national subgraphs/vest subgraphs/innlandet subgraphs/midt subgraphs/sor-ost \
 && npm prune --omit=dev --no-audit --no-fund --ignore-scripts

FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
# Every service runs unprivileged; none of them writes to disk.
USER node
CMD ["node", "gateway/dist/src/index.js"]
