import { checkCreator, checkKey, keyedPage, optional, organizationsUsing, reassign, required, roleSetView, stringList } from './access.js';
import type { StoredRole, StoredRoleSet } from './access-store.js';
import { clerkError } from './catalogue.js';
import { allowOnly, type Handlers, isObject, jsonBody } from './http.js';
import { pendingInvitations, type Store } from './store.js';

/** Role keys one request may name (the spec: at least one, at most 10). */
const MAX_ROLES = 10;

/**
 * The handlers of the role sets operations. A set's default and creator
 * roles are among its roles; there is one `initial` set, which new
 * organizations get and which cannot be replaced; replacing a role or a set
 * moves the members (and pending invitations) of the organizations using it.
 */
export function roleSetHandlers(store: Store): Handlers {
  const { access } = store;
  const bySet = (keyOrId: string | undefined, param?: string) => {
    const set = access.roleSet(keyOrId!);
    if (!set) throw clerkError('ResourceNotFound', { param });
    return set;
  };
  const roleByKey = (key: string, param: string) => {
    const role = access.roleByKey(key);
    if (!role) throw clerkError('OrganizationRoleNotFound', { param });
    return role;
  };
  /** The roles a body's `field` names: 1 to 10 keys of existing roles. */
  const rolesOf = (body: Record<string, unknown>, field: string) => {
    const keys = stringList(body, field) ?? [];
    if (keys.length === 0) throw clerkError('FormMissingParameter', { param: field, fill: [field] });
    if (keys.length > MAX_ROLES) throw clerkError('FormParameterArraySizeExceeded', { param: field, fill: [field, MAX_ROLES] });
    return keys.map((key) => roleByKey(key, field));
  };
  /** The role `field` names, which must be one of `roles` (and hold the creator permissions when `creator`). */
  const pick = (body: Record<string, unknown>, field: string, roles: string[], creator: boolean): StoredRole | undefined => {
    const key = optional(body, field);
    if (key === undefined) return undefined;
    const role = roleByKey(key, field);
    if (!roles.includes(role.id)) throw clerkError('FormInvalidParameterValue', { param: field, message: `${field} must be one of the roles of the role set` });
    if (creator) checkCreator(store, role);
    return role;
  };
  /** Makes a set the initial one; the one before becomes `custom`. */
  const makeInitial = (set: StoredRoleSet) => {
    for (const other of access.roleSets.values()) if (other !== set && other.type === 'initial') other.type = 'custom';
    set.type = 'initial';
  };
  /** A free key made from a name: `Agencies` → `role_set:agencies`, then `role_set:agencies_2`, … */
  const keyFrom = (name: string) => {
    const base = `role_set:${
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '') || 'role_set'
    }`;
    let key = base;
    for (let n = 2; access.roleSet(key); n++) key = `${base}_${n}`;
    return key;
  };

  return {
    ListRoleSets: (_, query) => keyedPage(access.roleSets.values(), query, (set) => roleSetView(store, set)),
    CreateRoleSet: async (_, __, request) => {
      const body = await jsonBody(request);
      allowOnly(body, ['name', 'key', 'description', 'default_role_key', 'creator_role_key', 'type', 'roles']);
      const max = access.settings.max_role_sets_allowed;
      if (access.roleSets.size >= max) throw clerkError('OrganizationInstanceRoleSetsQuotaExceeded', { fill: [max] });
      const name = required(body, 'name');
      const key = body.key == null ? keyFrom(name) : checkKey(required(body, 'key'), 'role_set', access.roleSet(body.key as string) !== undefined);
      const roles = rolesOf(body, 'roles').map((role) => role.id);
      required(body, 'default_role_key');
      required(body, 'creator_role_key');
      const default_role = pick(body, 'default_role_key', roles, false)!;
      const creator_role = pick(body, 'creator_role_key', roles, true)!;
      const type = body.type ?? 'custom';
      if (type !== 'initial' && type !== 'custom') throw clerkError('FormInvalidParameterValue', { param: 'type', fill: [String(type), 'type'] });
      const description = optional(body, 'description') ?? null;
      const set = access.addRoleSet({ name, key, description, type, roles: [...new Set(roles)], default_role: default_role.id, creator_role: creator_role.id });
      if (type === 'initial') makeInitial(set);
      return roleSetView(store, set);
    },
    GetRoleSet: ({ role_set_key_or_id }) => roleSetView(store, bySet(role_set_key_or_id)),
    UpdateRoleSet: async ({ role_set_key_or_id }, _, request) => {
      const set = bySet(role_set_key_or_id);
      const body = await jsonBody(request);
      allowOnly(body, ['name', 'key', 'description', 'type', 'default_role_key', 'creator_role_key']);
      const name = body.name == null ? undefined : required(body, 'name');
      const key = optional(body, 'key');
      if (key !== undefined && key !== set.key) checkKey(key, 'role_set', access.roleSet(key) !== undefined);
      const description = optional(body, 'description');
      if (body.type != null && body.type !== 'initial') throw clerkError('FormInvalidParameterValue', { param: 'type', fill: [String(body.type), 'type'] });
      const default_role = pick(body, 'default_role_key', set.roles, false);
      const creator_role = pick(body, 'creator_role_key', set.roles, true);
      if (name !== undefined) set.name = name;
      if (description !== undefined) set.description = description;
      if (default_role) set.default_role = default_role.id;
      if (creator_role) set.creator_role = creator_role.id;
      if (body.type === 'initial') makeInitial(set);
      if (key !== undefined && key !== set.key) {
        // Organizations name their set by key: they follow it.
        const old = set.key;
        access.rekeyRoleSet(set, key);
        for (const s of store.organizations()) if (s.org.role_set_key === old) s.org.role_set_key = key;
      }
      set.updated_at = store.now();
      return roleSetView(store, set);
    },
    ReplaceRoleSet: async ({ role_set_key_or_id }, _, request) => {
      const source = bySet(role_set_key_or_id);
      const body = await jsonBody(request);
      allowOnly(body, ['dest_role_set_key', 'reassignment_mappings']);
      const dest = bySet(required(body, 'dest_role_set_key'), 'dest_role_set_key');
      if (dest === source)
        throw clerkError('FormInvalidParameterValue', { param: 'dest_role_set_key', message: 'dest_role_set_key must name another role set' });
      if (source.type === 'initial') throw clerkError('CannotDeleteInitialRoleSet');
      const mappings = body.reassignment_mappings ?? {};
      if (!isObject(mappings) || !Object.values(mappings).every((to) => typeof to === 'string')) {
        throw clerkError('FormInvalidParameterValue', { param: 'reassignment_mappings', message: 'reassignment_mappings must map role keys to role keys' });
      }
      const to = mappings as Record<string, string>;
      for (const key of Object.values(to)) {
        const role = access.roleByKey(key);
        if (!role || !dest.roles.includes(role.id))
          throw clerkError('OrganizationRoleSetReassignmentMappingsInvalid', { fill: [key], meta: { role_key: key } });
      }
      const orgs = organizationsUsing(store, source);
      const inUse = new Set<string>();
      for (const s of orgs) {
        for (const m of s.members.values()) inUse.add(m.role);
        for (const i of pendingInvitations(s)) inUse.add(i.role);
      }
      const destKeys = dest.roles.map((id) => access.roles.get(id)!.key);
      const missing = [...inUse].filter((key) => !destKeys.includes(key) && !Object.hasOwn(to, key)).sort();
      if (missing.length > 0) throw clerkError('OrganizationRoleSetReassignmentMappingsMissing', { fill: [missing.join(', ')], meta: { role_keys: missing } });
      reassign(store, orgs, (key) => (Object.hasOwn(to, key) ? to[key] : undefined));
      for (const s of orgs) s.org.role_set_key = dest.key;
      access.removeRoleSet(source);
      return { object: 'role_set', id: source.id, deleted: true };
    },
    AddRolesToRoleSet: async ({ role_set_key_or_id }, _, request) => {
      const set = bySet(role_set_key_or_id);
      const body = await jsonBody(request);
      allowOnly(body, ['role_keys', 'default_role_key', 'creator_role_key']);
      const roles = [...new Set([...set.roles, ...rolesOf(body, 'role_keys').map((role) => role.id)])];
      const default_role = pick(body, 'default_role_key', roles, false);
      const creator_role = pick(body, 'creator_role_key', roles, true);
      set.roles = roles;
      if (default_role) set.default_role = default_role.id;
      if (creator_role) set.creator_role = creator_role.id;
      set.updated_at = store.now();
      return roleSetView(store, set);
    },
    ReplaceRoleInRoleSet: async ({ role_set_key_or_id }, _, request) => {
      const set = bySet(role_set_key_or_id);
      const body = await jsonBody(request);
      allowOnly(body, ['role_key', 'to_role_key']);
      const from = roleByKey(required(body, 'role_key'), 'role_key');
      if (!set.roles.includes(from.id)) throw clerkError('OrganizationRoleNotFound', { param: 'role_key' });
      const to = roleByKey(required(body, 'to_role_key'), 'to_role_key');
      if (to === from) throw clerkError('FormInvalidParameterValue', { param: 'to_role_key', message: 'to_role_key must name another role' });
      if (set.creator_role === from.id) checkCreator(store, to);
      // The replacement takes the role's place (and its part as default or creator role).
      set.roles = set.roles.includes(to.id) ? set.roles.filter((id) => id !== from.id) : set.roles.map((id) => (id === from.id ? to.id : id));
      if (set.default_role === from.id) set.default_role = to.id;
      if (set.creator_role === from.id) set.creator_role = to.id;
      reassign(store, organizationsUsing(store, set), (key) => (key === from.key ? to.key : undefined));
      set.updated_at = store.now();
      return roleSetView(store, set);
    },
  };
}
