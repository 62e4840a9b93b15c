import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { AUDIT_ACTION_KEY } from '../audit/audit.subscriber.js';
import { AUTH_ERROR_KEY } from '../auth/token.service.js';
import { POLICY_KEY, type PolicyMeta } from './policy.decorator.js';
import { currentAbility } from './ability.js';

/**
 * Global guard for every GraphQL Query and Mutation. An operation without a declared policy is
 * refused (fail closed); the policy test in apps/gateway proves none is missing.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    const root = info.parentType.name;
    if (root !== 'Query' && root !== 'Mutation') return true;
    const meta = this.reflector.getAllAndOverride<PolicyMeta | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!meta) throw new AppError('INTERNAL', { 'zh-CN': '操作未声明权限策略', en: 'Operation declares no policy' });
    const ctx = RequestContext.current();
    if (root === 'Mutation') ctx.cache.set(AUDIT_ACTION_KEY, info.fieldName);
    if (meta.kind === 'public') return true;
    if (!ctx.actor) throw AppError.unauthenticated(ctx.cache.get(AUTH_ERROR_KEY) ? 'sessionExpired' : 'unauthenticated');
    if (meta.kind === 'authenticated') return true;
    if (!currentAbility().can(meta.action, meta.subject)) throw AppError.forbidden();
    return true;
  }
}
