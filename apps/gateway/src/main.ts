import { loadConfig, logger } from '@dsg/server-core';
import { createGatewayApp } from './bootstrap/create-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createGatewayApp(config);
  await app.listen(config.gatewayPort, '0.0.0.0');
  logger().info({ port: config.gatewayPort, graphql: '/graphql' }, `gateway ready on http://127.0.0.1:${config.gatewayPort}/graphql`);
}

main().catch((e: unknown) => {
  logger().fatal({ err: e }, 'gateway failed to start');
  process.exit(1);
});
