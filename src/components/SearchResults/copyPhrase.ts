/**
 * Copying a phrase straight from a search result: the first chat variant, filled with
 * what the knowledge base already knows (agent and platform names). A phrase that needs
 * anything else (an order number, an amount) is not copied: the agent is told what is
 * missing and sent to the phrase page to fill it.
 */
import {PLACEHOLDER_LABELS, RAW_PLACEHOLDER_RE, renderTemplate} from '../../core/template';
import type {PlaceholderType} from '../../core/schema';
import type {StoredPhrase} from '../../search/format';

export type CopyPlan = {ok: true; text: string} | {ok: false; missing: string[]};

export function planPhraseCopy(phrase: StoredPhrase, known: {agent: string; platform: string}): CopyPlan {
  const variant = phrase.v.find((v) => !v.channel || v.channel === '在线聊天') ?? phrase.v[0];
  if (!variant) return {ok: false, missing: ['正文']};
  const {text, missing} = renderTemplate(variant.text, {values: known});
  if (missing.length) {
    return {
      ok: false,
      missing: missing.map((name) => {
        const ph = phrase.ph[name];
        return ph?.label ?? (ph ? PLACEHOLDER_LABELS[ph.type as PlaceholderType] : name);
      }),
    };
  }
  if (RAW_PLACEHOLDER_RE.test(text)) return {ok: false, missing: ['占位符']};
  return {ok: true, text};
}
