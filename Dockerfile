# The back office on Node 20. Build: docker compose build; the image runs compiled JavaScript only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/infra/migrations ./infra/migrations
COPY package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/apps/back-office/apps/back-office/src/main.js"]
