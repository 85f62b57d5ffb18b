# One image for every service of the federation; docker-compose.yml picks the entry point.
# Build: docker build -t pallnet .   Run: see docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.json supergraph.graphql ./
COPY packages ./packages
COPY subgraphs ./subgraphs
COPY gateway ./gateway
RUN npm ci --ignore-scripts && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
# Subgraphs and the gateway run unprivileged; none of them writes to disk.
USER node
CMD ["node", "gateway/dist/src/index.js"]
