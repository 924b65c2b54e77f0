import type { OrganizationRoleKey } from '../schemas/role.js';

/**
 * A Clerk session token's claims, as signed. v1 tokens carry the active
 * organization in `org_*` claims, v2 tokens (`v: 2`) in `o` and `fea`.
 * Other claims (custom session claims) are kept.
 *
 * @category Edge auth
 */
export interface SessionClaims {
  /** The user's id. */
  sub: string;
  /** The session's id. */
  sid: string;
  /** Expiry, in seconds since the epoch. */
  exp: number;
  /** Issued at, in seconds since the epoch. */
  iat?: number;
  /** Not before, in seconds since the epoch. */
  nbf?: number;
  /** The origin the token was made for. */
  azp?: string;
  /** The Frontend API that issued the token. */
  iss?: string;
  /** The token's version: absent for v1, `2` for v2. */
  v?: number;
  [claim: string]: unknown;
}

/**
 * Who is calling, from a verified session token: the user, the session,
 * and the active organization with the role and permissions in it.
 *
 * @category Edge auth
 */
export interface SessionAuth {
  /** The user's id (`sub`). */
  userId: string;
  /** The session's id (`sid`). */
  sessionId: string;
  /** The active organization's id, when one is active. */
  orgId?: string;
  /** The user's role in it, e.g. `org:admin`. */
  orgRole?: OrganizationRoleKey;
  /** The active organization's slug. */
  orgSlug?: string;
  /** The user's permissions in it, e.g. `org:invoices:read`. */
  orgPermissions?: string[];
  /** Every claim, as signed. */
  claims: SessionClaims;
}

/**
 * The organization claims of a verified token, read as @clerk/backend reads
 * them: v1 from `org_id`, `org_role`, `org_slug`, `org_permissions`; v2 from
 * `o.id`, `o.slg`, `o.rol` (prefixed `org:`) and the permissions that `o.fpm`
 * grants to each organization feature of `fea` (`o:` / `ou:` scopes) from
 * the list `o.per`. A claim of the wrong type is left out.
 */
export function organizationOf(claims: SessionClaims): Omit<SessionAuth, 'userId' | 'sessionId' | 'claims'> {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  if (claims.v !== 2) {
    const permissions = claims.org_permissions;
    return clean({
      orgId: text(claims.org_id),
      orgRole: text(claims.org_role),
      orgSlug: text(claims.org_slug),
      orgPermissions: Array.isArray(permissions) && permissions.every((p) => typeof p === 'string') ? permissions : undefined,
    });
  }
  const o = claims.o as Record<string, unknown> | undefined;
  if (!o) return {};
  const role = text(o.rol);
  const per = text(o.per);
  const fpm = text(o.fpm);
  const orgPermissions: string[] = [];
  if (per && fpm) {
    const permissions = per.split(',').map((p) => p.trim());
    const masks = fpm.split(',').map((mask) => (/^\d+$/.test(mask.trim()) ? BigInt(mask.trim()) : 0n));
    const features: string[] = [];
    for (const part of (text(claims.fea) ?? '').split(',')) {
      const element = part.trim();
      const colon = element.indexOf(':');
      if (colon > 0 && ['o', 'ou', 'uo'].includes(element.slice(0, colon))) features.push(element.slice(colon + 1));
    }
    features.forEach((feature, f) => {
      permissions.forEach((permission, p) => {
        if (f < masks.length && ((masks[f] as bigint) >> BigInt(p)) & 1n) orgPermissions.push(`org:${feature}:${permission}`);
      });
    });
  }
  return clean({ orgId: text(o.id), orgRole: role ? `org:${role}` : undefined, orgSlug: text(o.slg), orgPermissions });
}

/** The object without its undefined fields. */
function clean<T extends object>(object: T): T {
  for (const key in object) if (object[key] === undefined) delete object[key];
  return object;
}
