import * as v from 'valibot';
import { type DeletedObject, DeletedObjectSchema } from '../schemas/deleted-object.js';
import { type Organization, OrganizationSchema } from '../schemas/organization.js';
import { type OrganizationDomain, OrganizationDomainSchema } from '../schemas/organization-domain.js';
import {
  type OrganizationInvitationWithPublicOrganizationData,
  OrganizationInvitationWithPublicOrganizationDataSchema,
} from '../schemas/organization-invitation.js';
import { type OrganizationMembership, OrganizationMembershipSchema } from '../schemas/organization-membership.js';
import { type Permission, PermissionSchema } from '../schemas/permission.js';
import { type Role, RoleSchema } from '../schemas/role.js';

/**
 * The `data` of each organization event, as Clerk's webhook spec
 * (2025-04-15) describes it: the object itself, or for most `*.deleted`
 * events the deleted-object stub (`{ object, id, slug, deleted: true }`).
 * A membership's `deleted` event carries the whole membership.
 *
 * @category Edge auth
 */
export interface OrganizationWebhookEventData {
  'organization.created': Organization;
  'organization.updated': Organization;
  'organization.deleted': DeletedObject;
  'organizationDomain.created': OrganizationDomain;
  'organizationDomain.updated': OrganizationDomain;
  'organizationDomain.deleted': DeletedObject;
  'organizationInvitation.created': OrganizationInvitationWithPublicOrganizationData;
  'organizationInvitation.accepted': OrganizationInvitationWithPublicOrganizationData & {
    /** The user who accepted the invitation. */
    user_id?: string;
  };
  'organizationInvitation.revoked': OrganizationInvitationWithPublicOrganizationData;
  'organizationMembership.created': OrganizationMembership;
  'organizationMembership.updated': OrganizationMembership;
  'organizationMembership.deleted': OrganizationMembership;
  'role.created': Role;
  'role.updated': Role;
  'role.deleted': DeletedObject;
  'permission.created': Permission;
  'permission.updated': Permission;
  'permission.deleted': DeletedObject;
}

/**
 * What every event carries besides `type` and `data`, read as sent (unknown fields kept).
 *
 * @category Edge auth
 */
export interface WebhookEnvelope {
  /** `'event'`. */
  object?: string;
  /** When the event happened, a Unix time as Clerk sends it (milliseconds in Clerk's docs, seconds in its webhook spec's examples). */
  timestamp?: number;
  /** The Clerk instance the event comes from. */
  instance_id?: string;
  /** Other fields Clerk sends (`event_attributes`, …), unread. */
  [field: string]: unknown;
}

/**
 * An organization event with its `data` read and typed.
 *
 * @category Edge auth
 */
export type OrganizationWebhookEvent = {
  [K in keyof OrganizationWebhookEventData]: WebhookEnvelope & { type: K; data: OrganizationWebhookEventData[K] };
}[keyof OrganizationWebhookEventData];

/**
 * Clerk's other event types (webhook spec 2025-04-15). Their `data` is
 * passed on unread. An event type newer than this list arrives the same
 * way; compare it as a string: `(event.type as string) === 'user.banned'`.
 *
 * @category Edge auth
 */
export type OtherWebhookEventType =
  | 'email.created'
  | 'paymentAttempt.created'
  | 'paymentAttempt.updated'
  | 'session.created'
  | 'session.pending'
  | 'session.ended'
  | 'session.removed'
  | 'session.revoked'
  | 'sms.created'
  | 'subscription.created'
  | 'subscription.updated'
  | 'subscription.active'
  | 'subscription.pastDue'
  | 'subscriptionItem.abandoned'
  | 'subscriptionItem.active'
  | 'subscriptionItem.canceled'
  | 'subscriptionItem.ended'
  | 'subscriptionItem.freeTrialEnding'
  | 'subscriptionItem.incomplete'
  | 'subscriptionItem.pastDue'
  | 'subscriptionItem.upcoming'
  | 'subscriptionItem.updated'
  | 'user.created'
  | 'user.updated'
  | 'user.deleted'
  | 'waitlistEntry.created'
  | 'waitlistEntry.updated';

/**
 * Any event but the organization ones: `data` unread.
 *
 * @category Edge auth
 */
export type OtherWebhookEvent = WebhookEnvelope & { type: OtherWebhookEventType; data: unknown };

/**
 * A verified webhook event, discriminated by `type`: the organization events
 * have their `data` typed, every other event passes through with
 * `data: unknown`.
 *
 * @example
 * const r = await verifyWebhook(request, { signingSecret: env.CLERK_WEBHOOK_SIGNING_SECRET });
 * if (r.ok && r.data.type === 'organizationMembership.created') console.log(r.data.data.role);
 *
 * @category Edge auth
 */
export type WebhookEvent = OrganizationWebhookEvent | OtherWebhookEvent;

const AcceptedInvitationSchema = v.looseObject({
  ...OrganizationInvitationWithPublicOrganizationDataSchema.entries,
  user_id: v.optional(v.string()),
});

/** The schema for an organization event's data; undefined for any other event. */
export function eventSchema(type: string): v.GenericSchema | undefined {
  const [family = '', action = '', extra] = type.split('.');
  if (extra !== undefined || !Object.hasOwn(objects, family)) return undefined;
  const actions = family === 'organizationInvitation' ? ['created', 'accepted', 'revoked'] : ['created', 'updated', 'deleted'];
  if (!actions.includes(action)) return undefined;
  if (action === 'accepted') return AcceptedInvitationSchema;
  return action === 'deleted' && family !== 'organizationMembership' ? DeletedObjectSchema : objects[family as keyof typeof objects];
}

const objects = {
  organization: OrganizationSchema,
  organizationDomain: OrganizationDomainSchema,
  organizationInvitation: OrganizationInvitationWithPublicOrganizationDataSchema,
  organizationMembership: OrganizationMembershipSchema,
  role: RoleSchema,
  permission: PermissionSchema,
};
