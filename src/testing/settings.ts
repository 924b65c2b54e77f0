import { checkCreator, settingsView } from './access.js';
import type { Settings } from './access-store.js';
import { clerkError } from './catalogue.js';
import { TOGGLED_MODES } from './domains.js';
import { allowOnly, count, type Handlers, jsonBody } from './http.js';
import type { Store } from './store.js';

const FLAGS = ['enabled', 'admin_delete_enabled', 'domains_enabled', 'slug_disabled'] as const;

/**
 * The handlers of the instance's organization settings. What is stored
 * drives the fake: `enabled`, `slug_disabled`, `domains_enabled` and the
 * enrollment modes gate the organization calls; `max_allowed_memberships`
 * and `admin_delete_enabled` are the defaults of new organizations; the
 * creator and domains default roles are the initial role set's.
 */
export function settingsHandlers(store: Store): Handlers {
  const { access } = store;
  /** The role `field` names by id: one of the initial role set's roles. */
  const initialRole = (body: Record<string, unknown>, field: string) => {
    const id = body[field];
    if (id == null) return undefined;
    const role = typeof id === 'string' ? access.roles.get(id) : undefined;
    if (!role) throw clerkError('OrganizationRoleNotFound', { param: field });
    if (!access.initialSet().roles.includes(role.id)) {
      throw clerkError('FormInvalidParameterValue', { param: field, message: `${field} must name a role of the initial role set` });
    }
    return role;
  };
  return {
    GetInstanceOrganizationSettings: () => settingsView(store),
    UpdateInstanceOrganizationSettings: async (_, __, request) => {
      const body = await jsonBody(request);
      allowOnly(body, [...FLAGS, 'max_allowed_memberships', 'domains_enrollment_modes', 'creator_role_id', 'domains_default_role_id']);
      const flags: Partial<Pick<Settings, (typeof FLAGS)[number]>> = {};
      for (const flag of FLAGS) {
        const value = body[flag];
        if (value == null) continue;
        if (typeof value !== 'boolean') throw clerkError('FormInvalidParameterValue', { param: flag, message: `${flag} must be a boolean` });
        flags[flag] = value;
      }
      const max = count(body.max_allowed_memberships, 'max_allowed_memberships');
      const modes = body.domains_enrollment_modes;
      if (modes != null && (!Array.isArray(modes) || !modes.every((mode) => TOGGLED_MODES.includes(mode)))) {
        throw clerkError('FormInvalidParameterValue', { param: 'domains_enrollment_modes', fill: [JSON.stringify(modes), 'domains_enrollment_modes'] });
      }
      const creator = initialRole(body, 'creator_role_id');
      if (creator) checkCreator(store, creator);
      const domainsDefault = initialRole(body, 'domains_default_role_id');

      Object.assign(access.settings, flags);
      if (max !== undefined) access.settings.max_allowed_memberships = max;
      if (Array.isArray(modes)) access.settings.domains_enrollment_modes = ['manual_invitation', ...TOGGLED_MODES.filter((mode) => modes.includes(mode))];
      const initial = access.initialSet();
      if (creator) initial.creator_role = creator.id;
      if (domainsDefault) initial.default_role = domainsDefault.id;
      if (creator || domainsDefault) initial.updated_at = store.now();
      return settingsView(store);
    },
  };
}
