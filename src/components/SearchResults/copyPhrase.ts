/**
 * Copying a phrase straight from a search result: the first chat variant, filled from the
 * agent's profile by the same `fillFromProfile` the workbench uses. A phrase that needs
 * anything else (an order number, an amount) is not copied: the agent is told what is
 * missing and sent to the phrase page to fill it.
 */
import {fillFromProfile, type Profile} from '../../client/fill';
import type {Placeholder} from '../../core/schema';
import type {FieldRules} from '../../core/template';
import type {StoredPhrase} from '../../search/format';

export type CopyPlan = {ok: true; text: string} | {ok: false; missing: string[]};

export function planPhraseCopy(phrase: StoredPhrase, profile: Profile, rules: FieldRules): CopyPlan {
  const variant = phrase.v.find((v) => !v.channel || v.channel === '在线聊天') ?? phrase.v[0];
  if (!variant) return {ok: false, missing: ['正文']};
  const filled = fillFromProfile(variant.text, phrase.ph as Record<string, Placeholder>, profile, rules);
  return filled.ok ? filled : {ok: false, missing: filled.needs};
}
