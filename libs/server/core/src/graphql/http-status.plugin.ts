import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Apollo answers some request errors (parse failures after our error formatting, for example) with
 * HTTP 500. A 5xx must mean the server failed: when every error is a typed client error, the status
 * becomes 400 for a request that never executed (no `data`) and stays 200 otherwise.
 */
export const clientErrorStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        const status = response.http.status ?? 200;
        if (!errors?.length || status < 500) return;
        if (errors.some((e) => e.extensions?.code === 'INTERNAL')) return;
        response.http.status = response.body.singleResult.data === undefined ? 400 : 200;
      },
    };
  },
};
