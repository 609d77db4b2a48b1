import type {KbGlobalData} from '../../core/views';

/**
 * A policy note that names another fact by its id (editors write `peak_reply_minutes`)
 * reads "高峰期承诺回复时间（10 分钟）" in the tooltip agents see. Unknown ids stay as written.
 */
export function readableNote(note: string, policies: KbGlobalData['policies']): string {
  return note.replace(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g, (id) => {
    const fact = policies[id];
    return fact ? `${fact.label}（${fact.display}）` : id;
  });
}
