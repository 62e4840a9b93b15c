import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { ORGANISATION_KINDS, ROLES, type OrganisationKind, type Role } from '@dsg/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { Actor } from '../context/actor.js';

export const AUTH_ERROR_KEY = 'auth.error';
const ISSUER = 'dsg-gateway';
const AUDIENCE = 'dsg';

/**
 * Short-lived access tokens (HS256). The claims carry the active membership so that a request needs
 * no database round trip to know who acts; the refresh path re-checks the membership is still active.
 */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  async sign(actor: Actor): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000);
    const token = await new SignJWT({
      mid: actor.membershipId,
      role: actor.role,
      okd: actor.organisationKind,
      tid: actor.tenantId,
      aid: actor.agencyId,
      did: actor.departmentId,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(actor.userId)
      .setJti(randomUUID())
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** Returns the actor, or a reason why the token is not acceptable. */
  async verify(token: string): Promise<{ actor: Actor } | { error: 'expired' | 'invalid' }> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      const role = payload.role as Role;
      const kind = payload.okd as OrganisationKind;
      if (!payload.sub || !ROLES.includes(role) || !ORGANISATION_KINDS.includes(kind)) return { error: 'invalid' };
      return {
        actor: {
          userId: payload.sub,
          membershipId: String(payload.mid),
          role,
          organisationKind: kind,
          tenantId: (payload.tid as string | null) ?? null,
          agencyId: (payload.aid as string | null) ?? null,
          departmentId: (payload.did as string | null) ?? null,
        },
      };
    } catch (e) {
      return { error: e instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
