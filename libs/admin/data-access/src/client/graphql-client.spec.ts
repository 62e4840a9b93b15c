import { describe, expect, it, vi } from 'vitest';
import { UsersDocument } from '../generated/graphql';
import { gqlError, mockGraphQLFetch, type MockGraphQLHandler } from '../testing';
import { ApiError } from './api-error';
import { createGraphQLClient } from './graphql-client';

const usersPage = { data: { users: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } };

function setup(usersHandlers: MockGraphQLHandler[], refreshResult: boolean | Promise<boolean> = true) {
  const gateway = mockGraphQLFetch({ Users: usersHandlers });
  let token: string | null = 'old-token';
  const refreshSession = vi.fn(async () => {
    const ok = await refreshResult;
    if (ok) token = 'new-token';
    return ok;
  });
  const onSessionExpired = vi.fn();
  const client = createGraphQLClient({
    fetch: gateway.fetch,
    getAccessToken: () => token,
    getLocale: () => 'en',
    refreshSession,
    onSessionExpired,
  });
  return { client, gateway, refreshSession, onSessionExpired };
}

describe('createGraphQLClient', () => {
  it('sends the bearer token, the UI language and the operation name', async () => {
    const { client, gateway } = setup([usersPage]);

    await client.request(UsersDocument, { first: 5 });

    const [call] = gateway.calls;
    expect(call?.operationName).toBe('Users');
    expect(call?.variables).toEqual({ first: 5 });
    expect(call?.headers.get('Authorization')).toBe('Bearer old-token');
    expect(call?.headers.get('Accept-Language')).toBe('en');
  });

  it('refreshes once on UNAUTHENTICATED and retries with the new token', async () => {
    const { client, gateway, refreshSession, onSessionExpired } = setup([
      { errors: [gqlError('UNAUTHENTICATED')] },
      usersPage,
    ]);

    const data = await client.request(UsersDocument, {});

    expect(data.users.totalCount).toBe(0);
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(gateway.callsOf('Users').map((call) => call.headers.get('Authorization'))).toEqual([
      'Bearer old-token',
      'Bearer new-token',
    ]);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('ends the session when the refresh fails, without retrying', async () => {
    const { client, gateway, onSessionExpired } = setup([{ errors: [gqlError('UNAUTHENTICATED', '请重新登录')] }], false);

    await expect(client.request(UsersDocument, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: '请重新登录' });
    expect(gateway.callsOf('Users')).toHaveLength(1);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('does not refresh a second time when the retry is still unauthenticated', async () => {
    const { client, gateway, refreshSession, onSessionExpired } = setup([{ errors: [gqlError('UNAUTHENTICATED')] }]);

    await expect(client.request(UsersDocument, {})).rejects.toBeInstanceOf(ApiError);
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(gateway.callsOf('Users')).toHaveLength(2);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('shares one refresh between concurrent requests that fail together', async () => {
    let release: (ok: boolean) => void = () => undefined;
    const pendingRefresh = new Promise<boolean>((resolve) => (release = resolve));
    const { client, refreshSession } = setup([{ errors: [gqlError('UNAUTHENTICATED')] }, { errors: [gqlError('UNAUTHENTICATED')] }, usersPage], pendingRefresh);

    const both = Promise.all([client.request(UsersDocument, {}), client.request(UsersDocument, {})]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release(true);

    await expect(both).resolves.toHaveLength(2);
    expect(refreshSession).toHaveBeenCalledTimes(1);
  });

  it('leaves UNAUTHENTICATED alone when auth retry is off (login, refresh)', async () => {
    const { client, refreshSession } = setup([{ errors: [gqlError('UNAUTHENTICATED', '用户名或密码错误')] }]);

    await expect(client.request(UsersDocument, {}, { authRetry: false })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(refreshSession).not.toHaveBeenCalled();
  });

  it('exposes BAD_USER_INPUT field errors', async () => {
    const { client } = setup([
      { errors: [gqlError('BAD_USER_INPUT', '输入有误', [{ field: 'username', message: '用户名已存在' }])] },
    ]);

    const error = await client.request(UsersDocument, {}).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'username', message: '用户名已存在' }] });
  });

  it('reports a transport failure as NETWORK', async () => {
    const client = createGraphQLClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      getAccessToken: () => null,
      getLocale: () => 'zh-CN',
      refreshSession: async () => false,
      onSessionExpired: () => undefined,
    });

    await expect(client.request(UsersDocument, {})).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
