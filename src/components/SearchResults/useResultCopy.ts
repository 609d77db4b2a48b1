/**
 * Copy from a search result, reported in words: a phrase is filled from the agent's
 * profile by the workbench's `fillFromProfile` (one that needs an order number or the
 * like is refused, naming the fields, and opened for filling instead); a Q&A entry copies
 * its standard answer with the policy values rendered.
 */
import {useCallback, useState} from 'react';
import {copyText} from '../../client/clipboard';
import {recordCopy, useProfile} from '../../client/profile';
import {qaAnswer} from '../../client/qaAnswer';
import {useSiteSettings} from '../../client/useKb';
import type {SearchResult} from '../../search/engine';
import {planPhraseCopy} from './copyPhrase';
import type {Tone} from '../../core/schema';

/** Can Ctrl+Enter copy this result? */
export const isCopyable = (r: SearchResult) => r.type === 'qa' || Boolean(r.phrase);

export type CopyOutcome = 'copied' | 'needs-fields' | 'failed';

export function useResultCopy() {
  const profile = useProfile();
  const site = useSiteSettings();
  const [message, setMessage] = useState('');
  const copy = useCallback(
    async (r: SearchResult): Promise<CopyOutcome> => {
      let text: string;
      if (r.type === 'qa') {
        const answer = await qaAnswer(r.url).catch(() => undefined);
        if (!answer) {
          setMessage(`“${r.title}”的标准答复没有取到，请按 Enter 打开问答页复制。`);
          return 'failed';
        }
        text = answer;
      } else if (r.phrase) {
        const plan = planPhraseCopy(r.phrase, profile, site);
        if (!plan.ok) {
          setMessage(`“${r.title}”需要先填写：${plan.missing.join('、')}。按 Enter 打开话术页填写后再复制。`);
          return 'needs-fields';
        }
        text = plan.text;
      } else return 'failed';
      try {
        await copyText(text);
      } catch {
        setMessage('复制失败：浏览器不允许写入剪贴板，请打开页面手动复制。');
        return 'failed';
      }
      if (r.phrase) {
        const id = r.url.split('/').pop()!;
        const variant = r.phrase.v.find((v) => !v.channel || v.channel === '在线聊天') ?? r.phrase.v[0]!;
        recordCopy({id, tone: variant.tone as Tone, ...(variant.channel ? {channel: variant.channel as '在线聊天'} : {})});
        setMessage(`已复制“${r.title}”：${text}`);
      } else setMessage(`已复制“${r.title}”的标准答复：${text}`);
      return 'copied';
    },
    [profile, site],
  );
  return {copy, message, setMessage};
}
